import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import { PipelineStatsSetting } from '@/lib/db/pipeline-stats';
import { savePipeline } from '@/lib/db/stage';
import { t } from '@/lib/i18n';
import type { PipelineSettings } from '@/lib/pipeline/schema';
import type { StageMove } from '@/lib/pipeline/stages-edit';
import { useDb } from './db-context';
import { useKeptRebuild } from './use-kept-rebuild';
import { StagesEditor } from './pipeline/StagesEditor';
import { usePipeline } from './use-pipeline';

/** The options page's pipeline section: the stage list in force, with how many leads each stage holds (kept totals). */
export function PipelineOptions() {
  const db = useDb();
  const pipeline = usePipeline();
  // The kept per-stage totals: one record, where counting each stage's index walks it. Missing
  // (null), they are rebuilt by the background, never walked here: this live query runs again
  // after every write, a rescore's chunks included.
  const leadCounts = useLiveQuery(async () => {
    const stats = PipelineStatsSetting.safeParse(await db.settings.get('pipelineStats'));
    return stats.success ? Object.fromEntries(Object.entries(stats.data.byStage).map(([id, totals]) => [id, totals.count])) : null;
  }, [db]);
  useKeptRebuild(db, leadCounts === null);
  const save = useCallback((next: PipelineSettings, moves: StageMove[]) => savePipeline(db, next, moves, Date.now()), [db]);
  if (!pipeline || !leadCounts) return <p className="muted">{t('common.loading')}</p>;
  return (
    <section aria-labelledby="pipeline-title">
      <h2 id="pipeline-title">{t('pipeline.stages.title')}</h2>
      <StagesEditor pipeline={pipeline} leadCounts={leadCounts} onSave={save} />
    </section>
  );
}
