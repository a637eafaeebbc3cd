import type { PipelineSettings, StageChange } from '../pipeline/schema';
import { TOUCH_KINDS } from '../pipeline/touches';
import type { Lead } from '../schema/records';
import { dayNumber, kindsOf } from './daily-totals';
import type { DayRange } from './factors';

/**
 * The dashboard's figures that need more than the kept totals: the funnel,
 * rescued leads, referrals, data completeness, touches per won deal and the open
 * deals' ages for the cycle-age forecast. One pass over the stage history and one
 * over the leads, streamed (add one record at a time), so 100,000 leads never sit
 * in memory at once.
 */

type DashboardLead = Pick<
  Lead,
  'id' | 'stageId' | 'stageChangedAt' | 'createdAt' | 'dealValue' | 'currency' | 'reactivations' | 'referredBy' | 'email' | 'title' | 'companyName' | 'nextStep' | 'activitySummary'
>;

const OUTBOUND = new Set<string>(TOUCH_KINDS.filter(([, direction]) => direction === 'outbound').map(([kind]) => kind));
export const COMPLETENESS_FIELDS = ['email', 'title', 'company', 'dealValue', 'nextStep'] as const;
export type CompletenessField = (typeof COMPLETENESS_FIELDS)[number];

export type FunnelStep = { stageId: string; reached: number; lostHere: number; conversion: number | undefined };

export type DashboardFigures = {
  leads: number;
  funnel: FunnelStep[];
  /** The step (not the last) with the lowest share of leads going on. */
  worstStep: string | undefined;
  rescued: { count: number; progressed: number; won: number };
  referrals: { count: number; won: number; revenue: Record<string, number> };
  completeness: Record<CompletenessField, number>;
  /** Outbound touches per deal won in the window. */
  touchesPerWon: number | undefined;
  /** Open deals with a value in the rep's currency: value and age in days, for the cycle-age forecast. */
  openDeals: { value: number; ageDays: number }[];
};

export function dashboardAccumulator(pipeline: PipelineSettings, window: DayRange, now: number) {
  const kindOf = kindsOf(pipeline);
  // The funnel's order: the first stage, the open stages, then won (lost is where leads drop out, not a step).
  const steps = pipeline.stages.filter((s) => s.kind !== 'lost');
  const position = new Map(steps.map((s, i) => [s.id, i]));
  const furthest = new Map<string, number>();
  const reached = steps.map(() => 0);
  const lostHere = steps.map(() => 0);
  const complete: Record<CompletenessField, number> = { email: 0, title: 0, company: 0, dealValue: 0, nextStep: 0 };
  const rescued = { count: 0, progressed: 0, won: 0 };
  const referrals = { count: 0, won: 0, revenue: {} as Record<string, number> };
  const openDeals: { value: number; ageDays: number }[] = [];
  let leads = 0;
  let wonInWindow = 0;
  let touchesOfWon = 0;

  const reach = (leadId: string, stageId: string | undefined) => {
    const at = stageId === undefined ? undefined : position.get(stageId);
    if (at !== undefined && at > (furthest.get(leadId) ?? -1)) furthest.set(leadId, at);
  };

  return {
    /** Every stage-history entry (first). */
    addHistory(entry: Pick<StageChange, 'leadId' | 'fromStage' | 'toStage'>) {
      reach(entry.leadId, entry.fromStage);
      reach(entry.leadId, entry.toStage);
    },
    /** Every lead (after the history). */
    addLead(lead: DashboardLead) {
      leads += 1;
      const kind = kindOf(lead.stageId);
      reach(lead.id, lead.stageId);
      const at = Math.max(0, furthest.get(lead.id) ?? 0);
      for (let i = 0; i <= at; i++) reached[i]! += 1;
      if (kind === 'lost') lostHere[at]! += 1;
      if (lead.email) complete.email += 1;
      if (lead.title) complete.title += 1;
      if (lead.companyName) complete.company += 1;
      if (lead.dealValue !== undefined) complete.dealValue += 1;
      if (lead.nextStep?.text) complete.nextStep += 1;
      if (lead.reactivations > 0) {
        rescued.count += 1;
        if (kind === 'open' || kind === 'won') rescued.progressed += 1;
        if (kind === 'won') rescued.won += 1;
      }
      if (lead.referredBy) {
        referrals.count += 1;
        if (kind === 'won') {
          referrals.won += 1;
          const currency = lead.currency ?? pipeline.currency;
          referrals.revenue[currency] = Math.round(((referrals.revenue[currency] ?? 0) + (lead.dealValue ?? 0)) * 100) / 100;
        }
      }
      const closedDay = dayNumber(lead.stageChangedAt);
      if (kind === 'won' && closedDay >= window.from && closedDay <= window.to) {
        wonInWindow += 1;
        for (const [activity, times] of Object.entries(lead.activitySummary)) if (OUTBOUND.has(activity)) touchesOfWon += times?.length ?? 0;
      }
      if ((kind === 'new' || kind === 'open') && lead.dealValue !== undefined && (lead.currency ?? pipeline.currency) === pipeline.currency) {
        openDeals.push({ value: lead.dealValue, ageDays: Math.max(0, now - lead.createdAt) / 86_400_000 });
      }
    },
    result(): DashboardFigures {
      const funnel = steps.map((s, i) => ({
        stageId: s.id,
        reached: reached[i]!,
        lostHere: lostHere[i]!,
        conversion: i + 1 < steps.length && reached[i]! > 0 ? reached[i + 1]! / reached[i]! : undefined,
      }));
      const candidates = funnel.filter((f) => f.conversion !== undefined);
      const worst = candidates.reduce<FunnelStep | undefined>((w, f) => (w === undefined || f.conversion! < w.conversion! ? f : w), undefined);
      const share = (n: number) => (leads ? n / leads : 0);
      return {
        leads,
        funnel,
        worstStep: worst?.stageId,
        rescued,
        referrals,
        completeness: Object.fromEntries(COMPLETENESS_FIELDS.map((f) => [f, share(complete[f])])) as Record<CompletenessField, number>,
        touchesPerWon: wonInWindow ? touchesOfWon / wonInWindow : undefined,
        openDeals,
      };
    },
  };
}

/** Customer acquisition cost and lifetime value from the costs the rep entered; undefined when an input is missing. */
export function acquisitionCost(monthlySpend: number | undefined, windowDays: number, won: number): number | undefined {
  if (monthlySpend === undefined || won === 0) return undefined;
  return (monthlySpend * windowDays) / 30 / won;
}

export function lifetimeValue(
  averageDeal: number | undefined,
  costs: { marginPercent?: number; purchasesPerYear?: number; retentionYears?: number },
): number | undefined {
  if (averageDeal === undefined) return undefined;
  return averageDeal * ((costs.marginPercent ?? 100) / 100) * (costs.purchasesPerYear ?? 1) * (costs.retentionYears ?? 1);
}
