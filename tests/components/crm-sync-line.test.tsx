import { render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { CrmSyncLine } from '../../components/crm/CrmSyncLine';
import { DbProvider } from '../../components/db-context';
import { keepConnection } from '../../lib/db/crm-connections';
import type { LeadsDatabase } from '../../lib/db/database';
import { freshDb, NOW } from '../unit/helpers/db';

/** The popup's HubSpot line says first what the rep must act on: a missing scope, a failed sync, refused records. */

let db: LeadsDatabase;
beforeEach(async () => {
  db = freshDb();
  vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(async () => ({ ok: true, data: { connection: 'connected', pending: 0, erasePending: 0, running: false } }));
  const account = { accountId: '42', uiDomain: 'app.hubspot.com', currency: 'EUR', timeZone: 'UTC' };
  await keepConnection(db, { crm: 'hubspot', token: 'pat-eu1-x', account, owners: [], connectedAt: NOW, state: 'connected' });
});
afterEach(() => {
  vi.restoreAllMocks();
  db.close();
});

const job = (extra: Record<string, unknown>) => db.jobs.put({ key: 'crmSync', accountId: '42', checkpoint: 0, walk: { done: true }, lastSyncAt: NOW, updatedAt: NOW, ...extra });
const refused = (n: number) => Array.from({ length: n }, (_, i) => ({ kind: 'contact', localId: `lead-${i}`, leadId: `lead-${i}`, message: 'Email address … is invalid', at: NOW }));

const line = async () => {
  render(
    <DbProvider db={db}>
      <CrmSyncLine />
    </DbProvider>,
  );
  return screen.findByTestId('crm-sync-line');
};

describe("the popup's HubSpot line", () => {
  it('says a scope is missing rather than "in sync"', async () => {
    await job({ lastError: { kind: 'missing-scopes', at: NOW, scopes: ['crm.objects.deals.write'] } });
    expect(await line()).toHaveTextContent('HubSpot: the private app lacks a scope, see Settings');
  });

  it('says the last sync failed', async () => {
    await job({ lastError: { kind: 'rejected', at: NOW } });
    expect(await line()).toHaveTextContent('HubSpot: the last sync failed, see Settings');
  });

  it('counts the records HubSpot refused beside what waits', async () => {
    await job({ refused: refused(2) });
    expect(await line()).toHaveTextContent('HubSpot: in sync · 2 refused, see Settings');
  });

  it('is "in sync" when nothing waits and nothing was refused', async () => {
    await job({});
    expect(await line()).toHaveTextContent(/^HubSpot: in sync$/);
  });
});
