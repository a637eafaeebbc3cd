import { t } from '@/lib/i18n';
import { removedStageName } from '@/lib/i18n/default-names';
import type { PipelineSettings } from '@/lib/pipeline/schema';
import { stageOf } from '@/lib/pipeline/stage-change';

/** A stage's name, or that it was removed (kept apart from StageSection: the lead header of the panel's first view shows it). */
export function stageLabel(pipeline: PipelineSettings, id: string | undefined): string {
  if (id === undefined) return '';
  return stageOf(pipeline, id)?.name ?? t('stage.removed', { name: removedStageName(id) });
}
