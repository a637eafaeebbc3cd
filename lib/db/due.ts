import type { Enrolment } from '../sequences/schema';
import type { LeadsDatabase } from './database';

/** Steps due before `until` (end of today for the badge), soonest first, from the dueAt index. */
export function dueEnrolments(db: LeadsDatabase, until: number, limit = 50): Promise<Enrolment[]> {
  return db.enrolments.where('dueAt').below(until).limit(limit).toArray();
}

export function countDue(db: LeadsDatabase, until: number): Promise<number> {
  return db.enrolments.where('dueAt').below(until).count();
}
