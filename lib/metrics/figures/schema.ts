// Zod's small build: the popup parses these rows before it draws (see lib/metrics/figures/kept.ts).
import * as z from 'zod/mini';
import { epochMsMini as epochMs } from '../../schema/epoch';

/**
 * The kept figures: small rows, out of `settings`, kept by the write layer
 * (lib/db/write) in step with every write of a lead or a touch. Each row holds
 * sums over leads keyed by what the leads hold themselves (stage ids, currency
 * codes, local days), never by a setting: which stages are won or lost, their
 * order, the rep's currency and business hours are applied when the figures are
 * read (read.ts), so changing a setting needs no recount.
 */

/** Bumped when the rows' shape or meaning changes: figures of another version are rebuilt. */
export const FIGURES_VERSION = 2;

/** The time zone local days are counted in here. */
export const currentTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'UTC';

/** Whether kept totals can be added to and read here: this version, counted in this time zone. */
export function figuresUsable(totals: TotalsFigures): boolean {
  return totals.version === FIGURES_VERSION && (totals.zone ?? currentTimeZone()) === currentTimeZone();
}

const count = z.int();
const amount = z.number();
// Sums that reach zero are dropped from a row, so every figure below may be absent: absent is zero.
/** Sums per currency code ('' for deals that name none: the rep's currency when read). */
const money = z.record(z.string(), amount);
const counts = z.record(z.string(), count);

/** Leads and deal value now in one stage. */
export const StageFiguresSchema = z.object({ stageId: z.string().check(z.maxLength(40)), n: count, v: z.optional(money) });
export type StageFigures = z.infer<typeof StageFiguresSchema>;

/** Leads whose last stage change fell on a day, by the stage they are in: won and lost deals are read from these. */
const SettledSchema = z.object({
  n: z.optional(count),
  /** Deal values and how many had one, per currency. */
  v: z.optional(money),
  c: z.optional(counts),
  /** Sum of cycle lengths in minutes (creation to that change), and how many in each whole number of days (cycleWholeDays: calendar days, a part day counting as one). */
  cycle: z.optional(amount),
  cd: z.optional(counts),
  /** The rep's outbound touches on those leads up to that change (touches per won deal: those before the win). */
  touches: z.optional(count),
});

/** Open deal values by creation day: the sum, the sum of value × the minute of the day it was created, and how many. */
const OpenValueSchema = z.object({ v: z.optional(amount), f: z.optional(amount), n: z.optional(count) });

/** One local calendar day (days since 1970-01-01 in the rep's calendar). */
export const DayFiguresSchema = z.object({
  day: z.int(),
  /** Leads created that day, by the stage they are in now. */
  created: z.optional(counts),
  /** Deal values of the leads created that day, by stage now and currency (cycle-age forecast). */
  open: z.optional(z.record(z.string(), z.record(z.string(), OpenValueSchema))),
  settled: z.optional(z.record(z.string(), SettledSchema)),
});
export type DayFigures = z.infer<typeof DayFiguresSchema>;

/** Response-time measures that started on a day (lib/metrics/response-times.ts), as counters and histograms. */
const MeasureFiguresSchema = z.object({
  /** Measures started (rate measures) and answered. */
  n: z.optional(count),
  a: z.optional(count),
  /** Histograms of answered durations (histogram.ts buckets): wall clock, and business hours only. */
  h: z.optional(counts),
  b: z.optional(counts),
});
export const ResponseFiguresSchema = z.object({ day: z.int(), m: z.record(z.string(), MeasureFiguresSchema) });
export type ResponseFigures = z.infer<typeof ResponseFiguresSchema>;

export const COMPLETENESS_FIELDS = ['email', 'title', 'company', 'dealValue', 'nextStep'] as const;
export type CompletenessField = (typeof COMPLETENESS_FIELDS)[number];

/** Figures over every lead, one row. */
export const TotalsFiguresSchema = z.object({
  key: z.literal('totals'),
  version: z.literal(FIGURES_VERSION),
  /** The time zone the day rows were counted in: a day is a local calendar day, so another zone means counting again. */
  zone: z.optional(z.string().check(z.maxLength(80))),
  leads: count,
  /** Leads with each field filled in (the next step is kept by stage: `next`). */
  complete: z.optional(z.partialRecord(z.enum(COMPLETENESS_FIELDS), count)),
  /** Leads with a next step, by the stage they are in now (a next step is asked of open leads only). */
  next: z.optional(counts),
  /** Reactivated leads by the stage they are in now. */
  rescued: z.optional(counts),
  /** Referred leads by stage now, with their deal values. */
  referred: z.optional(z.record(z.string(), z.object({ n: count, v: z.optional(money) }))),
  /** The funnel: leads by path (the stages a lead has been in, and the one it is in, as JSON). */
  paths: z.optional(counts),
  updatedAt: epochMs,
});
export type TotalsFigures = z.infer<typeof TotalsFiguresSchema>;

