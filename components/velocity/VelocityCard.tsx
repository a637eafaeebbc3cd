import type { Kept } from '@/lib/metrics/figures/kept';
import { useKeptMetrics } from './use-kept-metrics';
import { VelocityView } from './VelocityView';

/**
 * Velocity from the kept figures, live. A page that already reads them (the dashboard)
 * passes them in rather than reading them twice; the popup passes what it drew first
 * (`initial`), shown until the live read has its first answer, so nothing flashes.
 */
export function VelocityCard({ onOpenDashboard, figures, initial }: { onOpenDashboard?(): void; figures?: { read: ReturnType<typeof useKeptMetrics> }; initial?: Kept }) {
  const own = useKeptMetrics(figures === undefined);
  const kept = figures ? figures.read : (own ?? initial);
  return <VelocityView kept={kept} onOpenDashboard={onOpenDashboard} />;
}
