import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PersonCaptureSchema } from '../../lib/capture/schema';
import { notifyDueCrossings } from '../../lib/background/crossings';
import { setupMessageHandlers } from '../../lib/background/messages';
import { addActivity } from '../../lib/db/activities';
import { bulkTag } from '../../lib/db/bulk';
import type { LeadsDatabase } from '../../lib/db/database';
import { updateLead } from '../../lib/db/edit-lead';
import { setLabelByHand } from '../../lib/db/label';
import { runRescore } from '../../lib/db/rescore';
import { saveCapture, savePeople } from '../../lib/db/save-capture';
import { enrolLeads, listSequences } from '../../lib/db/sequences';
import { saveRuleSet } from '../../lib/db/settings';
import { DEFAULT_RULESET } from '../../lib/scoring/defaults';
import type { RuleSet } from '../../lib/scoring/schema';
import { exportBackup, restoreBackup } from '../../lib/transfer/backup';
import { freshDb, NOW } from './helpers/db';
import { linkedInTab, sendAs } from './helpers/send-as';

/**
 * Every first crossing into SQL is recorded by the write layer whatever wrote
 * the lead, and the background tells the rep exactly once: checks repeated, or
 * made by a worker started again (the checkpoint is stored), never repeat it.
 */

/** SQL at 5 points: a persona title, an invitation sent, or the tag "hot" is enough. */
const RULES: RuleSet = {
  ...DEFAULT_RULESET,
  rules: [
    ...DEFAULT_RULESET.rules,
    { id: 'invited', name: 'Invited', enabled: true, points: 5, per: 'match', condition: { kind: 'activity', activity: 'invite-sent', atLeast: 1, withinDays: 90 } },
    { id: 'hot', name: 'Hot', enabled: true, points: 5, per: 'match', condition: { kind: 'text', field: 'tags', op: 'isOneOf', values: ['hot'] } },
  ],
  thresholds: { mql: 3, sql: 5 },
};
const URL = 'https://www.linkedin.com/in/jan-kowalski/';
const person = (title: string) => PersonCaptureSchema.parse({ fullName: 'Jan Kowalski', title, linkedinUrl: URL, source: 'linkedin', capturedAt: NOW });

/** A database under RULES (its rescore done) with one lead, an engineer: no points, cold. */
async function setup(): Promise<{ db: LeadsDatabase; id: string }> {
  const db = freshDb();
  await saveRuleSet(db, RULES, NOW);
  await runRescore(db, () => NOW, { pause: async () => undefined });
  const { id } = await saveCapture(db, { kind: 'person', person: person('Engineer') }, NOW);
  expect((await db.leads.get(id))?.scoreLabel).toBe('cold');
  return { db, id };
}

const created = () => vi.mocked(fakeBrowser.notifications.create).mock.calls.map(([id]) => id);

afterEach(() => vi.restoreAllMocks());

const ORIGINS: [string, (db: LeadsDatabase, id: string) => Promise<unknown>, 'rep' | 'extension'][] = [
  ['a capture', (db) => saveCapture(db, { kind: 'person', person: person('Head of Sales') }, NOW + 1), 'rep'],
  ['the side panel', (db, id) => updateLead(db, id, { title: 'VP of Sales' }, NOW + 1), 'rep'],
  [
    'a LinkedIn touch',
    async (db) => {
      setupMessageHandlers(db, { rescore: () => undefined, checkCrossings: () => undefined, contentMessages: async () => ({ locale: 'en', messages: {} }) }, () => NOW + 1);
      expect(await sendAs(linkedInTab(URL), { type: 'touch.record', kind: 'invite-sent' })).toMatchObject({ name: 'Jan Kowalski' });
    },
    'rep',
  ],
  [
    'a step marked done',
    async (db, id) => {
      const [sequence] = await listSequences(db);
      await enrolLeads(db, [id], sequence!.id, 'manual', NOW + 1);
      const enrolment = (await db.enrolments.where('leadId').equals(id).toArray())[0]!;
      await addActivity(db, { leadId: id, kind: 'invite-sent', direction: 'outbound', at: NOW + 1 }, NOW + 1, undefined, { enrolmentId: enrolment.id });
    },
    'rep',
  ],
  ['a bulk action', (db, id) => bulkTag(db, [id], 'hot', NOW + 1), 'rep'],
  ['an import', (db) => savePeople(db, [person('Sales Director')], NOW + 1), 'rep'],
  [
    'a restore',
    async (db, id) => {
      // A backup in which the same lead is sales-qualified, merged in.
      const other = freshDb();
      await restoreBackup(other, await exportBackup(db, NOW), 'replace', NOW);
      await setLabelByHand(other, id, 'sql', NOW + 1);
      await restoreBackup(db, await exportBackup(other, NOW + 1), 'merge', NOW + 2);
    },
    'rep',
  ],
  [
    'a rescore',
    async (db) => {
      await saveRuleSet(db, { ...RULES, thresholds: { mql: -2, sql: 0 } }, NOW + 1);
      await runRescore(db, () => NOW + 1, { pause: async () => undefined });
    },
    'extension',
  ],
  ['a label set by hand', (db, id) => setLabelByHand(db, id, 'sql', NOW + 1), 'rep'],
];

describe('SQL crossings', () => {
  it.each(ORIGINS)('from %s are recorded once and notified exactly once', async (_origin, write, origin) => {
    const { db, id } = await setup();
    vi.spyOn(fakeBrowser.notifications, 'create');
    await write(db, id);
    expect((await db.leads.get(id))?.scoreLabel).toBe('sql');
    expect((await db.crossings.toArray()).map((c) => [c.leadId, c.origin])).toEqual([[id, origin]]);
    await notifyDueCrossings(db, NOW + 10);
    expect(created()).toEqual([`lead:${id}`]);
    // Checked again, or by a worker started afresh: the stored checkpoint says it was told.
    await notifyDueCrossings(db, NOW + 20);
    await notifyDueCrossings(db, NOW + 30);
    expect(created()).toHaveLength(1);
  });

  it('a write that does not cross, or crosses again after falling back, tells nothing', async () => {
    const { db, id } = await setup();
    vi.spyOn(fakeBrowser.notifications, 'create');
    await updateLead(db, id, { title: 'Engineer II' }, NOW + 1);
    await setLabelByHand(db, id, 'sql', NOW + 2);
    await notifyDueCrossings(db, NOW + 3);
    await setLabelByHand(db, id, 'cold', NOW + 4);
    await setLabelByHand(db, id, 'sql', NOW + 5);
    await notifyDueCrossings(db, NOW + 6);
    expect(created()).toEqual([`lead:${id}`]);
  });

  it('while a rescore runs its crossings wait, then many are told as one summary', async () => {
    const db = freshDb();
    for (const n of [1, 2, 3]) await saveCapture(db, { kind: 'person', person: PersonCaptureSchema.parse({ fullName: `Lead ${n}`, linkedinUrl: `https://www.linkedin.com/in/lead-${n}/`, source: 'linkedin', capturedAt: NOW }) }, NOW);
    vi.spyOn(fakeBrowser.notifications, 'create');
    await saveRuleSet(db, { ...RULES, thresholds: { mql: -2, sql: 0 } }, NOW + 1);
    await notifyDueCrossings(db, NOW + 2);
    expect(created()).toEqual([]);
    await runRescore(db, () => NOW + 3, { pause: async () => undefined });
    await notifyDueCrossings(db, NOW + 4);
    expect(created()).toEqual([expect.stringMatching(/^sql-summary:/)]);
    expect(vi.mocked(fakeBrowser.notifications.create).mock.calls[0]?.[1]).toMatchObject({ message: expect.stringContaining('3') });
  });
});
