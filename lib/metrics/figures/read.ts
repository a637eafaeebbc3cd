import type { PipelineSettings } from '../../pipeline/schema';
import { followMoves } from '../../pipeline/follow-moves';
import type { PipelineStats } from '../../pipeline/stats-schema';
import { dayNumber, kindsOf, type DailyTotals, type DayTotals } from '../daily-totals';
import type { DayRange } from '../factors';
import { assemble, type MeasureKey, type Rate, type ResponseTimes } from '../response-times';
import { WORKING_DAY } from '../working-day';
import { summarizeHistogram, type Histogram } from './histogram';
import { parsePathKey } from './contributions';
import { COMPLETENESS_FIELDS, type CompletenessField, type DayFigures, type ResponseFigures, type StageFigures, type TotalsFigures } from './schema';

/**
 * The kept figures read with the settings in force: which stages are won or
 * lost, their order, the rep's currency, business hours. Nothing here reads a
 * lead: these are what the popup, dashboard and options page show.
 */

/** Leads and value per stage (the shape pipelineValue reads). */
export function stageStats(rows: readonly StageFigures[]): PipelineStats {
  return Object.fromEntries(rows.map((row) => [row.stageId, { count: row.n, values: { ...row.v } }]));
}

const add = (record: Record<string, number>, key: string, by: number) => {
  const next = Math.round(((record[key] ?? 0) + by) * 10_000) / 10_000;
  if (next === 0) delete record[key];
  else record[key] = next;
};

/** The per-day totals velocity is computed from (lib/metrics/daily-totals.ts), for the stage kinds in force. */
export function dailyTotals(rows: readonly DayFigures[], pipeline: PipelineSettings): DailyTotals {
  const kindOf = kindsOf(pipeline);
  const days: DailyTotals = {};
  for (const row of rows) {
    const day: DayTotals = {};
    const wonValue: Record<string, number> = {};
    const wonCount: Record<string, number> = {};
    const cycleDays: Record<string, number> = {};
    for (const [stageId, n] of Object.entries(row.created ?? {})) {
      day.entered = (day.entered ?? 0) + n;
      if (kindOf(stageId) !== 'new') day.qualified = (day.qualified ?? 0) + n;
    }
    for (const [stageId, settled] of Object.entries(row.settled ?? {})) {
      const kind = kindOf(stageId);
      if (kind === 'lost') day.lost = (day.lost ?? 0) + (settled.n ?? 0);
      if (kind !== 'won') continue;
      day.won = (day.won ?? 0) + (settled.n ?? 0);
      day.cycleSum = Math.round(((day.cycleSum ?? 0) + (settled.cycle ?? 0) / 1_440) * 1e6) / 1e6;
      for (const [c, v] of Object.entries(settled.v ?? {})) add(wonValue, c, v);
      for (const [c, n] of Object.entries(settled.c ?? {})) add(wonCount, c, n);
      for (const [d, n] of Object.entries(settled.cd ?? {})) add(cycleDays, d, n);
    }
    if (Object.keys(wonValue).length) day.wonValue = wonValue;
    if (Object.keys(wonCount).length) day.wonCount = wonCount;
    if (Object.keys(cycleDays).length) day.cycleDays = cycleDays;
    const cleaned = Object.fromEntries(Object.entries(day).filter(([, v]) => v !== undefined && v !== 0)) as DayTotals;
    if (Object.keys(cleaned).length) days[row.day] = cleaned;
  }
  return days;
}

/** Whether the rows agree with each other: every lead counted once by stage, once by its creation day, once in the totals. */
export function figuresAgree(totals: TotalsFigures, stages: readonly StageFigures[], days: readonly DayFigures[]): boolean {
  const byStage = stages.reduce((s, r) => s + r.n, 0);
  let created = 0;
  let settled = 0;
  for (const row of days) {
    for (const n of Object.values(row.created ?? {})) created += n;
    for (const s of Object.values(row.settled ?? {})) settled += s.n ?? 0;
  }
  return totals.leads >= 0 && byStage === totals.leads && created === totals.leads && settled === totals.leads;
}

export type FunnelStep = { stageId: string; reached: number; lostHere: number; conversion: number | undefined };

export type DashboardFigures = {
  leads: number;
  funnel: FunnelStep[];
  /** The step (not the last) with the lowest share of leads going on. */
  worstStep: string | undefined;
  rescued: { count: number; progressed: number; won: number };
  referrals: { count: number; won: number; revenue: Record<string, number> };
  completeness: Record<CompletenessField, number>;
  /** Outbound touches up to the win per deal won in the window. */
  touchesPerWon: number | undefined;
  /** Open deals in the rep's currency by creation day: value and mean age in days, for the cycle-age forecast. */
  openDeals: { value: number; ageDays: number }[];
  /** How many open deals those are. */
  openDealCount: number;
};

/** Local midnight of a day number. */
function dayStart(day: number): number {
  const d = new Date(day * 86_400_000);
  return new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()).getTime();
}

export function dashboardFigures(totals: TotalsFigures, days: readonly DayFigures[], pipeline: PipelineSettings, window: DayRange, now: number): DashboardFigures {
  const kindOf = kindsOf(pipeline);
  // The funnel's order: the first stage, the open stages, then won (lost is where leads drop out, not a step).
  const steps = pipeline.stages.filter((s) => s.kind !== 'lost');
  const position = new Map(steps.map((s, i) => [s.id, i]));
  // A removed stage counts where its leads went (the pipeline remembers it): a lost deal that reached it is not "lost at New".
  const removedMoves = Object.entries(pipeline.removed ?? {}).map(([from, to]) => ({ from, to }));
  const positionOf = (stageId: string) => position.get(stageId) ?? position.get(followMoves(removedMoves, stageId)) ?? 0;
  const reached = steps.map(() => 0);
  const lostHere = steps.map(() => 0);
  // Open leads (in the first or an open stage) too: a next step is asked of them only.
  let openLeads = 0;
  for (const [key, n] of Object.entries(totals.paths ?? {})) {
    const path = parsePathKey(key);
    if (!path) continue;
    let furthest = 0;
    for (const stageId of path.reached) furthest = Math.max(furthest, positionOf(stageId));
    for (let i = 0; i <= furthest; i++) reached[i]! += n;
    const kind = kindOf(path.stageId);
    if (kind === 'lost') lostHere[furthest]! += n;
    if (kind === 'new' || kind === 'open') openLeads += n;
  }
  const funnel = steps.map((s, i) => ({
    stageId: s.id,
    reached: reached[i]!,
    lostHere: lostHere[i]!,
    conversion: i + 1 < steps.length && reached[i]! > 0 ? reached[i + 1]! / reached[i]! : undefined,
  }));
  const worst = funnel.filter((f) => f.conversion !== undefined).reduce<FunnelStep | undefined>((w, f) => (w === undefined || f.conversion! < w.conversion! ? f : w), undefined);

  const rescued = { count: 0, progressed: 0, won: 0 };
  for (const [stageId, n] of Object.entries(totals.rescued ?? {})) {
    const kind = kindOf(stageId);
    rescued.count += n;
    if (kind === 'open' || kind === 'won') rescued.progressed += n;
    if (kind === 'won') rescued.won += n;
  }
  const referrals = { count: 0, won: 0, revenue: {} as Record<string, number> };
  for (const [stageId, r] of Object.entries(totals.referred ?? {})) {
    referrals.count += r.n;
    if (kindOf(stageId) !== 'won') continue;
    referrals.won += r.n;
    for (const [c, v] of Object.entries(r.v ?? {})) add(referrals.revenue, c || pipeline.currency, v);
  }

  let wonInWindow = 0;
  let touches = 0;
  const openDeals: { value: number; ageDays: number }[] = [];
  let openDealCount = 0;
  for (const row of days) {
    if (row.day >= window.from && row.day <= window.to) {
      for (const [stageId, s] of Object.entries(row.settled ?? {})) {
        if (kindOf(stageId) !== 'won') continue;
        wonInWindow += s.n ?? 0;
        touches += s.touches ?? 0;
      }
    }
    let value = 0;
    let weightedTime = 0;
    for (const [stageId, byCurrency] of Object.entries(row.open ?? {})) {
      const kind = kindOf(stageId);
      if (kind !== 'new' && kind !== 'open') continue;
      for (const [c, o] of Object.entries(byCurrency)) {
        if ((c || pipeline.currency) !== pipeline.currency) continue;
        value += o.v ?? 0;
        weightedTime += o.f ?? 0;
        openDealCount += o.n ?? 0;
      }
    }
    // The value-weighted mean age of the day's deals (exact for the cycle-age forecast, which is linear in age below the cap).
    if (value > 0) openDeals.push({ value, ageDays: Math.max(0, (now - dayStart(row.day)) / 86_400_000 - weightedTime / value / 1_440) });
  }
  const share = (n: number) => (totals.leads ? n / totals.leads : 0);
  // A next step is asked of open leads only: a won or lost deal has none to take, so it is no gap.
  let withNext = 0;
  let openWithNext = 0;
  for (const [stageId, n] of Object.entries(totals.next ?? {})) {
    const kind = kindOf(stageId);
    withNext += n;
    if (kind === 'new' || kind === 'open') openWithNext += n;
  }
  const shareOf = (f: CompletenessField) => (f !== 'nextStep' ? share(totals.complete?.[f] ?? 0) : openLeads ? openWithNext / openLeads : share(withNext));
  return {
    leads: totals.leads,
    funnel,
    worstStep: worst?.stageId,
    rescued,
    referrals,
    completeness: Object.fromEntries(COMPLETENESS_FIELDS.map((f) => [f, shareOf(f)])) as Record<CompletenessField, number>,
    touchesPerWon: wonInWindow ? touches / wonInWindow : undefined,
    openDeals,
    openDealCount,
  };
}

/** The last `days` local days up to the one holding `now`. */
export function periodDays(now: number, days: number): DayRange {
  const today = dayNumber(now);
  return { from: today - days + 1, to: today };
}

/** Response times over whole days (the rows of those days), wall clock or business hours. */
export function responseFromFigures(rows: readonly ResponseFigures[], businessHours: boolean): ResponseTimes {
  const merged = new Map<MeasureKey, { n: number; a: number; h: Histogram }>();
  for (const row of rows) {
    for (const [key, m] of Object.entries(row.m)) {
      let entry = merged.get(key);
      if (!entry) merged.set(key, (entry = { n: 0, a: 0, h: {} }));
      entry.n += m.n ?? 0;
      entry.a += m.a ?? 0;
      for (const [bucket, count] of Object.entries((businessHours ? m.b : m.h) ?? {})) entry.h[bucket] = (entry.h[bucket] ?? 0) + count;
    }
  }
  const rateOf = (key: MeasureKey): Rate => {
    const entry = merged.get(key);
    if (!entry) return { answered: 0, total: 0, times: { count: 0 } };
    const times = summarizeHistogram(entry.h, businessHours ? WORKING_DAY : undefined);
    // Duration measures (speed, rep reply) exist only once answered: their count is the histogram's.
    return key === 'speed' || key === 'rep' ? { answered: times.count, total: times.count, times } : { answered: entry.a, total: entry.n, times };
  };
  return assemble(rateOf, [...merged.keys()]);
}
