import { t } from '@/lib/i18n';
import type { PipelineSettings } from '@/lib/pipeline/schema';
import type { Lead } from '@/lib/schema/records';
import { DEFAULT_LIST_QUERY } from '@/lib/leads/list-defaults';
import { usePanelStore } from '@/lib/ui/panel-store';
import { LeadTableRow } from './LeadTableRow';
import { ListFilters } from './ListFilters';
import { FirstDueSteps, type FirstDue } from '../sequences/DueSection';
import { ROW_HEIGHT } from './row-height';
import './list.css';

/** What the panel's first read found for the list view (lib/pages/panel-start.tsx): the first rows in the list's default order and the pipeline. */
export type FirstList = {
  leads: Lead[];
  pipeline: PipelineSettings;
  /** The follow-up steps due today or overdue (the section above the rows); undefined when they could not be read as the live list reads them. */
  due?: FirstDue;
};

const noSelection = () => {};
const noChange = () => {};

/**
 * The lead list as the first view draws it, before Dexie and the virtual list have loaded
 * (issue 15): the same list element, filters, head line and rows (LeadTableRow) the live
 * LeadTable draws, placed as its virtualizer places them, so nothing moves when the live
 * list takes over (the rows used to jump down by the filters' height). The filters and the
 * head are inert until then: what a rep typed there would be lost when the live list
 * replaces them; the count says "Loading…", as the live list's does until it has counted.
 * The due steps above them are drawn too, with the live section's cards (StepCardView).
 */
export function LeadFirstList({ leads, pipeline, due }: FirstList) {
  const pick = usePanelStore((s) => s.pick);
  const stageNames = new Map(pipeline.stages.map((s) => [s.id, s.name]));
  return (
    <>
      {/* The live list's due steps, the same cards (inert until it takes over). */}
      {due && <FirstDueSteps due={due} />}
      <section className="lead-table" aria-label={t('table.title')}>
        <div inert style={{ display: 'contents' }}>
          <ListFilters query={DEFAULT_LIST_QUERY} stages={pipeline.stages} onChange={noChange} />
          <div className="table-head">
            <label>
              <input type="checkbox" checked={false} disabled={leads.length === 0} readOnly /> {t('table.selectAll')}
            </label>{' '}
            <span className="muted">{t('common.loading')}</span>{' '}
            <button type="button" className="link">
              {t('data.listExport')}
            </button>
          </div>
          <div className="table-bulk" />
        </div>
        {leads.length === 0 && <p className="muted">{t('table.empty')}</p>}
        <div className="table-scroll" style={{ height: 'min(70vh, 640px)', overflowY: 'auto', contain: 'strict' }}>
          <ul aria-label={t('table.rows')} style={{ height: leads.length * ROW_HEIGHT, position: 'relative', margin: 0, padding: 0, listStyle: 'none' }}>
            {leads.map((lead, index) => (
              <LeadTableRow
                key={lead.id}
                lead={lead}
                stageName={stageNames.get(lead.stageId) ?? t('table.unknownStage')}
                currency={pipeline.currency}
                selected={false}
                style={{ position: 'absolute', top: 0, left: 0, width: '100%', height: ROW_HEIGHT, transform: `translateY(${index * ROW_HEIGHT}px)` }}
                onSelect={noSelection}
                onOpen={pick}
              />
            ))}
          </ul>
        </div>
      </section>
    </>
  );
}
