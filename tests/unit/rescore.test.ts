import type { DBCore } from 'dexie';
import { describe, expect, it } from 'vitest';
import { PersonCaptureSchema, type PersonCaptureInput } from '../../lib/capture/schema';
import { addActivity } from '../../lib/db/activities';
import type { LeadsDatabase } from '../../lib/db/database';
import { updateLead } from '../../lib/db/edit-lead';
import { setLabelByHand } from '../../lib/db/label';
import { rescoreStep, runRescore } from '../../lib/db/rescore';
import { saveCapture } from '../../lib/db/save-capture';
import { getRescoreJob, getScoring, saveRuleSet } from '../../lib/db/settings';
import { DEFAULT_RULESET } from '../../lib/scoring/defaults';
import type { RuleSet } from '../../lib/scoring/schema';
import { LeadsDatabase as Db } from '../../lib/db/database';
import { freshDb, NOW } from './helpers/db';

async function add(db: LeadsDatabase, p: Partial<PersonCaptureInput>) {
  const saved = await saveCapture(db, { kind: 'person', person: PersonCaptureSchema.parse({ source: 'linkedin', capturedAt: NOW, ...p }) }, NOW);
  return saved.id;
}

/** Default rules plus "title contains sales: +15". */
function withSalesRule(points = 15): RuleSet {
  return {
    ...DEFAULT_RULESET,
    rules: [
      ...DEFAULT_RULESET.rules,
      { id: 'sales-title', name: 'Sales title', enabled: true, points, per: 'match', condition: { kind: 'text', field: 'title', op: 'contains', value: 'sales' } },
    ],
  };
}

describe('scoring on write', () => {
  it('a captured lead is scored at once, and activities move its score (the seed example)', async () => {
    const db = freshDb();
    const id = await add(db, { fullName: 'Jane Doe', title: 'Head of Sales', linkedinUrl: 'https://www.linkedin.com/in/jane/' });
    expect((await db.leads.get(id))?.scoreLabel).toBeDefined();
    for (const kind of ['pricing-visited', 'email-opened', 'email-opened', 'link-clicked'] as const) {
      await addActivity(db, { leadId: id, kind, direction: 'inbound', at: NOW - 3_600_000 }, NOW);
    }
    const lead = await db.leads.get(id);
    // 10 (pricing) + 2 (two opens) + 3 (one click) + 5 (persona: title "head of sales")
    expect(lead?.score).toBe(20);
    expect(lead?.scoreLabel).toBe('sql');
    expect(lead?.sqlAt).toBe(NOW);
    expect(lead?.scoreHistory.at(-1)).toEqual({ at: NOW, score: 20, label: 'sql' });
  });

  it('an edit that changes a scored field rescores the lead', async () => {
    const db = freshDb();
    await saveRuleSet(db, withSalesRule(), NOW);
    const id = await add(db, { fullName: 'Bob', title: 'Engineer', linkedinUrl: 'https://www.linkedin.com/in/bob/' });
    expect((await db.leads.get(id))?.score).toBe(0);
    await updateLead(db, id, { title: 'Sales Engineer' }, NOW + 1);
    expect((await db.leads.get(id))?.score).toBe(15);
  });
});

describe('rescore after a rule change', () => {
  it('rescores every lead in chunks and records progress', async () => {
    const db = freshDb();
    for (let i = 0; i < 25; i++) await add(db, { fullName: `Lead ${i}`, title: i % 2 ? 'Sales Manager' : 'Engineer', linkedinUrl: `https://www.linkedin.com/in/lead-${i}/` });
    await saveRuleSet(db, withSalesRule(), NOW);
    const first = await rescoreStep(db, NOW, 10);
    expect(first?.job).toMatchObject({ done: 10, total: 25, finished: false });
    const job = await runRescore(db, () => NOW, { pause: async () => undefined });
    expect(job).toMatchObject({ done: 25, total: 25, finished: true });
    const leads = await db.leads.toArray();
    expect(leads.filter((l) => l.score === 15)).toHaveLength(12);
    expect(await rescoreStep(db, NOW)).toBeUndefined();
  });

  it('a capture or edit made during a rescore ends scored by the new rules', async () => {
    const db = freshDb();
    for (let i = 0; i < 30; i++) await add(db, { fullName: `Lead ${i}`, title: 'Engineer', linkedinUrl: `https://www.linkedin.com/in/l-${i}/` });
    await saveRuleSet(db, withSalesRule(), NOW);
    await rescoreStep(db, NOW, 10);
    // Mid-rescore: a new capture, and an edit to a lead already rescored and one not yet.
    const fresh = await add(db, { fullName: 'New One', title: 'Sales Lead', linkedinUrl: 'https://www.linkedin.com/in/new-one/' });
    // Ids are random: keep the new capture out of the leads edited below.
    const all = (await db.leads.orderBy(':id').toArray()).filter((l) => l.id !== fresh);
    await updateLead(db, all[0]!.id, { title: 'Sales Director' }, NOW + 5);
    await updateLead(db, all[all.length - 1]!.id, { title: 'Sales Director' }, NOW + 5);
    await runRescore(db, () => NOW + 10, { pause: async () => undefined });
    expect((await db.leads.get(fresh))?.score).toBe(15);
    expect((await db.leads.get(all[0]!.id))?.title).toBe('Sales Director');
    expect((await db.leads.get(all[0]!.id))?.score).toBeGreaterThanOrEqual(15);
    expect((await db.leads.get(all[all.length - 1]!.id))?.score).toBeGreaterThanOrEqual(15);
  });

  it('a newer rule change supersedes a running rescore; the job resumes where it stopped', async () => {
    const db = freshDb();
    for (let i = 0; i < 12; i++) await add(db, { fullName: `L${i}`, title: 'Sales', linkedinUrl: `https://www.linkedin.com/in/x-${i}/` });
    await saveRuleSet(db, withSalesRule(15), NOW);
    await rescoreStep(db, NOW, 5);
    await saveRuleSet(db, withSalesRule(7), NOW);
    expect(await getRescoreJob(db)).toMatchObject({ revision: 2, done: 0, finished: false });
    expect((await getScoring(db)).revision).toBe(2);
    await runRescore(db, () => NOW, { pause: async () => undefined });
    expect(new Set((await db.leads.toArray()).map((l) => l.score))).toEqual(new Set([7]));
  });

  it('a rule change that lands while a chunk runs is left in force, and its rescore covers every lead', async () => {
    const db = freshDb();
    // Once armed, a second page saves new rules the moment the first chunk's transaction is asked for (it waits for the chunk).
    const other = new Db(db.name);
    let armed = false;
    let change: Promise<unknown> | undefined;
    db.use({
      stack: 'dbcore',
      name: 'rule-change-mid-chunk',
      create: (down: DBCore): DBCore => ({
        ...down,
        transaction: (stores, mode, options) => {
          if (armed && !change && mode === 'readwrite' && stores.includes('leads')) change = saveRuleSet(other, withSalesRule(7), NOW);
          return down.transaction(stores, mode, options);
        },
      }),
    });
    for (let i = 0; i < 12; i++) await add(db, { fullName: `L${i}`, title: 'Sales', linkedinUrl: `https://www.linkedin.com/in/r-${i}/` });
    await saveRuleSet(db, withSalesRule(15), NOW);
    await other.open();
    armed = true;
    await runRescore(db, () => NOW, { pause: async () => undefined });
    await change;
    // The new job was not marked with the old job's progress; a run picks it up from the first lead.
    expect(await getRescoreJob(db)).toMatchObject({ revision: 2 });
    await runRescore(db, () => NOW, { pause: async () => undefined });
    expect(await getRescoreJob(db)).toMatchObject({ revision: 2, done: 12, total: 12, finished: true });
    expect(new Set((await db.leads.toArray()).map((l) => l.score))).toEqual(new Set([7]));
    other.close();
  });

  it('reports leads that crossed the SQL threshold, and never demotes a label set by hand', async () => {
    const db = freshDb();
    const a = await add(db, { fullName: 'A', title: 'Sales', linkedinUrl: 'https://www.linkedin.com/in/a-1/' });
    const b = await add(db, { fullName: 'B', title: 'Engineer', linkedinUrl: 'https://www.linkedin.com/in/b-1/' });
    await setLabelByHand(db, b, 'sql', NOW);
    await saveRuleSet(db, withSalesRule(30), NOW);
    await runRescore(db, () => NOW, { pause: async () => undefined });
    // The rescore's crossings are the extension's (B's, labelled by hand, is the rep's).
    const crossed = (await db.crossings.toArray()).filter((c) => c.origin === 'extension').map((c) => c.leadId);
    expect(crossed).toEqual([a]);
    expect((await db.leads.get(b))?.scoreLabel).toBe('sql');
    expect((await db.leads.get(b))?.labelByHand).toBe(true);
  });

  it('refuses an invalid rule set and keeps the rules in force', async () => {
    const db = freshDb();
    const bad = { ...DEFAULT_RULESET, thresholds: { mql: 30, sql: 10 } };
    await expect(saveRuleSet(db, bad, NOW)).rejects.toThrow();
    expect((await getScoring(db)).revision).toBe(0);
    expect(await getRescoreJob(db)).toBeUndefined();
  });
});

describe('time-based rescore', () => {
  it('opens a job under the rules in force, once, so fading points are refreshed', async () => {
    const { openRescoreJob } = await import('../../lib/db/settings');
    const db = freshDb();
    const id = await add(db, { fullName: 'Quiet', title: 'Engineer', linkedinUrl: 'https://www.linkedin.com/in/quiet/' });
    await addActivity(db, { leadId: id, kind: 'pricing-visited', direction: 'inbound', at: NOW }, NOW);
    expect((await db.leads.get(id))?.score).toBe(10);
    const later = NOW + 120 * 86_400_000;
    const job = await openRescoreJob(db, later);
    expect(await openRescoreJob(db, later)).toEqual(job);
    await runRescore(db, () => later, { pause: async () => undefined });
    // 120 days on, the pricing visit is outside its 90-day window.
    expect((await db.leads.get(id))?.score).toBe(0);
  });
});
