import Dexie from 'dexie';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PersonCaptureSchema, type PersonCapture } from '../../lib/capture/schema';
import { addActivity } from '../../lib/db/activities';
import { bulkDelete, bulkSetStage, bulkTag, undoDelete } from '../../lib/db/bulk';
import type { LeadsDatabase } from '../../lib/db/database';
import { updateLead } from '../../lib/db/edit-lead';
import { deleteLeadsForGood, eraseLead } from '../../lib/db/erase';
import { applyPull } from '../../lib/crm/sync/pull-store';
import { freshSyncState } from '../../lib/crm/sync/state';
import { StorageError } from '../../lib/db/errors';
import { readKeptMetrics } from '../../lib/db/kept-metrics';
import { setLabelByHand } from '../../lib/db/label';
import { updatePipeline } from '../../lib/db/pipeline-edit';
import { runRescore } from '../../lib/db/rescore';
import { saveCapture, savePeople } from '../../lib/db/save-capture';
import { enrolLeads, listSequences } from '../../lib/db/sequences';
import { getPipeline, saveRuleSet } from '../../lib/db/settings';
import { moveToStage, reactivateLead, savePipeline, undoStageChange } from '../../lib/db/stage';
import { changedFields, type ChangeEntry } from '../../lib/db/write/change-log';
import { commit } from '../../lib/db/write/commit';
import { TRACKED_TABLES } from '../../lib/db/write/tables';
import { DEFAULT_RULESET } from '../../lib/scoring/defaults';
import { exportBackup, restoreBackup } from '../../lib/transfer/backup';
import { loadDemo, removeDemo } from '../../lib/transfer/demo';
import { ACTIVITY_KINDS } from '../../lib/schema/records';
import { freshDb, NOW } from './helpers/db';
import { keptRows, recomputedRows } from './helpers/figures';

/**
 * The write layer's promises, as properties over random sequences of writes from
 * every origin (capture, import, side-panel edits, stage moves and their undo,
 * touches and steps marked done, bulk actions, delete and undo, labels by hand,
 * a rule change's rescore, restore, the demo loaded and removed, a stage removed, a person erased
 * or deleted for good, a CRM pull with the stages the deal passed (origin 'outside')):
 * - the kept figures always equal a count from scratch of the records;
 * - the change log holds exactly one entry per record each write changed, in
 *   commit order, with the fields that changed.
 */

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const STAGES = ['new', 'discovery', 'qualified', 'demo', 'trial', 'negotiation', 'won', 'lost'];
const TITLES = ['Head of Sales', 'Engineer', 'VP Sales', 'CTO'];
const TOUCHES = ACTIVITY_KINDS.filter((k) => k !== 'captured');

const nat = fc.nat({ max: 50 });
const op = fc.oneof(
  fc.record({ kind: fc.constant('capture' as const), n: nat, title: fc.constantFrom(...TITLES) }),
  fc.record({ kind: fc.constant('import' as const), rows: fc.array(fc.record({ n: nat, title: fc.constantFrom(...TITLES), email: fc.boolean() }), { minLength: 1, maxLength: 4 }) }),
  fc.record({ kind: fc.constant('edit' as const), lead: nat, title: fc.constantFrom(...TITLES), tag: fc.constantFrom('webinar', 'inaccurate data', 'vip') }),
  fc.record({ kind: fc.constant('deal' as const), lead: nat, value: fc.option(fc.integer({ min: 0, max: 90_000 }), { nil: null }), currency: fc.constantFrom('USD', 'EUR'), referred: fc.boolean(), next: fc.boolean() }),
  fc.record({ kind: fc.constant('move' as const), lead: nat, stage: fc.constantFrom(...STAGES), value: fc.option(fc.integer({ min: 0, max: 50_000 }), { nil: undefined }) }),
  fc.record({ kind: fc.constant('reactivate' as const), lead: nat }),
  fc.record({ kind: fc.constant('undoMove' as const), lead: nat, stage: fc.constantFrom('qualified', 'negotiation', 'won') }),
  fc.record({ kind: fc.constant('touch' as const), lead: nat, touch: fc.constantFrom(...TOUCHES), inbound: fc.boolean(), hoursAgo: fc.integer({ min: 0, max: 24 * 20 }) }),
  fc.record({ kind: fc.constant('stepDone' as const), lead: nat }),
  fc.record({ kind: fc.constant('bulkTag' as const), leads: fc.array(nat, { maxLength: 3 }), tag: fc.constantFrom('webinar', 'vip') }),
  fc.record({ kind: fc.constant('bulkStage' as const), leads: fc.array(nat, { maxLength: 3 }), stage: fc.constantFrom('discovery', 'demo', 'trial') }),
  fc.record({ kind: fc.constant('delete' as const), leads: fc.array(nat, { maxLength: 3 }), undo: fc.boolean() }),
  fc.record({ kind: fc.constant('label' as const), lead: nat, label: fc.constantFrom('cold' as const, 'mql' as const, 'sql' as const) }),
  fc.record({ kind: fc.constant('rules' as const), sql: fc.integer({ min: 5, max: 25 }) }),
  fc.record({ kind: fc.constant('restore' as const), mode: fc.constantFrom('replace' as const, 'merge' as const), drop: nat }),
  fc.record({ kind: fc.constant('demo' as const), load: fc.boolean() }),
  fc.record({ kind: fc.constant('removeStage' as const) }),
  fc.record({ kind: fc.constant('erase' as const), lead: nat }),
  fc.record({ kind: fc.constant('forGood' as const), lead: nat }),
  fc.record({
    kind: fc.constant('pull' as const),
    lead: nat,
    stage: fc.constantFrom(...STAGES),
    passed: fc.array(fc.constantFrom(...STAGES), { maxLength: 3 }),
    amount: fc.option(fc.integer({ min: 0, max: 90_000 }), { nil: undefined }),
    hoursAgo: fc.integer({ min: 0, max: 6 }),
    fresh: fc.boolean(),
  }),
);
type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

const person = (n: number, title: string, email = false): PersonCapture =>
  PersonCaptureSchema.parse({
    fullName: `Lead ${n}`,
    title,
    linkedinUrl: `https://www.linkedin.com/in/lead-${n}/`,
    ...(email ? { email: `lead${n}@example.com` } : {}),
    source: 'linkedin',
    capturedAt: NOW,
  });

async function pick(db: LeadsDatabase, n: number): Promise<string | undefined> {
  const ids = (await db.leads.toCollection().primaryKeys()).sort();
  return ids.length ? ids[n % ids.length] : undefined;
}

const ignoreRefusal = (e: unknown) => {
  if (!(e instanceof StorageError)) throw e;
};

/** Apply one write; `t` is the write's clock. */
async function apply(db: LeadsDatabase, o: Op, t: number): Promise<void> {
  switch (o.kind) {
    case 'capture':
      await saveCapture(db, { kind: 'person', person: person(o.n, o.title) }, t);
      return;
    case 'import':
      await savePeople(
        db,
        o.rows.map((r) => person(r.n, r.title, r.email)),
        t,
      );
      return;
    case 'edit': {
      const id = await pick(db, o.lead);
      if (id) await updateLead(db, id, { title: o.title, tags: [o.tag] }, t);
      return;
    }
    case 'deal': {
      const id = await pick(db, o.lead);
      if (id)
        await updatePipeline(db, id, { dealValue: o.value, currency: o.currency, referredBy: o.referred ? 'Jan' : '', nextStep: o.next ? { text: 'Call', dueAt: t + DAY } : null }, t).catch(
          ignoreRefusal,
        );
      return;
    }
    case 'move': {
      const id = await pick(db, o.lead);
      if (id) await moveToStage(db, id, o.stage, { value: o.value, reason: 'Timing' }, t);
      return;
    }
    case 'reactivate': {
      const id = await pick(db, o.lead);
      if (id) await reactivateLead(db, id, t);
      return;
    }
    case 'undoMove': {
      const id = await pick(db, o.lead);
      const before = id ? await db.leads.get(id) : undefined;
      if (!id || !before) return;
      const moved = await moveToStage(db, id, o.stage, { value: 100 }, t);
      if (moved.ok) await undoStageChange(db, moved.changeId, before);
      return;
    }
    case 'touch': {
      const id = await pick(db, o.lead);
      if (id) await addActivity(db, { leadId: id, kind: o.touch, direction: o.inbound ? 'inbound' : 'outbound', at: t - o.hoursAgo * HOUR }, t);
      return;
    }
    case 'stepDone': {
      const id = await pick(db, o.lead);
      if (!id) return;
      const [sequence] = await listSequences(db);
      await enrolLeads(db, [id], sequence!.id, 'manual', t);
      const enrolment = (await db.enrolments.where('leadId').equals(id).toArray()).find((e) => e.status === 'active');
      if (enrolment) await addActivity(db, { leadId: id, kind: 'invite-sent', direction: 'outbound', at: t }, t, undefined, { enrolmentId: enrolment.id });
      return;
    }
    case 'bulkTag': {
      const ids = (await Promise.all(o.leads.map((n) => pick(db, n)))).filter((id): id is string => id !== undefined);
      await bulkTag(db, ids, o.tag, t);
      return;
    }
    case 'bulkStage': {
      const ids = (await Promise.all(o.leads.map((n) => pick(db, n)))).filter((id): id is string => id !== undefined);
      await bulkSetStage(db, ids, o.stage, t).catch(ignoreRefusal);
      return;
    }
    case 'delete': {
      const ids = (await Promise.all(o.leads.map((n) => pick(db, n)))).filter((id): id is string => id !== undefined);
      await bulkDelete(db, ids, t);
      if (o.undo) await undoDelete(db, t);
      return;
    }
    case 'label': {
      const id = await pick(db, o.lead);
      if (id) await setLabelByHand(db, id, o.label, t);
      return;
    }
    case 'rules':
      await saveRuleSet(db, { ...DEFAULT_RULESET, thresholds: { mql: Math.min(4, o.sql - 1), sql: o.sql } }, t);
      await runRescore(db, () => t, { pause: async () => undefined });
      return;
    case 'restore': {
      // A backup of now, then a change, then the backup comes back.
      const backup = await exportBackup(db, t);
      const id = await pick(db, o.drop);
      if (id) await bulkDelete(db, [id], t);
      await restoreBackup(db, backup, o.mode, t);
      return;
    }
    case 'demo':
      if (o.load) await loadDemo(db, t);
      else await removeDemo(db, t);
      return;
    case 'erase': {
      const id = await pick(db, o.lead);
      if (id) await eraseLead(db, id, t);
      return;
    }
    case 'forGood': {
      const id = await pick(db, o.lead);
      if (id) await deleteLeadsForGood(db, [id], t);
      return;
    }
    case 'pull': {
      // HubSpot moved the deal (through the stages passed, oldest first) and may have changed its amount: origin 'outside'.
      const id = await pick(db, o.lead);
      if (!id) return;
      const at = t - o.hoursAgo * HOUR;
      const logEnd = o.fresh ? ((await db.changes.orderBy(':id').last())?.seq ?? 0) : 0;
      const stageHistory = o.passed.map((value, i) => ({ value, at: at - (o.passed.length - i) * 60_000 }));
      await applyPull(
        db,
        freshSyncState('account', logEnd, t - DAY),
        { deals: [{ leadId: id, crmId: `deal-${id}`, pipelineId: 'p', stage: { value: o.stage, at }, amount: o.amount === undefined ? undefined : { value: o.amount, at }, stageHistory }], contacts: [], until: t },
        { mapping: { pipelineId: 'p', stages: Object.fromEntries(STAGES.map((s) => [s, s])) }, currency: 'USD', lostReason: 'Lost in HubSpot', now: t },
      );
      return;
    }
    case 'removeStage': {
      const pipeline = await getPipeline(db);
      if (pipeline.stages.some((s) => s.id === 'demo')) await savePipeline(db, { ...pipeline, stages: pipeline.stages.filter((s) => s.id !== 'demo') }, [{ from: 'demo', to: 'trial' }], t);
      return;
    }
  }
}

type Snapshot = Map<string, Map<string, Record<string, unknown>>>;

async function snapshot(db: LeadsDatabase): Promise<Snapshot> {
  const tables = await Promise.all(TRACKED_TABLES.map(async (name) => [name, new Map((await db.table(name).toArray()).map((r: Record<string, unknown>) => [r.id as string, r]))] as const));
  return new Map(tables);
}

/** What changed between two snapshots, as change-log entries would say it. */
function diff(before: Snapshot, after: Snapshot): string[] {
  const out: string[] = [];
  for (const table of TRACKED_TABLES) {
    const a = before.get(table)!;
    const b = after.get(table)!;
    for (const [key, record] of b) {
      const old = a.get(key);
      if (!old) out.push(`${table}/${key}/create`);
      else {
        const fields = changedFields(old, record);
        if (fields.length) out.push(`${table}/${key}/update/${fields.sort().join(',')}`);
      }
    }
    for (const key of a.keys()) if (!b.has(key)) out.push(`${table}/${key}/delete`);
  }
  return out.sort();
}

const describeEntry = (e: ChangeEntry) => `${e.table}/${e.key}/${e.kind}${e.kind === 'update' ? `/${[...(e.fields ?? [])].sort().join(',')}` : ''}`;

describe('the write layer', () => {
  it('keeps figures equal to a recount, and logs each changed record once, in commit order, whatever writes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 8 }), async (ops) => {
        const db = freshDb();
        let t = NOW;
        let lastSeq = 0;
        for (const o of ops) {
          // Hours apart, so writes fall on different days.
          t += 7 * HOUR;
          const before = await snapshot(db);
          await apply(db, o, t);
          const after = await snapshot(db);
          const entries = await db.changes.where(':id').above(lastSeq).toArray();
          // Commit order: numbered after everything before.
          for (const e of entries) expect(e.seq).toBeGreaterThan(lastSeq);
          lastSeq = entries.at(-1)?.seq ?? lastSeq;
          // The net change per record (a record put back as it was within one op, as a delete and its undo, cancels out).
          const net = new Map<string, ChangeEntry[]>();
          for (const e of entries) (net.get(`${e.table}/${e.key}`) ?? net.set(`${e.table}/${e.key}`, []).get(`${e.table}/${e.key}`)!).push(e);
          const logged = [...net.values()]
            .flatMap((list) => (list.length === 1 ? [describeEntry(list[0]!)] : []))
            .sort();
          const multi = [...net.entries()].filter(([, list]) => list.length > 1).map(([k]) => k);
          const changed = diff(before, after);
          // Every record changed by the op has its entry; records with several entries were written by several writes of the op (a delete then its undo).
          expect(logged).toEqual(changed.filter((c) => !multi.some((k) => c.startsWith(`${k}/`))));
          if (multi.length) expect(['delete', 'restore', 'undoMove', 'stepDone']).toContain(o.kind);
        }
        expect(await keptRows(db)).toEqual(await recomputedRows(db, t));
        expect((await readKeptMetrics(db)).stale).toBe(false);
        db.close();
      }),
      { numRuns: 25 },
    );
  }, 240_000);
});

describe('what a write holds', () => {
  /** The stores the IndexedDB transaction of a commit holds. */
  async function scopeOf(tables: string[], options: Parameters<typeof commit>[2]): Promise<string[]> {
    const db = freshDb();
    const stores = await commit(db, tables, options, async () => [...(Dexie.currentTransaction.idbtrans as unknown as IDBTransaction).objectStoreNames].sort());
    db.close();
    return stores;
  }

  it('holds only the tables the layer needs for what it writes (every store held is locked for the whole write)', async () => {
    // A touch or a lead: effects, crossings, the change log and the figures.
    expect(await scopeOf(['leads', 'jobs'], { origin: 'rep' })).toEqual(
      ['activities', 'changes', 'crossings', 'dailyFigures', 'enrolments', 'figures', 'jobs', 'leads', 'responseFigures', 'sequences', 'stageFigures'].sort(),
    );
    // A long write queues its figures instead of holding the tables pages read.
    expect(await scopeOf(['leads', 'companies', 'jobs'], { origin: 'extension', long: true, reads: ['companies'] })).toEqual(
      ['activities', 'changes', 'companies', 'crossings', 'enrolments', 'jobs', 'leads', 'pendingFigures', 'sequences'].sort(),
    );
    // Enrolments only (a lead read to check it exists): no figures, no touches.
    expect(await scopeOf(['leads', 'sequences', 'enrolments'], { origin: 'rep', reads: ['leads'] })).toEqual(['changes', 'enrolments', 'leads', 'sequences']);
  });
});
