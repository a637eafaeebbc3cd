// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { PersonCaptureSchema } from '../../lib/capture/schema';
import { startSync, syncPush } from '../../lib/crm/sync/run';
import { addActivity } from '../../lib/db/activities';
import { readAllLinks } from '../../lib/db/crm-links';
import { saveCapture } from '../../lib/db/save-capture';
import { hubSpotServerPerTest } from './helpers/hubspot-server';
import { connectedSync } from './helpers/hubspot-sync';
import { NOW } from './helpers/db';

/**
 * A contact deleted in HubSpot (a teammate's cleanup, a merge) while the rep keeps working the
 * lead. The rep's next touch must not be sent as a note on the deleted contact: HubSpot refuses
 * the whole note batch (its association target does not exist), and every later round met the
 * same refusal, so nothing synced again.
 */

const hubspot = hubSpotServerPerTest();

describe('CRM sync: a contact deleted in HubSpot', () => {
  it('a touch logged afterwards lands on the lead\'s contact made again, and the sync goes on', async () => {
    const { server, connector, account, config, db } = await connectedSync(hubspot);
    const person = PersonCaptureSchema.parse({ fullName: 'Gone Person', email: 'gone@example.com', linkedinUrl: 'https://www.linkedin.com/in/gone-person/', source: 'linkedin', capturedAt: NOW });
    const { id } = await saveCapture(db, { kind: 'person', person }, NOW);
    let state = await syncPush(db, connector, await startSync(db, account.accountId, NOW), config);
    const first = (await readAllLinks(db)).contacts[id]!;
    server.store.archive(server.store.find('contacts', first)!);

    await addActivity(db, { leadId: id, kind: 'call', direction: 'outbound', at: NOW + 5, note: 'Spoke' }, NOW + 5);
    state = await syncPush(db, connector, state, config);

    const [note] = server.store.live('notes');
    expect(note?.properties.hs_note_body).toBe('call<br>Spoke');
    const contact = (await readAllLinks(db)).contacts[id]!;
    expect(contact).not.toBe(first);
    expect(server.store.find('contacts', contact)).toBeDefined();
    expect(server.store.associationsOf('notes', note!.id, 'contacts').map((a) => a.toId)).toEqual([contact]);
    // Nothing left waiting: the checkpoint is past the touch.
    expect(await syncPush(db, connector, state, config)).toEqual(state);
  });
});
