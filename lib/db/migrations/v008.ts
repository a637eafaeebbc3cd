import type { Transaction } from 'dexie';
import type { Row, SchemaVersion } from './types';

/**
 * v7 -> v8: each enrolment whose step still waits for its reminder (active, with a
 * due time no reminder was sent for) gets `remindAt`, its due time. Until now the
 * background read the 500 soonest steps by `dueAt` and skipped those already
 * reminded, so 500 reminded but open steps hid every other one; it now reads the
 * `remindAt` index, which holds only the reminders still to send.
 */
async function upgrade(tx: Transaction): Promise<void> {
  // Only those pending are written (version 7 never wrote `remindAt`).
  await tx
    .table('enrolments')
    .filter((enrolment: Row) => enrolment.status === 'active' && typeof enrolment.dueAt === 'number' && enrolment.remindedDueAt !== enrolment.dueAt)
    .modify((enrolment: Row) => {
      enrolment.remindAt = enrolment.dueAt;
    });
}

/** Version 8: enrolments indexed by `remindAt`, the due time of a reminder not yet sent. */
export const v008: SchemaVersion = {
  version: 8,
  stores: {
    enrolments: 'id, leadId, sequenceId, [leadId+sequenceId], status, dueAt, [sequenceId+status], remindAt',
  },
  upgrade,
};
