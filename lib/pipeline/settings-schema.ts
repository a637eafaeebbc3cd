// Zod's small build: the popup parses the pipeline before it draws velocity (lib/metrics/figures/kept.ts).
import * as z from 'zod/mini';

export const StageKind = z.enum(['new', 'open', 'won', 'lost']);
export type StageKind = z.infer<typeof StageKind>;

const StageId = z.string().check(z.regex(/^[a-z0-9-]{1,40}$/));

export const StageSchema = z.object({
  id: StageId,
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(60)),
  /** Chance an open deal in this stage closes as won, in percent (won 100, lost 0). */
  probability: z.int().check(z.minimum(0), z.maximum(100)),
  kind: StageKind,
  /** The rep typed the shipped English name in another language: show it as typed (lib/i18n/default-names.ts). */
  renamed: z.optional(z.boolean()),
});
export type Stage = z.infer<typeof StageSchema>;

/** Exactly one "new" stage first, at least one open stage, one won and one lost stage. */
export const StagesSchema = z.array(StageSchema).check(
  z.minLength(4),
  z.maxLength(30),
  z.superRefine((stages, ctx) => {
    if (new Set(stages.map((s) => s.id)).size !== stages.length) ctx.addIssue({ code: 'custom', message: 'stage ids must be unique' });
    const count = (kind: StageKind) => stages.filter((s) => s.kind === kind).length;
    if (stages[0]?.kind !== 'new' || count('new') !== 1) ctx.addIssue({ code: 'custom', message: 'exactly one "new" stage, first' });
    if (count('open') < 1) ctx.addIssue({ code: 'custom', message: 'at least one open stage' });
    if (count('won') !== 1 || count('lost') !== 1) ctx.addIssue({ code: 'custom', message: 'exactly one won and one lost stage' });
  }),
);

/** ISO 4217 currency code. */
export const Currency = z.string().check(z.regex(/^[A-Z]{3}$/));

export const PipelineSettingsSchema = z.object({
  stages: StagesSchema,
  /** The rep's currency: new deal values default to it, and totals are shown in it. */
  currency: Currency,
  /**
   * Where each removed stage's leads went (removed id -> a stage id, which may itself have
   * been removed since). Optional: older settings and backups have none. The funnel counts a
   * lead that reached a removed stage where that stage's leads went.
   */
  removed: z.optional(z.record(StageId, StageId).check(z.refine((r) => Object.keys(r).length <= 1_000))),
});
export type PipelineSettings = z.infer<typeof PipelineSettingsSchema>;
