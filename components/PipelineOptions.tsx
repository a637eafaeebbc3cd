import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import { figuresBuilt } from '@/lib/db/write/figures-store';
import { savePipeline } from '@/lib/db/stage';
import { t } from '@/lib/i18n';
import { localizeSequence, unlocalizePipeline } from '@/lib/i18n/default-names';
import { listSequences } from '@/lib/db/sequences';
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
  // The kept stage figures: a row per stage, where counting each stage's index walks it. Not built
  // (null), they are rebuilt by the background, never walked here. No long write (a rescore's
  // chunks, an import) holds these rows, so this never waits for one.
  const leadCounts = useLiveQuery(async () => {
    if (!(await figuresBuilt(db))) return null;
    return Object.fromEntries((await db.stageFigures.toArray()).map((row) => [row.stageId, row.n]));
  }, [db]);
  useKeptRebuild(db, leadCounts === null);
  // Removing a stage moves the sequences' "enters this stage" triggers too: the prompt names them.
  const sequences = useLiveQuery(async () => (await listSequences(db)).map(localizeSequence), [db]);
  const save = useCallback((next: PipelineSettings, moves: StageMove[]) => savePipeline(db, unlocalizePipeline(next), moves, Date.now()), [db]);
  if (!pipeline || !leadCounts || !sequences) return <p className="muted">{t('common.loading')}</p>;
  return (
    <section id="pipeline" aria-labelledby="pipeline-title">
      <h2 id="pipeline-title">{t('pipeline.stages.title')}</h2>
      <StagesEditor pipeline={pipeline} leadCounts={leadCounts} onSave={save} sequences={sequences} />
    </section>
  );
}
