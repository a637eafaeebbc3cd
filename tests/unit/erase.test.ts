import { describe, expect, it } from 'vitest';
import { addActivity } from '../../lib/db/activities';
import type { LeadsDatabase } from '../../lib/db/database';
import { bulkDelete } from '../../lib/db/bulk';
import { deleteLeadsForGood, eraseLead } from '../../lib/db/erase';
import { updateLead } from '../../lib/db/edit-lead';
import { readKeptMetrics } from '../../lib/db/kept-metrics';
import { updatePipeline } from '../../lib/db/pipeline-edit';
import { saveCapture } from '../../lib/db/save-capture';
import { enrolLeads, listSequences } from '../../lib/db/sequences';
import { moveToStage, reactivateLead } from '../../lib/db/stage';
import { exportBackup, restoreBackup } from '../../lib/transfer/backup';
import { CHANGE_FIELDS, ERASED_REFERRER } from '../../lib/privacy/personal-data';
import { LeadSchema } from '../../lib/schema/records';
import { PersonCaptureSchema } from '../../lib/capture/schema';
import { freshDb, NOW } from './helpers/db';
import { keptRows, recomputedRows } from './helpers/figures';

const HOUR = 3_600_000;

/** Everything about Anna that must not survive her erasure. */
const ANNA = {
  name: 'Anna Kowalska-Erasable',
  email: 'anna.kowalska@example.pl',
  phone: '+48 601 234 567',
  notes: 'Met Anna at the Kraków fair; her son is ill',
  touchNote: 'Anna said call back after her holiday',
  lostReason: 'Anna left for a competitor',
  referrer: 'Piotr Referrer',
  bantNote: 'Anna controls the budget',
  nextStep: 'Send Anna the offer',
  url: 'https://www.linkedin.com/in/anna-kowalska-erasable/',
  company: 'Erasable Sp. z o.o.',
};
const ANNA_STRINGS = [ANNA.name, 'Kowalska', ANNA.email, ANNA.phone, '601 234 567', ANNA.notes, 'Kraków fair', ANNA.touchNote, ANNA.lostReason, ANNA.referrer, ANNA.bantNote, ANNA.nextStep, 'anna-kowalska-erasable'];

/** Every record of every table, as one string. */
async function everything(db: LeadsDatabase): Promise<string> {
  const all = await Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()] as const));
  return JSON.stringify(Object.fromEntries(all));
}

async function seedAnna(db: LeadsDatabase, t = NOW): Promise<string> {
  const saved = await saveCapture(
    db,
    { kind: 'person', person: { fullName: ANNA.name, title: 'Head of Sales', companyName: ANNA.company, linkedinUrl: ANNA.url, sourceUrl: ANNA.url, email: ANNA.email, source: 'linkedin', capturedAt: t } },
    t,
  );
  const id = saved.id;
  await updateLead(db, id, { phone: ANNA.phone, notes: ANNA.notes, tags: ['kraków-fair'] }, t + HOUR);
  await updatePipeline(
    db,
    id,
    {
      dealValue: 12_000,
      currency: 'PLN',
      referredBy: ANNA.referrer,
      nextStep: { text: ANNA.nextStep, dueAt: t + 48 * HOUR },
      bant: { budget: { checked: true, note: ANNA.bantNote }, authority: { checked: false }, need: { checked: true }, timeline: { checked: false } },
    },
    t + 2 * HOUR,
  );
  await addActivity(db, { leadId: id, kind: 'call', direction: 'outbound', at: t + 4 * HOUR, note: ANNA.touchNote }, t + 4 * HOUR);
  await addActivity(db, { leadId: id, kind: 'reply-received', direction: 'inbound', at: t + 5 * HOUR }, t + 5 * HOUR);
  await moveToStage(db, id, 'lost', { reason: ANNA.lostReason }, t + 5 * HOUR);
  await reactivateLead(db, id, t + 6 * HOUR);
  await moveToStage(db, id, 'demo', {}, t + 6 * HOUR);
  // Still being followed up when she asks to be erased.
  const [sequence] = await listSequences(db);
  await enrolLeads(db, [id], sequence!.id, 'manual', t + 7 * HOUR);
  return id;
}

async function seedBob(db: LeadsDatabase, t = NOW): Promise<string> {
  const saved = await saveCapture(
    db,
    { kind: 'person', person: { fullName: 'Bob Keeps', email: 'bob@example.com', linkedinUrl: 'https://www.linkedin.com/in/bob-keeps/', source: 'linkedin', capturedAt: t } },
    t,
  );
  await updateLead(db, saved.id, { notes: 'Bob stays' }, t + HOUR);
  return saved.id;
}

describe('erasing a person', () => {
  it('leaves no trace of them in any table, and an anonymous record that keeps the metrics true', async () => {
    const db = freshDb();
    const id = await seedAnna(db);
    const bob = await seedBob(db);
    // A change-log entry carrying a value, as a later version (an undo buffer, a CRM outbox) might log one.
    await db.changes.add({ table: 'leads', key: id, kind: 'update', at: NOW, origin: 'rep', fields: ['fullName'], before: { fullName: ANNA.name } } as never);
    const before = await everything(db);
    for (const s of ANNA_STRINGS) expect(before, `seeded: ${s}`).toContain(s);
    expect((await db.companies.toArray())[0]?.sourceUrl).toBe(ANNA.url);
    const lastSeq = (await db.changes.orderBy(':id').lastKey()) as number;

    const t = NOW + 10 * HOUR;
    expect(await eraseLead(db, id, t)).toBe(true);

    const after = await everything(db);
    for (const s of ANNA_STRINGS) expect(after, `left behind: ${s}`).not.toContain(s);

    // The anonymous record: stage, value, dates and counts stay; it is a valid lead.
    const lead = (await db.leads.get(id))!;
    expect(LeadSchema.safeParse(lead).success).toBe(true);
    expect(lead).toMatchObject({ id, stageId: 'demo', dealValue: 12_000, currency: 'PLN', createdAt: NOW, erasedAt: t, referredBy: ERASED_REFERRER, words: [], tags: [] });
    expect(lead.activitySummary.call).toHaveLength(1);
    expect(lead.bant.budget).toEqual({ checked: true });
    expect(lead.fullName ?? lead.email ?? lead.phone ?? lead.notes ?? lead.linkedinUrl ?? lead.nextStep).toBeUndefined();
    // Touches and stage history stay, without their text; the sequence ended.
    const touches = await db.activities.where('leadId').equals(id).toArray();
    expect(touches.map((a) => a.kind).sort()).toEqual(['call', 'captured', 'reply-received']);
    expect(touches.every((a) => a.note === undefined)).toBe(true);
    const history = (await db.stageHistory.where('leadId').equals(id).toArray()).sort((a, b) => a.at - b.at || a.toStage.localeCompare(b.toStage));
    expect(history.map((s) => s.toStage)).toEqual(['new', 'lost', 'demo', 'new']);
    expect(history.every((s) => s.reason === undefined)).toBe(true);
    expect(lead.reactivations).toBe(1);
    expect(await db.enrolments.where('leadId').equals(id).toArray()).toMatchObject([{ status: 'ended', stopReason: 'erased', endedAt: t }]);
    // Unlinked from its company, which stays: organisations are not people (lib/privacy/personal-data.ts).
    expect(lead.companyId ?? lead.companyName).toBeUndefined();
    // The company saved from her profile stays, without her page's address as its source.
    const [company] = await db.companies.toArray();
    expect(company?.name).toBe(ANNA.company);
    expect(company?.sourceUrl).toBeUndefined();

    // The kept figures still equal a count of the records.
    expect(await keptRows(db)).toEqual(await recomputedRows(db, t));
    expect((await readKeptMetrics(db)).stale).toBe(false);

    // The erase is logged (which fields changed, no values); every entry about Anna holds only the log's declared fields.
    const own = await db.changes.where(':id').above(lastSeq).toArray();
    expect(own.find((e) => e.table === 'leads' && e.key === id)).toMatchObject({ kind: 'update', origin: 'rep', fields: expect.arrayContaining(['fullName', 'email', 'phone', 'notes', 'erasedAt']) });
    for (const entry of await db.changes.toArray()) for (const field of Object.keys(entry)) expect(Object.keys(CHANGE_FIELDS)).toContain(field);

    // Bob is untouched.
    expect(await db.leads.get(bob)).toMatchObject({ fullName: 'Bob Keeps', email: 'bob@example.com', notes: 'Bob stays' });
    db.close();
  });

  it('a second erase changes nothing, and an erased person stays out of search', async () => {
    const db = freshDb();
    const id = await seedAnna(db);
    await eraseLead(db, id, NOW + 10 * HOUR);
    const once = await everything(db);
    const lastSeq = (await db.changes.orderBy(':id').lastKey()) as number;
    await eraseLead(db, id, NOW + 11 * HOUR);
    expect((await db.changes.orderBy(':id').lastKey()) as number).toBe(lastSeq);
    expect(await everything(db)).toBe(once);
    expect(await db.leads.where('words').equals('kowalska-erasable').count()).toBe(0);
    expect(await eraseLead(db, 'no-such-lead', NOW)).toBe(false);
    db.close();
  });

  it('delete for good removes the records and scrubs the log the same way', async () => {
    const db = freshDb();
    const id = await seedAnna(db);
    await db.changes.add({ table: 'activities', key: 'x', kind: 'update', at: NOW, origin: 'rep', fields: ['note'] } as never);
    const touch = (await db.activities.where('leadId').equals(id).first())!;
    await db.changes.add({ table: 'activities', key: touch.id, kind: 'update', at: NOW, origin: 'rep', fields: ['note'], after: { note: ANNA.touchNote } } as never);
    expect(await deleteLeadsForGood(db, [id], NOW + 10 * HOUR)).toBe(1);
    const after = await everything(db);
    for (const s of ANNA_STRINGS) expect(after, `left behind: ${s}`).not.toContain(s);
    expect(await db.leads.get(id)).toBeUndefined();
    expect(await keptRows(db)).toEqual(await recomputedRows(db, NOW + 10 * HOUR));
    db.close();
  });

  it('leaves no copy in the undo of a bulk delete, and delete for good keeps none while another undo stays', async () => {
    const db = freshDb();
    const id = await seedAnna(db);
    const bob = await seedBob(db);
    // Anna deleted in bulk, then brought back by a backup restore: her undo copy and her lead both exist.
    const backup = await exportBackup(db, NOW + 8 * HOUR);
    await bulkDelete(db, [id], NOW + 9 * HOUR);
    await restoreBackup(db, backup, 'merge', NOW + 9 * HOUR);
    expect(await db.deletedLeads.get(id)).toBeDefined();
    await eraseLead(db, id, NOW + 10 * HOUR);
    const after = await everything(db);
    for (const s of ANNA_STRINGS) expect(after, `left behind: ${s}`).not.toContain(s);
    expect(await db.deletedLeads.count()).toBe(0);

    // Bob deleted in bulk (undo offered); a retention "delete for good" of (anonymous) Anna leaves Bob's undo alone and keeps no copy of her.
    await bulkDelete(db, [bob], NOW + 11 * HOUR);
    expect(await db.deletedLeads.get(bob)).toBeDefined();
    expect(await deleteLeadsForGood(db, [id], NOW + 12 * HOUR)).toBe(1);
    expect(await db.deletedLeads.get(id)).toBeUndefined();
    expect(await db.deletedLeads.get(bob)).toBeDefined();
    expect(await keptRows(db)).toEqual(await recomputedRows(db, NOW + 12 * HOUR));
    db.close();
  });

  it('stays erased by a merge of an older backup without taking the lead the rep saved for them again since', async () => {
    const db = freshDb();
    const id = await seedAnna(db);
    const backup = await exportBackup(db, NOW + 8 * HOUR);
    await eraseLead(db, id, NOW + 10 * HOUR);
    // Later she is a prospect again: the rep saves her from her profile (no e-mail this time) and notes why.
    const again = (await saveCapture(db, { kind: 'person', person: { fullName: ANNA.name, linkedinUrl: ANNA.url, source: 'linkedin', capturedAt: NOW + 11 * HOUR } }, NOW + 11 * HOUR)).id;
    await updateLead(db, again, { notes: 'Asked us to get back in touch' }, NOW + 11 * HOUR);

    const counts = await restoreBackup(db, backup, 'merge', NOW + 12 * HOUR);
    expect(counts.duplicates).toBe(0);
    expect(await db.leads.get(again)).toMatchObject({ fullName: ANNA.name, linkedinUrl: ANNA.url, notes: 'Asked us to get back in touch' });
    expect(await db.leads.get(id)).toMatchObject({ stageId: 'demo', dealValue: 12_000, erasedAt: NOW + 12 * HOUR });
    const after = await everything(db);
    for (const s of [ANNA.email, ANNA.phone, ANNA.notes, ANNA.touchNote, ANNA.lostReason, ANNA.bantNote, ANNA.nextStep, ANNA.referrer]) expect(after, `came back: ${s}`).not.toContain(s);
    expect((await db.companies.toArray()).every((c) => c.sourceUrl !== ANNA.url)).toBe(true);
    expect(await keptRows(db)).toEqual(await recomputedRows(db, NOW + 12 * HOUR));
    db.close();
  });

  it.each(['merge', 'replace'] as const)('stays erased when an older backup is restored (%s)', async (mode) => {
    const db = freshDb();
    const id = await seedAnna(db);
    const backup = await exportBackup(db, NOW + 8 * HOUR);
    expect(JSON.stringify(backup)).toContain(ANNA.email);
    await eraseLead(db, id, NOW + 10 * HOUR);
    await restoreBackup(db, backup, mode, NOW + 11 * HOUR);
    const after = await everything(db);
    for (const s of ANNA_STRINGS) expect(after, `came back: ${s}`).not.toContain(s);
    expect(await db.leads.get(id)).toMatchObject({ stageId: 'demo', dealValue: 12_000, erasedAt: NOW + 11 * HOUR });
    expect(await keptRows(db)).toEqual(await recomputedRows(db, NOW + 11 * HOUR));
    db.close();
  });

  it('leads they referred no longer name them (by profile, e-mail or full name), and still count as referred', async () => {
    const db = freshDb();
    const person = async (fullName: string, extra: Record<string, string>) =>
      (await saveCapture(db, { kind: 'person', person: PersonCaptureSchema.parse({ fullName, source: 'linkedin', capturedAt: NOW, ...extra }) }, NOW)).id;
    const anna = await person('Anna Referrer', { linkedinUrl: 'https://www.linkedin.com/in/anna-referrer/', email: 'anna.ref@example.pl' });
    const bob = await person('Bob Referred', { linkedinUrl: 'https://www.linkedin.com/in/bob-referred/' });
    const cid = await person('Cid Referred', { linkedinUrl: 'https://www.linkedin.com/in/cid-referred/' });
    const dan = await person('Dan Referred', { linkedinUrl: 'https://www.linkedin.com/in/dan-referred/' });
    await updatePipeline(db, bob, { referredBy: 'anna referrer' }, NOW + 1);
    await updatePipeline(db, cid, { referredBy: 'https://www.linkedin.com/in/anna-referrer/' }, NOW + 1);
    await updatePipeline(db, dan, { referredBy: 'Someone Else' }, NOW + 1);
    await eraseLead(db, anna, NOW + 2);
    expect((await db.leads.get(bob))?.referredBy).toBe(ERASED_REFERRER);
    expect((await db.leads.get(cid))?.referredBy).toBe(ERASED_REFERRER);
    expect((await db.leads.get(dan))?.referredBy).toBe('Someone Else');
    expect(JSON.stringify(await db.leads.toArray())).not.toMatch(/anna/i);
  });
});
