/** One labelled figure, optionally with a bar for a share (0–1). */
export function Figure({ label, value, detail, bar }: { label: string; value: string; detail?: string; bar?: number }) {
  return (
    <div className="figure">
      <span className="figure-label">{label}</span>
      <span className="figure-value">{value}</span>
      {bar !== undefined && (
        <span className="bar" aria-hidden="true">
          <span style={{ width: `${Math.round(Math.max(0, Math.min(1, bar)) * 100)}%` }} />
        </span>
      )}
      {detail && <span className="muted small figure-detail">{detail}</span>}
    </div>
  );
}
