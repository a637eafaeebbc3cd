import { advance, enrol, firedTriggers, snooze, stop, type EnrolVia } from '../sequences/engine';
import { EnrolmentSchema, SequenceSchema, type Enrolment, type Sequence, type StopReason } from '../sequences/schema';
import type { Lead } from '../schema/records';
import type { LeadsDatabase } from './database';
import { StorageError, toStorageError } from './errors';
import { randomId, type NewId } from './save-capture';

/**
 * Sequences and enrolments in the database. Every write of a lead that can start
 * or end an enrolment (tags, stage, score label, a reply) calls `sequenceEffects`
 * inside its own transaction, so enrolments never lag behind the lead.
 */

/** The tables a write must include to apply sequence effects. */
export function sequenceTables(db: LeadsDatabase) {
  return [db.sequences, db.enrolments];
}

/** The sequences in use among all stored (deleted ones are kept for history), oldest first. */
export function inUse(all: readonly Sequence[]): Sequence[] {
  return all.filter((s) => s.deletedAt === undefined).sort((a, b) => a.createdAt - b.createdAt || a.name.localeCompare(b.name));
}

export async function listSequences(db: LeadsDatabase): Promise<Sequence[]> {
  return inUse(await db.sequences.toArray());
}

export function activeEnrolments(db: LeadsDatabase, leadId: string): Promise<Enrolment[]> {
  return db.enrolments
    .where('leadId')
    .equals(leadId)
    .filter((e) => e.status === 'active')
    .toArray();
}

/** End the lead's active enrolments for a reason (a reply, a won or lost deal, a manual stop). */
async function stopAll(db: LeadsDatabase, leadId: string, reason: StopReason, now: number): Promise<number> {
  const active = await activeEnrolments(db, leadId);
  await db.enrolments.bulkPut(active.map((e) => stop(e, reason, now)));
  return active.length;
}

/**
 * What a change of a lead does to its sequences: a reply, a won or a lost deal ends
 * its enrolments; a tag added, a stage entered or crossing into SQL enrols it in the
 * sequences with that trigger. Call inside the write's transaction (with `sequenceTables`).
 */
export async function sequenceEffects(
  db: LeadsDatabase,
  change: { before: Lead | undefined; after: Lead; stop?: StopReason },
  now: number,
  newId: NewId = randomId,
  /** The sequences in use, when a bulk write already read them (read here otherwise). */
  inUseNow?: readonly Sequence[],
): Promise<void> {
  if (change.stop) {
    await stopAll(db, change.after.id, change.stop, now);
    return;
  }
  const sequences = inUseNow ?? (await listSequences(db));
  const fired = firedTriggers(change.before, change.after, sequences);
  if (fired.length === 0) return;
  const byId = new Map(sequences.map((s) => [s.id, s]));
  const active = await activeEnrolments(db, change.after.id);
  for (const { sequenceId, via } of fired) {
    const sequence = byId.get(sequenceId);
    if (!sequence) continue;
    const result = enrol(change.after, sequence, active, now, via, newId());
    if (result.ok) {
      await db.enrolments.add(EnrolmentSchema.parse(result.enrolment));
      active.push(result.enrolment);
    }
  }
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
    return await db.transaction('rw', [db.leads, db.sequences, db.enrolments], async () => {
      const sequence = await db.sequences.get(sequenceId);
      if (!sequence) throw new StorageError('invalid');
      let enrolled = 0;
      for (const leadId of new Set(leadIds)) {
        const lead = await db.leads.get(leadId);
        if (!lead) continue;
        const existing = await db.enrolments.where('[leadId+sequenceId]').equals([leadId, sequenceId]).toArray();
        const result = enrol(lead, sequence, existing, now, via, newId());
        if (!result.ok) continue;
        await db.enrolments.add(EnrolmentSchema.parse(result.enrolment));
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
    return await db.transaction('rw', [db.sequences, db.enrolments], async () => {
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
      await db.enrolments.put(parsed);
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
    return await db.transaction('rw', [db.sequences, db.enrolments], async () => {
      const sequence = await db.sequences.get(sequenceId);
      if (!sequence) throw new StorageError('invalid');
      await db.sequences.put({ ...sequence, deletedAt: now, updatedAt: now });
      const active = await db.enrolments
        .where('sequenceId')
        .equals(sequenceId)
        .filter((e) => e.status === 'active')
        .toArray();
      await db.enrolments.bulkPut(active.map((e) => stop(e, 'sequence-deleted', now)));
      return { stopped: active.length };
    });
  } catch (error) {
    throw toStorageError(error);
  }
}

/** How many leads are active in each sequence (the editor asks before deleting a sequence that has some). */
export async function activeCounts(db: LeadsDatabase): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  await db.enrolments
    .where('status')
    .equals('active')
    .each((e) => {
      counts[e.sequenceId] = (counts[e.sequenceId] ?? 0) + 1;
    });
  return counts;
}

/** Steps due before `until` (end of today for the badge), soonest first, from the dueAt index. */
export function dueEnrolments(db: LeadsDatabase, until: number, limit = 50): Promise<Enrolment[]> {
  return db.enrolments.where('dueAt').below(until).limit(limit).toArray();
}

export function countDue(db: LeadsDatabase, until: number): Promise<number> {
  return db.enrolments.where('dueAt').below(until).count();
}
