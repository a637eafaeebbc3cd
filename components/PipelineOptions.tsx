import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import { savePipeline } from '@/lib/db/stage';
import { t } from '@/lib/i18n';
import type { PipelineSettings } from '@/lib/pipeline/schema';
import type { StageMove } from '@/lib/pipeline/stages-edit';
import { useDb } from './db-context';
import { StagesEditor } from './pipeline/StagesEditor';
import { usePipeline } from './use-pipeline';

/** The options page's pipeline section: the stage list in force, with how many leads each stage holds (index counts). */
export function PipelineOptions() {
  const db = useDb();
  const pipeline = usePipeline();
  const stageIds = pipeline?.stages.map((s) => s.id).join('|');
  const leadCounts = useLiveQuery(async () => {
    if (!stageIds) return undefined;
    const ids = stageIds.split('|');
    const counts = await Promise.all(ids.map((id) => db.leads.where('stageId').equals(id).count()));
    return Object.fromEntries(ids.map((id, i) => [id, counts[i] ?? 0]));
  }, [db, stageIds]);
  const save = useCallback((next: PipelineSettings, moves: StageMove[]) => savePipeline(db, next, moves, Date.now()), [db]);
  if (!pipeline || !leadCounts) return <p className="muted">{t('common.loading')}</p>;
  return (
    <section aria-labelledby="pipeline-title">
      <h2 id="pipeline-title">{t('pipeline.stages.title')}</h2>
      <StagesEditor pipeline={pipeline} leadCounts={leadCounts} onSave={save} />
    </section>
  );
}
