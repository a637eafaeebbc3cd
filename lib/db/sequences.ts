import { advance, currentStep, enrol, rebase, settle, snooze, stop, type EnrolVia } from '../sequences/engine';
import { markReminded, reminderPending, withRemindAt } from '../sequences/reminders';
import { EnrolmentSchema, SequenceSchema, type Enrolment, type Sequence } from '../sequences/schema';
import type { LeadsDatabase } from './database';
import { StorageError, toStorageError } from './errors';
import { randomId, type NewId } from './save-capture';
import { commit, type Writer } from './write/commit';

/**
 * Sequences and enrolments in the database. What a lead's change does to its
 * enrolments (a reply, won or lost ends them; triggers enrol) is the write
 * layer's (lib/db/write/effects.ts): nothing here has to remember it.
 */

/** The sequences in use among all stored (deleted ones are kept for history), oldest first. */
export function inUse(all: readonly Sequence[]): Sequence[] {
  return all.filter((s) => s.deletedAt === undefined).sort((a, b) => a.createdAt - b.createdAt || a.name.localeCompare(b.name));
}

export async function listSequences(db: LeadsDatabase): Promise<Sequence[]> {
  return inUse(await db.sequences.toArray());
}

/** Enrol leads in a sequence by hand or in bulk. A lead already in it is skipped, never doubled. */
export async function enrolLeads(
  db: LeadsDatabase,
  leadIds: readonly string[],
  sequenceId: string,
  via: Extract<EnrolVia, 'manual' | 'bulk'>,
  now: number,
  newId: NewId = randomId,
): Promise<{ enrolled: number; skipped: number }> {
  try {
    return await commit(db, [db.leads.name, db.sequences.name, db.enrolments.name], { origin: 'rep', now, newId, reads: [db.leads.name] }, async (w) => {
      const sequence = await db.sequences.get(sequenceId);
      if (!sequence) throw new StorageError('invalid');
      let enrolled = 0;
      for (const leadId of new Set(leadIds)) {
        const lead = await db.leads.get(leadId);
        if (!lead) continue;
        const existing = await db.enrolments.where('[leadId+sequenceId]').equals([leadId, sequenceId]).toArray();
        const result = enrol(lead, sequence, existing, now, via, newId());
        if (!result.ok) continue;
        await w.add('enrolments', EnrolmentSchema.parse(result.enrolment));
        enrolled += 1;
      }
      return { enrolled, skipped: leadIds.length - enrolled };
    });
  } catch (error) {
    throw toStorageError(error);
  }
}

/**
 * Move an enrolment on (skipped, snoozed or stopped), read and written in one transaction.
 * `stepId`: the step the rep acted on (a step card). A card can be out of date (Skip clicked
 * twice, the card open in two windows): once the enrolment no longer waits on that step the
 * action is not applied, so it never lands on the next step.
 */
export async function updateEnrolment(
  db: LeadsDatabase,
  enrolmentId: string,
  action: { kind: 'skip'; stepId?: string } | { kind: 'snooze'; until: number; stepId?: string } | { kind: 'stop' },
  now: number,
): Promise<Enrolment> {
  try {
    return await commit(db, [db.sequences.name, db.enrolments.name], { origin: 'rep', now }, async (w) => {
      const enrolment = await db.enrolments.get(enrolmentId);
      const sequence = enrolment && (await db.sequences.get(enrolment.sequenceId));
      if (!enrolment || !sequence) throw new StorageError('invalid');
      if (action.kind !== 'stop' && action.stepId !== undefined && currentStep(enrolment, sequence)?.id !== action.stepId) return enrolment;
      const next =
        action.kind === 'skip'
          ? advance(enrolment, sequence, 'skipped', now)
          : action.kind === 'snooze'
            ? snooze(enrolment, action.until, now)
            : stop(enrolment, 'manual', now);
      const parsed = EnrolmentSchema.parse(next);
      await w.put('enrolments', parsed);
      return parsed;
    });
  } catch (error) {
    throw toStorageError(error);
  }
}

/**
 * Save a sequence (new or edited), validated by its schema. The leads active in an
 * edited one move with it (`rebase`): each waits on the first step it has not been
 * through, and one with no step left completes, in the same transaction.
 */
export async function saveSequence(db: LeadsDatabase, sequence: Sequence): Promise<Sequence> {
  const parsed = SequenceSchema.parse(sequence);
  const now = parsed.updatedAt;
  try {
    return await commit(db, [db.sequences.name, db.enrolments.name], { origin: 'rep', now }, async (w) => {
      const before = await db.sequences.get(parsed.id);
      await db.sequences.put(parsed);
      if (!before) return parsed;
      const active = await db.enrolments.where('[sequenceId+status]').equals([parsed.id, 'active']).toArray();
      const changed = active.map((e) => rebase(e, before, parsed, now)).filter((e, i) => e !== active[i]);
      if (changed.length) await w.put('enrolments', changed.map((e) => EnrolmentSchema.parse(e)), { before: new Map(active.map((e) => [e.id, e])) });
      return parsed;
    });
  } catch (error) {
    throw toStorageError(error);
  }
}

/**
 * Delete a sequence: it is kept, marked deleted, so enrolment history still names
 * it; its active enrolments end with the reason "sequence deleted".
 */
export async function deleteSequence(db: LeadsDatabase, sequenceId: string, now: number): Promise<{ stopped: number }> {
  try {
    return await commit(db, [db.sequences.name, db.enrolments.name], { origin: 'rep', now }, async (w) => {
      const sequence = await db.sequences.get(sequenceId);
      if (!sequence) throw new StorageError('invalid');
      await db.sequences.put({ ...sequence, deletedAt: now, updatedAt: now });
      const active = await db.enrolments
        .where('sequenceId')
        .equals(sequenceId)
        .filter((e) => e.status === 'active')
        .toArray();
      await w.put('enrolments', active.map((e) => stop(e, 'sequence-deleted', now)));
      return { stopped: active.length };
    });
  } catch (error) {
    throw toStorageError(error);
  }
}

/**
 * Inside a write that put enrolments back as a file had them (a backup restored): each
 * active one meets its sequence as now stored (`settle`): it ends when the sequence is
 * gone or deleted, and moves on (or completes) when the step it waited on is not there.
 */
export async function settleActiveEnrolments(db: LeadsDatabase, w: Writer, now: number): Promise<number> {
  const sequences = new Map((await db.sequences.toArray()).map((s) => [s.id, s]));
  const active = await db.enrolments.where('status').equals('active').toArray();
  const changed = active.map((e) => settle(e, sequences.get(e.sequenceId), now)).filter((e, i) => e !== active[i]);
  if (changed.length) await w.put('enrolments', changed, { before: new Map(active.map((e) => [e.id, e])) });
  return changed.length;
}

/**
 * Once, after an update: enrolments an earlier version left on a step the rep had since
 * removed from its sequence (it saved sequences without moving their leads) wait for ever
 * with no step to show. Each active one meets its sequence as stored now. How many moved.
 */
export async function settleEnrolments(db: LeadsDatabase, now: number): Promise<number> {
  try {
    return await commit(db, [db.sequences.name, db.enrolments.name], { origin: 'extension', now }, (w) => settleActiveEnrolments(db, w, now));
  } catch (error) {
    throw toStorageError(error);
  }
}

/** How many leads are active in each sequence (the editor asks before deleting a sequence that has some). */
export async function activeCounts(db: LeadsDatabase): Promise<Record<string, number>> {
  // One index count per sequence (a handful): never a walk over the active enrolments, which a
  // rescore adds to by the thousand while this live query runs again after each of its writes.
  const sequences = await db.sequences.toCollection().primaryKeys();
  const counts = await Promise.all(sequences.map((id) => db.enrolments.where('[sequenceId+status]').equals([id, 'active']).count()));
  return Object.fromEntries(sequences.flatMap((id, i) => (counts[i] ? [[id, counts[i]]] : [])));
}

// Read-only, in a module of their own so the pages that only read them (the dashboard) load no write code.
export { countDue, dueEnrolments } from './due';

/** Reminders are marked this many at a time: memory holds one page whatever the number due. */
export const REMINDER_PAGE = 500;

/** From the `remindAt` index (reminders not yet sent): whether one is due by `now`, and the soonest after it. */
export async function pendingReminders(db: LeadsDatabase, now: number): Promise<{ pending: boolean; nextDueAt: number | undefined }> {
  const [due, next] = await Promise.all([
    db.enrolments.where('remindAt').belowOrEqual(now).limit(1).primaryKeys(),
    db.enrolments.where('remindAt').above(now).limit(1).keys(),
  ]);
  const nextDueAt = next[0];
  return { pending: due.length > 0, nextDueAt: typeof nextDueAt === 'number' ? nextDueAt : undefined };
}

/**
 * Mark every step due by `now` whose reminder is still to be sent as reminded, a page
 * at a time from the `remindAt` index, oldest due first. Each page is read again and
 * marked in one transaction, so two checks racing remind once. A marked step leaves
 * the index (the write layer keeps it), so each page starts again at the index's
 * head: steps reminded earlier and still open are not in it and never stand in the
 * way, however many there are. Returns how many were marked and the first `keep`
 * of them (for the notification's names).
 */
export async function markDueReminded(
  db: LeadsDatabase,
  now: number,
  { page = REMINDER_PAGE, keep = 3 }: { page?: number; keep?: number } = {},
): Promise<{ count: number; first: Enrolment[] }> {
  let count = 0;
  const first: Enrolment[] = [];
  let head: string | undefined;
  for (;;) {
    const ids = await db.enrolments.where('remindAt').belowOrEqual(now).limit(page).primaryKeys();
    // Every page leaves the index; meeting the same head again would mean no progress: stop rather than spin.
    if (ids.length === 0 || ids[0] === head) break;
    head = ids[0];
    const marked = await commit(db, [db.enrolments.name], { origin: 'extension', now }, async (w) => {
      const fresh = (await db.enrolments.bulkGet(ids)).filter((e): e is Enrolment => e !== undefined);
      const due = fresh.filter((e) => reminderPending(e) && e.dueAt !== undefined && e.dueAt <= now);
      // The due ones marked; any other (changed since the page was read) re-indexed as it is now.
      const next = fresh.map((e) => (due.includes(e) ? markReminded(e) : withRemindAt(e)));
      const changed = next.filter((e, i) => e !== fresh[i]);
      await w.put('enrolments', changed, { before: new Map(fresh.map((e) => [e.id, e])) });
      return due;
    });
    count += marked.length;
    first.push(...marked.slice(0, Math.max(0, keep - first.length)));
    if (ids.length < page) break;
  }
  return { count, first };
}
