import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { CrmSection } from '../../components/crm/CrmSection';
import { DbProvider } from '../../components/db-context';
import { HUBSPOT_SCOPES } from '../../lib/crm/hubspot/scopes';
import { keepConnection } from '../../lib/db/crm-connections';
import type { LeadsDatabase } from '../../lib/db/database';
import { freshDb, NOW } from '../unit/helpers/db';

/** The private app's scopes: listed before connecting, and named when HubSpot says one is missing. */

let db: LeadsDatabase;
let answer: unknown;

let pipelines: unknown;

beforeEach(() => {
  db = freshDb();
  pipelines = { ok: true, pipelines: [] };
  vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
    if ((message as { type: string }).type === 'crm.pipelines') return { ok: true, data: pipelines };
    return { ok: true, data: answer };
  });
  (browser as unknown as { permissions: unknown }).permissions = { request: vi.fn(async () => true) };
});
afterEach(() => {
  vi.restoreAllMocks();
  db.close();
});

const renderSection = () =>
  render(
    <DbProvider db={db}>
      <CrmSection />
    </DbProvider>,
  );

describe('HubSpot scopes on the options page', () => {
  it('lists every scope the private app needs, and names the one HubSpot says it lacks', async () => {
    renderSection();
    const field = await screen.findByLabelText('HubSpot access token');
    const listed = within(screen.getByTestId('crm-scopes'))
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(listed).toEqual([...HUBSPOT_SCOPES]);

    answer = { ok: false, reason: 'missing-scopes', scopes: ['crm.schemas.deals.write'] };
    await userEvent.type(field, 'pat-eu1-token');
    await userEvent.click(screen.getByRole('button', { name: 'Connect' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('HubSpot accepted the token, but its private app lacks this scope: crm.schemas.deals.write. Add it to the app in HubSpot');
    expect(alert).not.toHaveTextContent('refused');
  });

  it('names the missing scopes of the last sync, and keeps "Sync now" (the token is good)', async () => {
    const account = { accountId: '4242', uiDomain: 'app-eu1.hubspot.com', currency: 'EUR', timeZone: 'Europe/Warsaw' };
    await keepConnection(db, { crm: 'hubspot', token: 'tok', account, owners: [], connectedAt: NOW, state: 'connected' });
    await db.jobs.put({
      key: 'crmSync',
      accountId: '4242',
      checkpoint: 0,
      walk: { done: true },
      lastError: { kind: 'missing-scopes', at: NOW, scopes: ['crm.objects.deals.write', 'crm.objects.owners.read'] },
      updatedAt: NOW,
    });
    renderSection();
    const error = await screen.findByTestId('crm-sync-error');
    expect(error).toHaveTextContent(/the HubSpot private app lacks these scopes: crm\.objects\.deals\.write and crm\.objects\.owners\.read\. Add them/);
    expect(screen.getByRole('button', { name: 'Sync now' })).toBeEnabled();
  });

  it("names the scope the stage mapping's pipeline read lacks", async () => {
    const account = { accountId: '4242', uiDomain: 'app-eu1.hubspot.com', currency: 'EUR', timeZone: 'Europe/Warsaw' };
    await keepConnection(db, { crm: 'hubspot', token: 'tok', account, owners: [], connectedAt: NOW, state: 'connected' });
    pipelines = { ok: false, reason: 'missing-scopes', scopes: ['crm.objects.deals.read'] };
    renderSection();
    expect(await screen.findByTestId('crm-mapping-problem')).toHaveTextContent('HubSpot’s pipelines could not be read: the private app lacks this scope: crm.objects.deals.read. Add it in HubSpot');
  });
});
