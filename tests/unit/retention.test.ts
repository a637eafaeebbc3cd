import { describe, expect, it } from 'vitest';
import { addActivity } from '../../lib/db/activities';
import type { LeadsDatabase } from '../../lib/db/database';
import { applyRetention, leadsDueForReview } from '../../lib/db/retention';
import { saveCapture } from '../../lib/db/save-capture';
import { getPipeline, getRetention, saveRetention } from '../../lib/db/settings';
import { moveToStage, savePipeline } from '../../lib/db/stage';
import { removeStage } from '../../lib/pipeline/stages-edit';
import { DEFAULT_RETENTION, isDueForReview, retentionCutoff } from '../../lib/privacy/retention';
import { freshDb, NOW } from './helpers/db';
import { keptRows, recomputedRows } from './helpers/figures';
import { leadRecord } from './helpers/lead';

const DAY = 86_400_000;

async function person(db: LeadsDatabase, n: number, at: number): Promise<string> {
  const saved = await saveCapture(
    db,
    { kind: 'person', person: { fullName: `Retained Person${n}`, email: `person${n}@example.org`, phone: `+48 500 000 ${String(n).padStart(3, '0')}`, linkedinUrl: `https://www.linkedin.com/in/retained-${n}/`, source: 'linkedin', capturedAt: at } },
    at,
  );
  return saved.id;
}

async function everything(db: LeadsDatabase): Promise<string> {
  return JSON.stringify(await Promise.all(db.tables.map((t) => t.toArray())));
}

describe('the retention setting', () => {
  it('is off by default, and refuses what its schema refuses', async () => {
    const db = freshDb();
    expect(await getRetention(db)).toEqual(DEFAULT_RETENTION);
    expect(DEFAULT_RETENTION.enabled).toBe(false);
    await saveRetention(db, { enabled: true, months: 6 }, NOW);
    expect(await getRetention(db)).toEqual({ enabled: true, months: 6 });
    for (const months of [0, -1, 1.5, 121, Number.NaN]) await expect(saveRetention(db, { enabled: true, months }, NOW)).rejects.toThrow();
    expect(await getRetention(db)).toEqual({ enabled: true, months: 6 });
    db.close();
  });

  it('counts whole calendar months back, local time', () => {
    const at = (y: number, m: number, d: number) => new Date(y, m - 1, d, 9).getTime();
    expect(retentionCutoff(at(2026, 3, 31), 1)).toBe(at(2026, 2, 28));
    expect(retentionCutoff(at(2026, 3, 15), 12)).toBe(at(2025, 3, 15));
    expect(retentionCutoff(at(2026, 1, 10), 2)).toBe(at(2025, 11, 10));
  });

  it('reviews leads by their latest touch, stage change or capture; never an erased one', () => {
    const cutoff = NOW - 10 * DAY;
    const old = leadRecord({ createdAt: NOW - 100 * DAY, stageChangedAt: NOW - 100 * DAY });
    expect(isDueForReview(old, cutoff)).toBe(true);
    expect(isDueForReview({ ...old, lastTouchAt: NOW - DAY }, cutoff)).toBe(false);
    expect(isDueForReview({ ...old, stageChangedAt: NOW - DAY }, cutoff)).toBe(false);
    expect(isDueForReview({ ...old, capturedAt: NOW - DAY }, cutoff)).toBe(false);
    expect(isDueForReview({ ...old, erasedAt: NOW - 50 * DAY }, cutoff)).toBe(false);
  });
});

describe('reviewing and erasing leads kept too long', () => {
  it('lists only leads with no touch for N months, and erases exactly the confirmed ones without a trace', async () => {
    const db = freshDb();
    const stale = await person(db, 1, NOW - 400 * DAY);
    const touched = await person(db, 2, NOW - 400 * DAY);
    await addActivity(db, { leadId: touched, kind: 'call', direction: 'outbound', at: NOW - 20 * DAY, note: 'Person2 picked up' }, NOW - 20 * DAY);
    const alsoStale = await person(db, 3, NOW - 300 * DAY);
    const recent = await person(db, 4, NOW - 5 * DAY);

    const review = await leadsDueForReview(db, NOW, 6);
    expect(new Set(review.ids)).toEqual(new Set([stale, alsoStale]));
    expect(review.total).toBe(2);
    // Oldest first.
    expect(review.rows.map((r) => r.id)).toEqual([stale, alsoStale]);
    expect(review.rows[0]).toMatchObject({ fullName: 'Retained Person1', email: 'person1@example.org' });

    // The rep unticks one: only the other is erased.
    let progress = 0;
    expect(await applyRetention(db, [stale], 'erase', NOW, { onProgress: (n) => (progress = n), chunk: 1 })).toBe(1);
    expect(progress).toBe(1);
    const dump = await everything(db);
    for (const s of ['Person1', 'person1@example.org', '500 000 001', 'retained-1/']) expect(dump).not.toContain(s);
    for (const s of ['Person2', 'Person3', 'Person4']) expect(dump).toContain(s);
    expect(await db.leads.get(stale)).toMatchObject({ erasedAt: NOW });
    expect(await keptRows(db)).toEqual(await recomputedRows(db, NOW));

    // Erased leads leave the review; deleting removes the record entirely.
    expect((await leadsDueForReview(db, NOW, 6)).ids).toEqual([alsoStale]);
    expect(await applyRetention(db, [alsoStale], 'delete', NOW)).toBe(1);
    expect(await db.leads.get(alsoStale)).toBeUndefined();
    expect(await everything(db)).not.toContain('Person3');
    expect((await leadsDueForReview(db, NOW, 6)).total).toBe(0);
    expect(await db.leads.get(recent)).toMatchObject({ fullName: 'Retained Person4' });
    expect(await keptRows(db)).toEqual(await recomputedRows(db, NOW));
    db.close();
  });

  it('does not count a removed stage moving its leads as a touch', async () => {
    const db = freshDb();
    // Untouched for two years, in a stage the rep removes yesterday: still due, with its real last touch.
    const idle = await person(db, 20, NOW - 800 * DAY);
    await moveToStage(db, idle, 'demo', {}, NOW - 790 * DAY);
    // Moved by the rep after the cutoff, then its stage removed: touched.
    const moved = await person(db, 21, NOW - 800 * DAY);
    await moveToStage(db, moved, 'demo', {}, NOW - 30 * DAY);
    expect((await leadsDueForReview(db, NOW, 24)).ids).toEqual([idle]);
    const removed = removeStage(await getPipeline(db), 'demo', 'qualified');
    if (!removed.ok) throw new Error(removed.error);
    await savePipeline(db, removed.pipeline, [removed.move], NOW - DAY);
    expect((await db.leads.get(idle))!.stageId).toBe('qualified');
    const review = await leadsDueForReview(db, NOW, 24);
    expect(review.ids).toEqual([idle]);
    expect(review.rows).toEqual([expect.objectContaining({ id: idle, stageId: 'qualified', lastTouchAt: NOW - 790 * DAY })]);
    // A touch after the move takes it out, as always.
    await addActivity(db, { leadId: idle, kind: 'call', direction: 'outbound', at: NOW - 10 * DAY }, NOW - 10 * DAY);
    expect((await leadsDueForReview(db, NOW, 24)).total).toBe(0);
    db.close();
  });

  it('erases in chunks, each its own write', async () => {
    const db = freshDb();
    const ids = [];
    for (let n = 10; n < 15; n++) ids.push(await person(db, n, NOW - 400 * DAY));
    const seen: number[] = [];
    expect(await applyRetention(db, ids, 'erase', NOW, { onProgress: (n) => seen.push(n), chunk: 2 })).toBe(5);
    expect(seen).toEqual([2, 4, 5]);
    expect((await db.leads.toArray()).every((l) => l.erasedAt === NOW && l.fullName === undefined)).toBe(true);
    db.close();
  });
});
