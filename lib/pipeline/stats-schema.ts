import { z } from 'zod';
import { epochMs } from '../schema/text';

/** The kept leads and deal value per stage (lib/db/pipeline-stats.ts keeps it): a settings record. */
const StageTotals = z.object({ count: z.number().int().min(0), values: z.record(z.string(), z.number()) });
export const PipelineStatsSetting = z.object({ key: z.literal('pipelineStats'), byStage: z.record(z.string(), StageTotals), updatedAt: epochMs });
export type PipelineStatsSetting = z.infer<typeof PipelineStatsSetting>;
export type PipelineStats = PipelineStatsSetting['byStage'];
