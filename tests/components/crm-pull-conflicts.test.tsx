import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PullConflictLine, PullConflicts } from '../../components/crm/PullConflicts';
import { DbProvider } from '../../components/db-context';
import { keepConflicts, readConflicts, type CrmConflictsJob, type PullConflict } from '../../lib/crm/sync/conflicts';
import type { LeadsDatabase } from '../../lib/db/database';
import { leadRecord } from '../unit/helpers/lead';
import { freshDb, NOW } from '../unit/helpers/db';

/** What a pull did not keep, in words: the options page's list with "Dismiss", and the lead card's line. */

const AMOUNT: PullConflict = { id: 'lead-0001:amount:1', leadId: 'lead-0001', field: 'amount', kept: 'here', here: 4000, crm: 5000, crmAt: NOW, hereAt: NOW + 1, at: NOW + 2 };

let db: LeadsDatabase;
beforeEach(async () => {
  db = freshDb();
  await db.leads.put(leadRecord({ id: 'lead-0001', fullName: 'Jane Doe', stageId: 'demo', dealValue: 4000, currency: 'USD' }));
  const row: CrmConflictsJob = {
    key: 'crmConflicts',
    updatedAt: NOW,
    conflicts: [
      AMOUNT,
      { id: 'lead-0001:stage:1', leadId: 'lead-0001', field: 'stage', kept: 'crm', here: 'qualified', crm: 'demo', crmAt: NOW + 1, hereAt: NOW, at: NOW + 2 },
      { id: 'lead-0002:stage:1', leadId: 'lead-0002', field: 'stage', kept: 'here', here: 'new', crm: 'custom-hs-stage', unmapped: true, crmAt: NOW, at: NOW + 2 },
    ],
  };
  await db.jobs.put(row);
});
afterEach(() => db.close());

describe('pull conflicts', () => {
  it('lists each with the value kept and the other, stages by name, and forgets one dismissed', async () => {
    render(
      <DbProvider db={db}>
        <PullConflicts />
      </DbProvider>,
    );
    expect(await screen.findByText('Jane Doe: Deal value: kept here: $4,000 · HubSpot had: $5,000')).toBeInTheDocument();
    expect(screen.getByText('Jane Doe: Stage: took HubSpot’s: Product demo · here you had: Qualified')).toBeInTheDocument();
    // A lead gone from here is named as unnamed; a HubSpot stage none of ours maps to by HubSpot's id.
    expect(screen.getByText('(no name): HubSpot moved the deal to custom-hs-stage, which none of your stages is mapped to: kept here: New')).toBeInTheDocument();
    await userEvent.click(screen.getAllByRole('button', { name: 'Dismiss for Jane Doe' })[0]!);
    await waitFor(async () => expect((await readConflicts(db)).map((c) => c.id)).toEqual(['lead-0001:stage:1', 'lead-0002:stage:1']));
    await waitFor(() => expect(screen.queryByText(/Deal value: kept here/)).not.toBeInTheDocument());
    // Met again by a later pull (the deal modified again in HubSpot): not listed again.
    await keepConflicts(db, [AMOUNT], NOW + 5);
    expect((await readConflicts(db)).map((c) => c.id)).toEqual(['lead-0001:stage:1', 'lead-0002:stage:1']);
  });

  it('the lead card shows only that lead’s', async () => {
    render(
      <DbProvider db={db}>
        <PullConflictLine leadId="lead-0001" currency="USD" />
      </DbProvider>,
    );
    expect(await screen.findByText('HubSpot disagreed: Deal value: kept here: $4,000 · HubSpot had: $5,000')).toBeInTheDocument();
    expect(screen.getAllByTestId('crm-conflict')).toHaveLength(2);
  });
});
