import { z } from 'zod';
import type { Lead } from '../schema/records';

/**
 * Keeping personal data no longer than needed (GDPR, storage limitation): when the
 * rep turns retention on, leads with no touch for that many months are listed for
 * review, and erased (or deleted) only once the rep confirms. Off by default.
 */

export const MAX_RETENTION_MONTHS = 120;

export const RetentionSchema = z.object({
  enabled: z.boolean(),
  /** Whole calendar months without a touch. */
  months: z.number().int().min(1).max(MAX_RETENTION_MONTHS),
});
export type Retention = z.infer<typeof RetentionSchema>;

export const DEFAULT_RETENTION: Retention = { enabled: false, months: 24 };

/** The local time `months` calendar months before `now` (31 March less one month is the last day of February). */
export function retentionCutoff(now: number, months: number): number {
  const d = new Date(now);
  const target = new Date(d.getFullYear(), d.getMonth() - months, 1, d.getHours(), d.getMinutes(), d.getSeconds(), d.getMilliseconds());
  const lastDay = new Date(target.getFullYear(), target.getMonth() + 1, 0).getDate();
  target.setDate(Math.min(d.getDate(), lastDay));
  return target.getTime();
}

/** When anything last happened with the lead: saved or captured again, a touch, a stage change. */
export function lastTouchOf(lead: Pick<Lead, 'createdAt' | 'capturedAt' | 'lastTouchAt' | 'stageChangedAt'>): number {
  return Math.max(lead.createdAt, lead.capturedAt ?? 0, lead.lastTouchAt ?? 0, lead.stageChangedAt);
}

/** A lead to review: not erased yet, and untouched since the cutoff. */
export function isDueForReview(lead: Pick<Lead, 'createdAt' | 'capturedAt' | 'lastTouchAt' | 'stageChangedAt' | 'erasedAt'>, cutoff: number): boolean {
  return lead.erasedAt === undefined && lastTouchOf(lead) < cutoff;
}
