import { t } from '@/lib/i18n';
import type { PipelineSettings } from '@/lib/pipeline/schema';
import type { Lead } from '@/lib/schema/records';
import { usePanelStore } from '@/lib/ui/panel-store';
import { LeadTableRow } from './LeadTableRow';
import { ROW_HEIGHT } from './row-height';
import './list.css';

/** What the panel's first read found for the list view (lib/pages/panel-start.tsx): the first rows in the list's default order and the pipeline. */
export type FirstList = { leads: Lead[]; pipeline: PipelineSettings };

const noSelection = () => {};

/**
 * The lead list as the first view draws it, before Dexie, the filters and the virtual
 * list have loaded (issue 15): the same list element and rows (LeadTableRow) the live
 * LeadTable draws, placed as its virtualizer places them; the live list takes over with
 * its filters, counts and bulk actions.
 */
export function LeadFirstList({ leads, pipeline }: FirstList) {
  const pick = usePanelStore((s) => s.pick);
  const stageNames = new Map(pipeline.stages.map((s) => [s.id, s.name]));
  return (
    <section className="lead-table" aria-label={t('table.title')}>
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
  );
}
