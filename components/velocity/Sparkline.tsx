import { t } from '@/lib/i18n';

/**
 * Velocity per window, oldest first: a small line in the popup, bars on the
 * dashboard. Windows where velocity is not known are gaps, not zeros. The numbers
 * are in the label for screen readers (and as a tooltip on each bar).
 */
export function Sparkline(props: { values: (number | undefined)[]; format(v: number): string; windowDays: number; large?: boolean }) {
  const { values, format, windowDays, large } = props;
  const width = large ? 480 : 120;
  const height = large ? 120 : 28;
  const max = Math.max(...values.filter((v): v is number => v !== undefined), 0);
  const y = (v: number) => (max > 0 ? height - 2 - (v / max) * (height - 4) : height - 2);
  const label = t('vel.trendLabel', { days: windowDays, values: values.map((v) => (v === undefined ? t('vel.unknown') : format(v))).join('; ') });
  if (large) {
    const slot = width / values.length;
    return (
      <svg className="sparkline large" role="img" aria-label={label} viewBox={`0 0 ${width} ${height}`} width="100%" preserveAspectRatio="none">
        {values.map((v, i) =>
          v === undefined ? null : (
            <rect key={i} x={i * slot + slot * 0.15} width={slot * 0.7} y={y(v)} height={Math.max(1, height - y(v))} fill="currentColor">
              <title>{format(v)}</title>
            </rect>
          ),
        )}
      </svg>
    );
  }
  const x = (i: number) => (values.length > 1 ? (i / (values.length - 1)) * (width - 4) + 2 : width / 2);
  // One polyline per run of known values, so an unknown window breaks the line.
  const runs: string[] = [];
  let run: string[] = [];
  values.forEach((v, i) => {
    if (v === undefined) {
      if (run.length) runs.push(run.join(' '));
      run = [];
    } else run.push(`${x(i).toFixed(1)},${y(v).toFixed(1)}`);
  });
  if (run.length) runs.push(run.join(' '));
  return (
    <svg className="sparkline" role="img" aria-label={label} viewBox={`0 0 ${width} ${height}`} width={width} height={height}>
      <title>{label}</title>
      {runs.map((points) =>
        points.includes(' ') ? (
          <polyline key={points} points={points} fill="none" stroke="currentColor" strokeWidth="1.5" />
        ) : (
          <circle key={points} cx={points.split(',')[0]} cy={points.split(',')[1]} r="1.5" fill="currentColor" />
        ),
      )}
    </svg>
  );
}
