import { describe, expect, it } from 'vitest';
import { addActivity } from '../../lib/db/activities';
import type { LeadsDatabase } from '../../lib/db/database';
import { updateLead } from '../../lib/db/edit-lead';
import { leadsDueForReview } from '../../lib/db/retention';
import { saveCapture } from '../../lib/db/save-capture';
import { enrolLeads, listSequences } from '../../lib/db/sequences';
import { restoreBackup } from '../../lib/transfer/backup';
import { backupAt } from './helpers/backup';
import { freshDb, NOW } from './helpers/db';
import { keptRows, recomputedRows } from './helpers/figures';

/** Merging a backup into a database that moved on since, or that holds the same people under other ids. */

const HOUR = 3_600_000;
const MONTH = 30 * 24 * HOUR;

async function person(db: LeadsDatabase, fullName: string, linkedinUrl: string, t = NOW): Promise<string> {
  return (await saveCapture(db, { kind: 'person', person: { fullName, linkedinUrl, source: 'linkedin', capturedAt: t } }, t)).id;
}

describe('merging an older backup over leads touched since', () => {
  it('keeps the touches logged since in the lead’s summary, score and last touch, and the figures equal a recount', async () => {
    const db = freshDb();
    const ada = await person(db, 'Ada Edited', 'https://www.linkedin.com/in/ada-edited/');
    const backup = await backupAt(db, NOW + HOUR);
    await updateLead(db, ada, { notes: 'edited since' }, NOW + 2 * HOUR);
    await addActivity(db, { leadId: ada, kind: 'call', direction: 'outbound', at: NOW + 3 * HOUR }, NOW + 3 * HOUR);
    await addActivity(db, { leadId: ada, kind: 'pricing-visited', direction: 'inbound', at: NOW + 4 * HOUR }, NOW + 4 * HOUR);
    const scored = (await db.leads.get(ada))!.score;
    expect(scored).toBeGreaterThan(0);

    await restoreBackup(db, backup, 'merge', NOW + 5 * HOUR);
    const lead = (await db.leads.get(ada))!;
    // The file's record wins (the note goes), but the touches still in the timeline count.
    expect(lead.notes).toBeUndefined();
    expect((await db.activities.where('leadId').equals(ada).toArray()).map((a) => a.kind).sort()).toEqual(['call', 'captured', 'pricing-visited']);
    expect(lead.activitySummary.call).toEqual([NOW + 3 * HOUR]);
    expect(lead.lastTouchAt).toBe(NOW + 4 * HOUR);
    expect(lead.score).toBe(scored);
    expect(await keptRows(db)).toEqual(await recomputedRows(db, NOW + 5 * HOUR));
  });

  it('does not offer a lead called yesterday for erasure as untouched for two years', async () => {
    const db = freshDb();
    const ada = await person(db, 'Ada Longtime', 'https://www.linkedin.com/in/ada-longtime/', NOW - 30 * MONTH);
    const backup = await backupAt(db, NOW - 48 * HOUR);
    await addActivity(db, { leadId: ada, kind: 'call', direction: 'outbound', at: NOW - 24 * HOUR }, NOW - 24 * HOUR);
    await restoreBackup(db, backup, 'merge', NOW);
    expect((await leadsDueForReview(db, NOW, 24)).ids).toEqual([]);
  });
});

describe('folding a local duplicate into the backup’s lead', () => {
  const url = 'https://www.linkedin.com/in/same-person/';

  it('leaves the lead once in a sequence both were enrolled in (the backup’s enrolment wins)', async () => {
    const other = freshDb();
    const theirs = await person(other, 'Same Person', url);
    const [sequence] = await listSequences(other);
    await enrolLeads(other, [theirs], sequence!.id, 'manual', NOW);
    const backup = await backupAt(other, NOW + HOUR);
    const db = freshDb();
    const mine = await person(db, 'Same Person', url);
    await enrolLeads(db, [mine], sequence!.id, 'manual', NOW);

    await restoreBackup(db, backup, 'merge', NOW + 2 * HOUR);
    const enrolments = await db.enrolments.where('[leadId+sequenceId]').equals([theirs, sequence!.id]).toArray();
    expect(enrolments.map((e) => e.id)).toEqual(backup.tables.enrolments.map((e) => e.id));
    expect(await db.enrolments.where('leadId').equals(mine).count()).toBe(0);
    expect(await keptRows(db)).toEqual(await recomputedRows(db, NOW + 2 * HOUR));
  });

  it('moves its CRM links (contact, deal, task, note) to the backup’s lead, so the next sync does not create the contact again', async () => {
    const other = freshDb();
    const theirs = await person(other, 'Linked Person', url);
    const backup = await backupAt(other, NOW + HOUR);
    const db = freshDb();
    const mine = await person(db, 'Linked Person', url);
    const touch = (await db.activities.where('leadId').equals(mine).first())!;
    await db.crmLinks.bulkPut([
      { kind: 'contact', localId: mine, crmId: '901', leadId: mine },
      { kind: 'deal', localId: mine, crmId: '902', leadId: mine },
      { kind: 'task', localId: `next-step:${mine}`, crmId: '903', leadId: mine },
      { kind: 'note', localId: touch.id, crmId: '904', leadId: mine },
    ]);

    await restoreBackup(db, backup, 'merge', NOW + 2 * HOUR);
    expect(await db.leads.get(mine)).toBeUndefined();
    expect(await db.crmLinks.where('leadId').equals(mine).count()).toBe(0);
    const links = (await db.crmLinks.where('leadId').equals(theirs).toArray()).map((l) => [l.kind, l.localId, l.crmId]).sort();
    expect(links).toEqual([
      ['contact', theirs, '901'],
      ['deal', theirs, '902'],
      ['note', touch.id, '904'],
      ['task', `next-step:${theirs}`, '903'],
    ]);
  });
});
