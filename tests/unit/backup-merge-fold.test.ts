import { describe, expect, it } from 'vitest';
import { addActivity } from '../../lib/db/activities';
import { updateLead } from '../../lib/db/edit-lead';
import { saveCapture } from '../../lib/db/save-capture';
import { enrolLeads, listSequences } from '../../lib/db/sequences';
import { moveToStage } from '../../lib/db/stage';
import { restoreBackup } from '../../lib/transfer/backup';
import { backupAt, savedPerson } from './helpers/backup';
import { freshDb, NOW } from './helpers/db';
import { keptRows, recomputedRows } from './helpers/figures';

/** Merge folds by every duplicate key (lib/transfer/backup-merge.ts), and the newest stage wins (backup-stage.ts). */

const HOUR = 3_600_000;

describe('a merge folds a local lead into the backup’s by e-mail and name + company, as capture does', () => {
  it('folds a local lead with the same e-mail into the backup’s lead, keeping its touches, stage history and enrolments', async () => {
    const other = freshDb();
    const theirs = await savedPerson(other, { fullName: 'Jan Kowalski', email: 'jan@acme.pl' });
    const backup = await backupAt(other, NOW + HOUR);
    const db = freshDb();
    const mine = await savedPerson(db, { fullName: 'Jan K.', email: 'jan@acme.pl' });
    await addActivity(db, { leadId: mine, kind: 'call', direction: 'outbound', at: NOW + 2 * HOUR }, NOW + 2 * HOUR);
    const [sequence] = await listSequences(db);
    await enrolLeads(db, [mine], sequence!.id, 'manual', NOW + 2 * HOUR);
    await restoreBackup(db, backup, 'merge', NOW + 3 * HOUR);
    expect(await db.leads.count()).toBe(1);
    expect(await db.leads.get(mine)).toBeUndefined();
    expect((await db.activities.where('leadId').equals(theirs).toArray()).map((a) => a.kind).sort()).toEqual(['call', 'captured', 'captured']);
    expect(await db.enrolments.where('leadId').equals(theirs).count()).toBe(1);
    expect((await db.leads.get(theirs))!.activitySummary.call).toEqual([NOW + 2 * HOUR]);
    expect(await keptRows(db)).toEqual(await recomputedRows(db, NOW + 3 * HOUR));
  });

  it('folds a local lead with the same name at the same company (legal form aside)', async () => {
    const other = freshDb();
    const theirs = await savedPerson(other, { fullName: 'Ана Попова', companyName: 'ООО «Ромашка»' });
    const backup = await backupAt(other, NOW + HOUR);
    const db = freshDb();
    await savedPerson(db, { fullName: 'Ана Попова', companyName: 'Ромашка' });
    await db.crmLinks.put({ kind: 'contact', localId: (await db.leads.toCollection().first())!.id, crmId: '77', leadId: (await db.leads.toCollection().first())!.id });
    await restoreBackup(db, backup, 'merge', NOW + 2 * HOUR);
    expect((await db.leads.toArray()).map((l) => l.id)).toEqual([theirs]);
    expect((await db.crmLinks.toArray()).map((l) => [l.localId, l.crmId])).toEqual([[theirs, '77']]);
    expect(await keptRows(db)).toEqual(await recomputedRows(db, NOW + 2 * HOUR));
  });

  it('keeps what only the folded local lead held: its LinkedIn profile, phone, title, notes and tags', async () => {
    const other = freshDb();
    const theirs = await savedPerson(other, { fullName: 'Jan Kowalski', email: 'jan@acme.pl' });
    const backup = await backupAt(other, NOW + HOUR);
    const db = freshDb();
    const url = 'https://www.linkedin.com/in/jan-kowalski/';
    const mine = (await saveCapture(db, { kind: 'person', person: { fullName: 'Jan Kowalski', email: 'jan@acme.pl', linkedinUrl: url, phone: '+48 600 700 800', title: 'CEO', source: 'website', capturedAt: NOW } }, NOW)).id;
    await updateLead(db, mine, { notes: 'Met at the fair', tags: ['vip'] }, NOW + HOUR);
    await restoreBackup(db, backup, 'merge', NOW + 2 * HOUR);
    const lead = (await db.leads.get(theirs))!;
    expect(await db.leads.count()).toBe(1);
    expect({ url: lead.linkedinUrl, phone: lead.phone, title: lead.title, notes: lead.notes, tags: lead.tags }).toEqual({ url, phone: '+48 600 700 800', title: 'CEO', notes: 'Met at the fair', tags: ['vip'] });
    expect(lead.editedFields).toEqual(expect.arrayContaining(['notes', 'tags']));
    expect(lead.words).toEqual(expect.arrayContaining(['ceo', '600700800']));
    expect(await keptRows(db)).toEqual(await recomputedRows(db, NOW + 2 * HOUR));
    // The next capture of the profile finds the lead instead of saving a second one.
    await savedPerson(db, { fullName: 'Jan Kowalski', linkedinUrl: url }, NOW + 3 * HOUR);
    expect(await db.leads.count()).toBe(1);
  });

  it('does not fold two people with the same e-mail but different LinkedIn profiles', async () => {
    const other = freshDb();
    await savedPerson(other, { fullName: 'A', email: 'sales@acme.pl', linkedinUrl: 'https://www.linkedin.com/in/anna-alpha/' });
    const backup = await backupAt(other, NOW + HOUR);
    const db = freshDb();
    await savedPerson(db, { fullName: 'B', email: 'sales@acme.pl', linkedinUrl: 'https://www.linkedin.com/in/bella-beta/' });
    await restoreBackup(db, backup, 'merge', NOW + 2 * HOUR);
    expect(await db.leads.count()).toBe(2);
  });
});

describe('a merge over a lead whose stage moved since the backup', () => {
  it('keeps the newer stage, and the history ends in it', async () => {
    const db = freshDb();
    const ada = await savedPerson(db, { fullName: 'Ada', linkedinUrl: 'https://www.linkedin.com/in/ada/' });
    await moveToStage(db, ada, 'qualified', {}, NOW + HOUR);
    const backup = await backupAt(db, NOW + 2 * HOUR);
    await moveToStage(db, ada, 'won', { value: 5000, currency: 'EUR' }, NOW + 3 * HOUR);
    await restoreBackup(db, backup, 'merge', NOW + 4 * HOUR);
    const lead = (await db.leads.get(ada))!;
    const history = (await db.stageHistory.where('leadId').equals(ada).toArray()).sort((a, b) => a.at - b.at);
    expect(lead.stageId).toBe('won');
    expect(lead.dealValue).toBe(5000);
    expect(history.at(-1)!.toStage).toBe(lead.stageId);
    expect(lead.reached).toContain('won');
    expect(await keptRows(db)).toEqual(await recomputedRows(db, NOW + 4 * HOUR));
  });

  it('a folded duplicate’s newer stage wins, with one first-stage entry in the history', async () => {
    const other = freshDb();
    const theirs = await savedPerson(other, { fullName: 'Ola Nowak', email: 'ola@x.pl' });
    const backup = await backupAt(other, NOW + HOUR);
    const db = freshDb();
    const mine = await savedPerson(db, { fullName: 'Ola Nowak', email: 'ola@x.pl' }, NOW + 2 * HOUR);
    await moveToStage(db, mine, 'lost', { reason: 'no budget' }, NOW + 3 * HOUR);
    await restoreBackup(db, backup, 'merge', NOW + 4 * HOUR);
    const lead = (await db.leads.get(theirs))!;
    const history = (await db.stageHistory.where('leadId').equals(theirs).toArray()).sort((a, b) => a.at - b.at);
    expect(lead.stageId).toBe('lost');
    expect(lead.lostReason).toBe('no budget');
    expect(history.filter((h) => h.fromStage === undefined)).toHaveLength(1);
    expect(history.at(-1)!.toStage).toBe('lost');
    expect(await keptRows(db)).toEqual(await recomputedRows(db, NOW + 4 * HOUR));
  });
});


describe('merging the same file twice', () => {
  it('changes nothing the second time', async () => {
    const other = freshDb();
    await savedPerson(other, { fullName: 'Ola Nowak', email: 'ola@x.pl', companyName: 'Acme' });
    const backup = await backupAt(other, NOW + HOUR);
    const db = freshDb();
    await savedPerson(db, { fullName: 'Ola Nowak', companyName: 'Acme sp. z o.o.' }, NOW + 2 * HOUR);
    await restoreBackup(db, backup, 'merge', NOW + 3 * HOUR);
    const snap = async () => ({
      leads: (await db.leads.toArray()).map(({ updatedAt: _u, ...l }) => l),
      activities: await db.activities.toArray(),
      history: await db.stageHistory.toArray(),
      enrolments: await db.enrolments.toArray(),
    });
    const once = await snap();
    const counts = await restoreBackup(db, backup, 'merge', NOW + 4 * HOUR);
    expect(counts.duplicates).toBe(0);
    expect(await snap()).toEqual(once);
    expect(await keptRows(db)).toEqual(await recomputedRows(db, NOW + 4 * HOUR));
  });
});
