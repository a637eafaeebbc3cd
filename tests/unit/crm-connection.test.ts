import { describe, expect, it } from 'vitest';
import { connectCrm } from '../../lib/crm/connect';
import type { CrmConnector } from '../../lib/crm/connector';
import { keptOwners, OWNER_LIMITS, tokenHint, viewOf } from '../../lib/crm/connection';
import { CrmError } from '../../lib/crm/errors';
import { forgetToken, readConnection } from '../../lib/db/crm-connections';
import { readRawBackup } from '../../lib/db/raw-read';
import { exportBackup } from '../../lib/transfer/backup';
import { freshDb, NOW } from './helpers/db';

const TOKEN = 'pat-na1-0c3f5e2a-1111-2222-3333-444455556666';
const probe = (portalId = '4242', fail?: CrmError): Pick<CrmConnector, 'connect' | 'owners'> => ({
  connect: async () => {
    if (fail) throw fail;
    return { accountId: portalId, uiDomain: 'app.hubspot.com', currency: 'USD', timeZone: 'America/New_York' };
  },
  owners: async () => [{ id: '7', name: 'Anna Nowak', email: 'anna@acme.io' }],
});

describe('connecting HubSpot', () => {
  it('keeps the account, its owners and the token; pages see only a hint of the token', async () => {
    const db = freshDb();
    const outcome = await connectCrm(db, TOKEN, probe(), NOW);
    expect(outcome).toEqual({ ok: true, connection: expect.objectContaining({ account: expect.objectContaining({ accountId: '4242' }), tokenHint: 'pat-na1-…6666' }) });
    expect(JSON.stringify(outcome)).not.toContain(TOKEN);
    expect(await readConnection(db, 'hubspot')).toMatchObject({ token: TOKEN, state: 'connected', owners: [{ id: '7', name: 'Anna Nowak' }] });
    db.close();
  });

  it('says why a token fails, and keeps nothing', async () => {
    const db = freshDb();
    expect(await connectCrm(db, TOKEN, probe('1', new CrmError('reconnect', 'HTTP 401', 401)), NOW)).toEqual({ ok: false, reason: 'refused' });
    expect(await connectCrm(db, TOKEN, probe('1', new CrmError('unavailable', 'offline')), NOW)).toEqual({ ok: false, reason: 'unreachable' });
    expect(await readConnection(db, 'hubspot')).toBeUndefined();
    db.close();
  });

  it('asks before connecting another account than the one before, even after a disconnect, and starts afresh when told', async () => {
    const db = freshDb();
    await connectCrm(db, TOKEN, probe('4242'), NOW);
    await forgetToken(db, 'hubspot');
    const kept = await readConnection(db, 'hubspot');
    expect(kept).toMatchObject({ state: 'disconnected', account: { accountId: '4242' } });
    expect(kept?.token).toBeUndefined();

    let cleared = 0;
    const onNewPortal = async () => void (cleared += 1);
    expect(await connectCrm(db, TOKEN, probe('9999'), NOW + 1, { onNewPortal })).toEqual({ ok: false, reason: 'other-portal', portalId: '9999' });
    expect(cleared).toBe(0);
    expect((await readConnection(db, 'hubspot'))?.account.accountId).toBe('4242');
    expect(await connectCrm(db, TOKEN, probe('9999'), NOW + 2, { replacePortal: true, onNewPortal })).toMatchObject({ ok: true });
    expect(cleared).toBe(1);
    expect(await readConnection(db, 'hubspot')).toMatchObject({ state: 'connected', token: TOKEN, account: { accountId: '9999' } });
    // The same account again needs no question.
    expect(await connectCrm(db, TOKEN, probe('9999'), NOW + 3)).toMatchObject({ ok: true });
    db.close();
  });

  it('the token is in no backup and no rescue file', async () => {
    const db = freshDb();
    await connectCrm(db, TOKEN, probe(), NOW);
    expect(JSON.stringify(await exportBackup(db, NOW))).not.toContain(TOKEN);
    const raw = await readRawBackup(db.name, NOW);
    expect(raw?.stores.length).toBeGreaterThan(5);
    expect(JSON.stringify(raw)).not.toContain(TOKEN);
    db.close();
  });

  it('the CRM links are in no backup and no rescue file either', async () => {
    const db = freshDb();
    await db.crmLinks.put({ kind: 'contact', localId: 'lead-000001', crmId: '987654321', leadId: 'lead-000001' });
    expect(JSON.stringify(await exportBackup(db, NOW))).not.toContain('987654321');
    const raw = await readRawBackup(db.name, NOW);
    expect(raw?.stores.map((s) => s.name)).not.toContain('crmLinks');
    expect(JSON.stringify(raw)).not.toContain('987654321');
    db.close();
  });
});

describe('what is kept', () => {
  it('a row this version cannot read is deleted whole on disconnect (it may hold a token)', async () => {
    const db = freshDb();
    await db.crmConnections.put({ crm: 'hubspot', token: TOKEN, account: 'not an account' } as never);
    await forgetToken(db, 'hubspot');
    expect(await db.crmConnections.count()).toBe(0);
    db.close();
  });

  it('a large portal still connects: owners cut to the kept limits', async () => {
    const many = Array.from({ length: OWNER_LIMITS.count + 10 }, (_, i) => ({ id: String(i + 1), name: 'N'.repeat(500), email: `${'e'.repeat(400)}@x.io` }));
    const kept = keptOwners(many);
    expect(kept).toHaveLength(OWNER_LIMITS.count);
    expect(kept[0]).toEqual({ id: '1', name: 'N'.repeat(OWNER_LIMITS.name), email: '' });
    const db = freshDb();
    const outcome = await connectCrm(db, TOKEN, { ...probe(), owners: async () => many }, NOW);
    expect(outcome.ok).toBe(true);
    db.close();
  });
});

describe('the token hint', () => {
  it('shows the kind of token and its last characters, never the rest', () => {
    expect(tokenHint(TOKEN)).toBe('pat-na1-…6666');
    expect(tokenHint('CiQ4ZjM2YjQ3Zi1mZTk2LTRkNmUtOTQ4OS1lZDk4')).toBe('…ZDk4');
    expect(tokenHint('short')).toBe('…rt');
    expect(viewOf({ crm: 'hubspot', account: { accountId: '1', uiDomain: 'app.hubspot.com', currency: 'USD', timeZone: 'UTC' }, owners: [], connectedAt: NOW, state: 'disconnected' }).tokenHint).toBe('');
  });
});
