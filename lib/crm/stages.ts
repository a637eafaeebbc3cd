import type { Stage } from '../pipeline/schema';
import type { CrmPipeline, StageMapping } from './connector';

/**
 * Our stages against a HubSpot pipeline's. The rep sets the mapping on the options page;
 * this proposes one: won and lost to the pipeline's closed stages (won is the closed
 * stage with the highest probability), open stages spread over its open stages in order.
 */
export function proposeStageMapping(ours: readonly Stage[], pipeline: CrmPipeline): StageMapping {
  const open = pipeline.stages.filter((s) => !s.closed);
  const closed = pipeline.stages.filter((s) => s.closed);
  const byProbability = [...closed].sort((a, b) => (b.probability ?? 0) - (a.probability ?? 0));
  const won = byProbability[0];
  const lost = byProbability.at(-1) !== won ? byProbability.at(-1) : undefined;
  const active = ours.filter((s) => s.kind === 'new' || s.kind === 'open');
  const stages: Record<string, string> = {};
  active.forEach((stage, index) => {
    const target = open[Math.min(open.length - 1, Math.floor((index * open.length) / Math.max(1, active.length)))];
    if (target) stages[stage.id] = target.id;
  });
  for (const stage of ours) {
    if (stage.kind === 'won' && won) stages[stage.id] = won.id;
    if (stage.kind === 'lost' && lost) stages[stage.id] = lost.id;
  }
  return { pipelineId: pipeline.id, stages };
}

/**
 * Our stage for a HubSpot stage. Several of ours may map to one of theirs: then the one
 * the lead is in already wins (no change), else the one nearest the lead's stage in our
 * order (the first of them moving forward, the last moving back), else the first. The
 * nearest is the smallest move the CRM's stage allows: the lead is never said to have
 * reached a stage of ours (the funnel counts them) that nobody moved it to, nor sent
 * further back than the CRM did.
 */
export function stageFromCrm(crmStageId: string, mapping: StageMapping, order: readonly string[], current?: string): string | undefined {
  if (current !== undefined && mapping.stages[current] === crmStageId) return current;
  const candidates = Object.entries(mapping.stages).filter(([, theirs]) => theirs === crmStageId).map(([ours]) => ours);
  candidates.sort((a, b) => rank(order, a) - rank(order, b));
  const here = current === undefined ? -1 : order.indexOf(current);
  if (here === -1) return candidates[0];
  const behind = candidates.filter((id) => rank(order, id) < here);
  return candidates.find((id) => rank(order, id) > here && rank(order, id) !== Number.MAX_SAFE_INTEGER) ?? behind.at(-1) ?? candidates[0];
}

function rank(order: readonly string[], id: string): number {
  const index = order.indexOf(id);
  return index === -1 ? Number.MAX_SAFE_INTEGER : index;
}
