import { useLiveQuery } from 'dexie-react-hooks';
import { countDue } from '@/lib/db/sequences';
import { dashboardAccumulator, type DashboardFigures } from '@/lib/metrics/dashboard';
import type { DayRange } from '@/lib/metrics/factors';
import type { PipelineSettings } from '@/lib/pipeline/schema';
import { endOfDay } from '@/lib/sequences/schedule';
import { useDb } from '../db-context';

export type FollowUps = { dueToday: number; overdue: number };

/**
 * The dashboard's walk over the stage history and the leads (streamed), and the
 * follow-ups due from the dueAt index. Unlike the popup this reads every lead; it
 * is one click away and says it is counting meanwhile.
 */
export function useDashboardFigures(pipeline: PipelineSettings | undefined, window: DayRange): { figures: DashboardFigures; followUps: FollowUps } | undefined {
  const db = useDb();
  return useLiveQuery(async () => {
    if (!pipeline) return undefined;
    const now = Date.now();
    const acc = dashboardAccumulator(pipeline, window, now);
    await db.stageHistory.each((entry) => acc.addHistory(entry));
    await db.leads.each((lead) => acc.addLead(lead));
    const today = new Date(now);
    const startOfToday = new Date(today.getFullYear(), today.getMonth(), today.getDate()).getTime();
    const [overdue, dueByTonight] = await Promise.all([countDue(db, startOfToday), countDue(db, endOfDay(now))]);
    return { figures: acc.result(), followUps: { overdue, dueToday: dueByTonight - overdue } };
  }, [db, pipeline, window.from, window.to]);
}
