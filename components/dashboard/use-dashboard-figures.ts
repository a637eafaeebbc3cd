import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { countDue } from '@/lib/db/due';
import { dashboardFigures, type DashboardFigures } from '@/lib/metrics/figures/read';
import type { DayRange } from '@/lib/metrics/factors';
import { endOfDay, startOfDay } from '@/lib/calendar';
import { useDb } from '../db-context';
import type { Kept } from '../velocity/use-kept-metrics';

export type FollowUps = { dueToday: number; overdue: number };

/**
 * The dashboard's figures beyond velocity (funnel, rescued leads, referrals,
 * completeness, touches per won deal, open deals by age), from the same kept
 * rows the popup reads: no lead, stage change or touch is walked, so opening it
 * costs the same at 100,000 leads as at none. Follow-ups due come from the
 * dueAt index (two counts).
 */
export function useDashboardFigures(kept: Kept | undefined, window: DayRange): { figures: DashboardFigures; followUps: FollowUps } | undefined {
  const db = useDb();
  // The clock is read in the query (render stays pure); the deals' ages are taken at the same moment.
  const due = useLiveQuery(async () => {
    const now = Date.now();
    const [overdue, dueByTonight] = await Promise.all([countDue(db, startOfDay(now)), countDue(db, endOfDay(now))]);
    return { followUps: { overdue, dueToday: dueByTonight - overdue }, now };
  }, [db]);
  const figures = useMemo(() => (kept && due ? dashboardFigures(kept.totals, kept.dayRows, kept.pipeline, window, due.now) : undefined), [kept, window, due]);
  return figures && due ? { figures, followUps: due.followUps } : undefined;
}
