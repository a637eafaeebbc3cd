import { advance, enrol, snooze, stop, type EnrolVia } from '../sequences/engine';
import { EnrolmentSchema, SequenceSchema, type Enrolment, type Sequence } from '../sequences/schema';
import type { LeadsDatabase } from './database';
import { StorageError, toStorageError } from './errors';
import { randomId, type NewId } from './save-capture';
import { commit } from './write/commit';

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

/** Move an enrolment on (done, skipped, snoozed or stopped), read and written in one transaction. */
export async function updateEnrolment(
  db: LeadsDatabase,
  enrolmentId: string,
  action: { kind: 'skip' } | { kind: 'snooze'; until: number } | { kind: 'stop' },
  now: number,
): Promise<Enrolment> {
  try {
    return await commit(db, [db.sequences.name, db.enrolments.name], { origin: 'rep', now }, async (w) => {
      const enrolment = await db.enrolments.get(enrolmentId);
      const sequence = enrolment && (await db.sequences.get(enrolment.sequenceId));
      if (!enrolment || !sequence) throw new StorageError('invalid');
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

/** Save a sequence (new or edited), validated by its schema. */
export async function saveSequence(db: LeadsDatabase, sequence: Sequence): Promise<Sequence> {
  const parsed = SequenceSchema.parse(sequence);
  await db.sequences.put(parsed);
  return parsed;
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

/** How many leads are active in each sequence (the editor asks before deleting a sequence that has some). */
export async function activeCounts(db: LeadsDatabase): Promise<Record<string, number>> {
  // One index count per sequence (a handful): never a walk over the active enrolments, which a
  // rescore adds to by the thousand while this live query runs again after each of its writes.
  const sequences = await db.sequences.toCollection().primaryKeys();
  const counts = await Promise.all(sequences.map((id) => db.enrolments.where('[sequenceId+status]').equals([id, 'active']).count()));
  return Object.fromEntries(sequences.flatMap((id, i) => (counts[i] ? [[id, counts[i]]] : [])));
}

/** Steps due before `until` (end of today for the badge), soonest first, from the dueAt index. */
export function dueEnrolments(db: LeadsDatabase, until: number, limit = 50): Promise<Enrolment[]> {
  return db.enrolments.where('dueAt').below(until).limit(limit).toArray();
}

export function countDue(db: LeadsDatabase, until: number): Promise<number> {
  return db.enrolments.where('dueAt').below(until).count();
}
