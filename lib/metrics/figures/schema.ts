import { z } from 'zod';
import { epochMs } from '../../schema/text';

/**
 * The kept figures: small rows, out of `settings`, kept by the write layer
 * (lib/db/write) in step with every write of a lead or a touch. Each row holds
 * sums over leads keyed by what the leads hold themselves (stage ids, currency
 * codes, local days), never by a setting: which stages are won or lost, their
 * order, the rep's currency and business hours are applied when the figures are
 * read (read.ts), so changing a setting needs no recount.
 */

/** Bumped when the rows' shape or meaning changes: figures of another version are rebuilt. */
export const FIGURES_VERSION = 1;

/** The time zone local days are counted in here. */
export const currentTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'UTC';

/** Whether kept totals can be added to and read here: this version, counted in this time zone. */
export function figuresUsable(totals: TotalsFigures): boolean {
  return totals.version === FIGURES_VERSION && (totals.zone ?? currentTimeZone()) === currentTimeZone();
}

const count = z.number().int();
const amount = z.number().finite();
// Sums that reach zero are dropped from a row, so every figure below may be absent: absent is zero.
/** Sums per currency code ('' for deals that name none: the rep's currency when read). */
const money = z.record(z.string(), amount);
const counts = z.record(z.string(), count);

/** Leads and deal value now in one stage. */
export const StageFiguresSchema = z.object({ stageId: z.string().max(40), n: count, v: money.optional() });
export type StageFigures = z.infer<typeof StageFiguresSchema>;

/** Leads whose last stage change fell on a day, by the stage they are in: won and lost deals are read from these. */
const SettledSchema = z.object({
  n: count.optional(),
  /** Deal values and how many had one, per currency. */
  v: money.optional(),
  c: counts.optional(),
  /** Sum of cycle lengths in minutes (creation to that change), and how many in each whole number of days. */
  cycle: amount.optional(),
  cd: counts.optional(),
  /** The rep's outbound touches on those leads (touches per won deal). */
  touches: count.optional(),
});

/** Open deal values by creation day: the sum, the sum of value × the minute of the day it was created, and how many. */
const OpenValueSchema = z.object({ v: amount.optional(), f: amount.optional(), n: count.optional() });

/** One local calendar day (days since 1970-01-01 in the rep's calendar). */
export const DayFiguresSchema = z.object({
  day: z.number().int(),
  /** Leads created that day, by the stage they are in now. */
  created: counts.optional(),
  /** Deal values of the leads created that day, by stage now and currency (cycle-age forecast). */
  open: z.record(z.string(), z.record(z.string(), OpenValueSchema)).optional(),
  settled: z.record(z.string(), SettledSchema).optional(),
});
export type DayFigures = z.infer<typeof DayFiguresSchema>;

/** Response-time measures that started on a day (lib/metrics/response-times.ts), as counters and histograms. */
const MeasureFiguresSchema = z.object({
  /** Measures started (rate measures) and answered. */
  n: count.optional(),
  a: count.optional(),
  /** Histograms of answered durations (histogram.ts buckets): wall clock, and business hours only. */
  h: counts.optional(),
  b: counts.optional(),
});
export const ResponseFiguresSchema = z.object({ day: z.number().int(), m: z.record(z.string(), MeasureFiguresSchema) });
export type ResponseFigures = z.infer<typeof ResponseFiguresSchema>;

export const COMPLETENESS_FIELDS = ['email', 'title', 'company', 'dealValue', 'nextStep'] as const;
export type CompletenessField = (typeof COMPLETENESS_FIELDS)[number];

/** Figures over every lead, one row. */
export const TotalsFiguresSchema = z.object({
  key: z.literal('totals'),
  version: z.literal(FIGURES_VERSION),
  /** The time zone the day rows were counted in: a day is a local calendar day, so another zone means counting again. */
  zone: z.string().max(80).optional(),
  leads: count,
  /** Leads with each field filled in. */
  complete: z.partialRecord(z.enum(COMPLETENESS_FIELDS), count).optional(),
  /** Reactivated leads by the stage they are in now. */
  rescued: counts.optional(),
  /** Referred leads by stage now, with their deal values. */
  referred: z.record(z.string(), z.object({ n: count, v: money.optional() })).optional(),
  /** The funnel: leads by path (the stages a lead has been in, and the one it is in, as JSON). */
  paths: counts.optional(),
  updatedAt: epochMs,
});
export type TotalsFigures = z.infer<typeof TotalsFiguresSchema>;

