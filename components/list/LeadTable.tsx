import { useVirtualizer } from '@tanstack/react-virtual';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useRef, useState } from 'react';
import { t } from '@/lib/i18n';
import { countLeads, DEFAULT_LIST_QUERY, fetchLeadPage, type ListQuery } from '@/lib/leads/list-query';
import type { Stage } from '@/lib/pipeline/schema';
import type { Lead } from '@/lib/schema/records';
import { useListStore } from '@/lib/ui/list-store';
import { useDb } from '../db-context';
import { BulkBar } from './BulkBar';
import { ExportListButton } from '../transfer/ExportListButton';
import { LeadTableRow, PendingRow } from './LeadTableRow';
import { ListFilters } from './ListFilters';
import { ROW_HEIGHT } from './row-height';
import './list.css';

/** Rows fetched per page as the rep scrolls: a few screens' worth, so a broad search reads few records. */
export const PAGE_SIZE = 40;
export { ROW_HEIGHT };
/** Fetch the next page when the last drawn row is this close to the end of what is loaded. */
const PREFETCH = 15;

/** "Now" for the due filters, moving on every minute. */
function useMinuteClock(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/**
 * The lead list: search, filters, sort, a virtual list read page by page through
 * the indexes, and bulk actions. Rows are live: every write to the leads shows.
 */
export function LeadTable({
  stages,
  currency,
  onOpen,
  firstRows,
}: {
  stages: Stage[];
  currency: string;
  onOpen(id: string): void;
  /** The default list's first rows the panel's first view drew (lib/pages/panel-start.tsx): drawn until the live rows answer. */
  firstRows?: Lead[];
}) {
  const db = useDb();
  const now = useMinuteClock();
  const query = useListStore((s) => s.query);
  const setQuery = useListStore((s) => s.setQuery);
  const selected = useListStore((s) => s.selected);
  const toggle = useListStore((s) => s.toggle);
  const selectAll = useListStore((s) => s.selectAll);
  const clearSelection = useListStore((s) => s.clearSelection);

  // Pages loaded for the current query; a new query starts again at one page.
  const [loaded, setLoaded] = useState<{ query: ListQuery; pages: number }>({ query, pages: 1 });
  const pages = loaded.query === query ? loaded.pages : 1;
  const limit = pages * PAGE_SIZE;

  // Each result carries the query it answers: a result of the previous query may still be shown.
  const result = useLiveQuery(async () => ({ query, rows: await fetchLeadPage(db, query, now, { offset: 0, limit }) }), [db, query, now, limit]);
  const fetched = result?.query === query ? result.rows : undefined;
  // Counted once this query's rows are in: counting may read every matching key, and the rows come first.
  const rowsIn = fetched !== undefined;
  const total = useLiveQuery(() => (rowsIn ? countLeads(db, query, now) : undefined), [db, query, now, rowsIn]);
  // While the next result loads, keep drawing the last one rather than flashing empty.
  const last = useRef<Lead[] | undefined>(query === DEFAULT_LIST_QUERY ? firstRows : undefined);
  if (fetched !== undefined) last.current = fetched;
  const rows = fetched ?? last.current;

  const stageNames = useMemo(() => new Map(stages.map((s) => [s.id, s.name])), [stages]);
  const scrollRef = useRef<HTMLDivElement>(null);
  const count = Math.max(rows?.length ?? 0, total ?? 0);
  // The virtualizer hands back fresh functions each render by design; nothing here is memoized on them.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    initialRect: { width: 360, height: 600 },
  });
  const items = virtualizer.getVirtualItems();
  const lastDrawn = items.length > 0 ? (items[items.length - 1]?.index ?? 0) : 0;
  const pageComplete = fetched !== undefined && fetched.length === limit;

  useEffect(() => {
    if (pageComplete && lastDrawn >= limit - PREFETCH && limit < count) {
      setLoaded({ query, pages: pages + 1 });
    }
  }, [pageComplete, lastDrawn, limit, count, query, pages]);

  const shownIds = useMemo(() => (rows ?? []).map((l) => l.id), [rows]);
  const allShownSelected = shownIds.length > 0 && shownIds.every((id) => selected.has(id));
  // Bulk actions touch only selected leads still shown: one that left the filter since it was
  // ticked (changed in another window, by a sync) is out of sight and must not be tagged, moved or deleted.
  const selectedShown = useMemo(() => shownIds.filter((id) => selected.has(id)), [shownIds, selected]);

  return (
    <section className="lead-table" aria-label={t('table.title')}>
      <ListFilters query={query} stages={stages} onChange={setQuery} />
      <div className="table-head">
        <label>
          <input
            type="checkbox"
            checked={allShownSelected}
            disabled={shownIds.length === 0}
            onChange={(e) => (e.target.checked ? selectAll(shownIds) : clearSelection())}
          />{' '}
          {t('table.selectAll')}
        </label>{' '}
        <span className="muted" aria-live="polite">
          {total === undefined ? t('common.loading') : t('table.count', { count: total })}
        </span>{' '}
        <ExportListButton db={db} query={query} />
      </div>
      <BulkBar db={db} selected={selectedShown} stages={stages} onDone={(clear) => clear && clearSelection()} />
      {rows === undefined ? (
        <p className="muted">{t('common.loading')}</p>
      ) : rows.length === 0 ? (
        <p className="muted">{t('table.empty')}</p>
      ) : null}
      <div ref={scrollRef} className="table-scroll" style={{ height: 'min(70vh, 640px)', overflowY: 'auto', contain: 'strict' }}>
        <ul aria-label={t('table.rows')} style={{ height: virtualizer.getTotalSize(), position: 'relative', margin: 0, padding: 0, listStyle: 'none' }}>
          {items.map((item) => {
            const lead = rows?.[item.index];
            const style = {
              position: 'absolute' as const,
              top: 0,
              left: 0,
              width: '100%',
              height: item.size,
              transform: `translateY(${item.start}px)`,
            };
            if (!lead) return <PendingRow key={`pending-${item.index}`} style={style} />;
            return (
              <LeadTableRow
                key={lead.id}
                lead={lead}
                stageName={stageNames.get(lead.stageId) ?? t('table.unknownStage')}
                currency={currency}
                selected={selected.has(lead.id)}
                style={style}
                onSelect={toggle}
                onOpen={onOpen}
              />
            );
          })}
        </ul>
      </div>
    </section>
  );
}
