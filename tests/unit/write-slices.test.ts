import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LeadsDatabase } from '../../lib/db/database';
import { READ_SLICE, rescoreStep } from '../../lib/db/rescore';
import { saveRuleSet } from '../../lib/db/settings';
import { commit } from '../../lib/db/write/commit';
import { createSlicer } from '../../lib/db/write/slices';
import { DEFAULT_RULESET } from '../../lib/scoring/defaults';
import { freshDb, NOW } from './helpers/db';
import { leadRecord } from './helpers/lead';

/** A clock the writes move: each item written costs `costOf(sliceIndex)` ms. */
function timedWrites(costOf: (slice: number) => number) {
  let clock = 0;
  const slices: number[][] = [];
  const write = async (slice: number[]) => {
    clock += slice.length * costOf(slices.length);
    slices.push(slice);
  };
  return { now: () => clock, write, slices };
}

/** The ids of each put of leads that reaches the database below the write layer, one list per request. */
function leadPutsBelowTheLayer(db: LeadsDatabase): string[][] {
  const puts: string[][] = [];
  db.use({
    stack: 'dbcore',
    name: 'count-lead-puts',
    level: 5,
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return name !== 'leads'
          ? table
          : {
              ...table,
              mutate: (req) => {
                if (req.type === 'put') puts.push(req.values.map((v: { id: string }) => v.id));
                return table.mutate(req);
              },
            };
      },
    }),
  });
  return puts;
}

describe('long writes in time-boxed slices', () => {
  it('writes every item once, in order, in slices within the bounds, whatever each slice costs', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 3_000 }), fc.array(fc.double({ min: 0, max: 50, noNaN: true }), { minLength: 1, maxLength: 20 }), async (count, costs) => {
        const items = Array.from({ length: count }, (_, i) => i);
        const { now, write, slices } = timedWrites((i) => costs[i % costs.length]!);
        await createSlicer({ now, min: 10, max: 500 })(items, write);
        expect(slices.flat()).toEqual(items);
        slices.slice(0, -1).forEach((slice) => expect(slice.length).toBeGreaterThanOrEqual(10));
        slices.forEach((slice) => expect(slice.length).toBeLessThanOrEqual(500));
      }),
    );
  });

  it('sizes slices to take about the target time', async () => {
    const { now, write, slices } = timedWrites(() => 2);
    await createSlicer({ now, targetMs: 40, first: 100 })(Array.from({ length: 2_000 }, (_, i) => i), write);
    // 2 ms an item, 40 ms a slice: 20 items, reached from the first 100 in a few slices.
    expect(slices[0]).toHaveLength(100);
    expect(slices.slice(6, -1).every((s) => s.length >= 18 && s.length <= 22)).toBe(true);
  });

  it('one slow slice does not collapse the next', async () => {
    const { now, write, slices } = timedWrites((i) => (i === 3 ? 40 : 1));
    await createSlicer({ now, targetMs: 40, first: 40 })(Array.from({ length: 400 }, (_, i) => i), write);
    expect(slices[4]!.length).toBeGreaterThan(slices[3]!.length / 8);
  });

  it('a long commit puts its records a slice at a time; a short one in one go; both keep every record and change', async () => {
    const db = freshDb();
    const leads = Array.from({ length: 600 }, (_, i) => leadRecord({ id: `lead-${String(i).padStart(4, '0')}`, fullName: `Lead ${i}` }));
    const puts = leadPutsBelowTheLayer(db);
    await commit(db, [db.leads.name], { origin: 'rep', now: NOW, effects: false, long: true }, (w) => w.put('leads', leads));
    expect(puts.length).toBeGreaterThan(1);
    expect(puts.flat()).toEqual(leads.map((l) => l.id));
    puts.length = 0;
    await commit(db, [db.leads.name], { origin: 'rep', now: NOW }, (w) => w.put('leads', leads.map((l) => ({ ...l, title: 'Engineer' }))));
    expect(puts).toHaveLength(1);
    expect(await db.leads.count()).toBe(600);
    const changes = await db.changes.toArray();
    expect(changes).toHaveLength(1_200);
    expect(changes.slice(0, 600).map((c) => c.key)).toEqual(leads.map((l) => l.id));
  });

  it('a rescore chunk larger than one read slice rescores every lead of it, once', async () => {
    const db = freshDb();
    const count = READ_SLICE * 2 + 7;
    const leads = Array.from({ length: count }, (_, i) => leadRecord({ id: `lead-${String(i).padStart(4, '0')}`, fullName: `Lead ${i}`, title: 'Sales Director' }));
    await commit(db, [db.leads.name], { origin: 'rep', now: NOW, effects: false }, (w) => w.put('leads', leads));
    const rules = { ...DEFAULT_RULESET, rules: [...DEFAULT_RULESET.rules, { id: 'sales', name: 'Sales', enabled: true, points: 7, per: 'match' as const, condition: { kind: 'text' as const, field: 'title' as const, op: 'contains' as const, value: 'sales' } }] };
    await saveRuleSet(db, rules, NOW);
    const step = await rescoreStep(db, NOW, count);
    expect(step?.job).toMatchObject({ done: count, finished: false, lastId: leads.at(-1)!.id });
    expect((await db.leads.toArray()).every((l) => l.score >= 7)).toBe(true);
    expect(await rescoreStep(db, NOW, count)).toMatchObject({ job: { done: count, finished: true } });
  });
});
