import { z } from 'zod';
import { BantSchema, Currency, DealValue, NextStepSchema } from '../pipeline/schema';
import { applyScore } from '../scoring/apply';
import { LeadSource } from '../capture/schema';
import { LeadSchema, type Lead } from '../schema/records';
import { epochMs, line } from '../schema/text';
import type { LeadsDatabase } from './database';
import { StorageError, toStorageError } from './errors';
import { getWriteRules } from './settings';
import { commit } from './write/commit';

/** What the side panel's qualification sections may change. `null` clears a field. */
export const PipelinePatchSchema = z
  .object({
    dealValue: DealValue.nullable(),
    currency: Currency,
    expectedCloseAt: epochMs.nullable(),
    source: LeadSource,
    referredBy: line(200),
    bant: BantSchema,
    nextStep: NextStepSchema.nullable(),
  })
  .partial();
export type PipelinePatch = z.input<typeof PipelinePatchSchema>;

const PIPELINE_KEYS = ['dealValue', 'currency', 'expectedCloseAt', 'source', 'referredBy', 'bant', 'nextStep'] as const;

/** The patch that would put these fields back as they are on `lead` (for undo). */
export function revertPatch(lead: Lead, patch: PipelinePatch): PipelinePatch {
  const revert: Record<string, unknown> = {};
  for (const key of PIPELINE_KEYS) if (key in patch) revert[key] = lead[key] ?? (key === 'referredBy' ? '' : null);
  return revert as PipelinePatch;
}

/**
 * Save qualification fields, validated by the lead schema (a close date before
 * the lead existed is refused), rescoring the lead in the same transaction.
 */
export async function updatePipeline(db: LeadsDatabase, id: string, patch: PipelinePatch, now: number): Promise<{ before: Lead; after: Lead }> {
  try {
    const parsed = PipelinePatchSchema.parse(patch);
    return await commit(db, [db.leads.name, db.companies.name, db.jobs.name], { origin: 'rep', now, reads: [db.companies.name] }, async (w) => {
      const before = await db.leads.get(id);
      if (!before) throw new StorageError('invalid');
      const next: Lead = { ...before, updatedAt: Math.max(now, before.updatedAt) };
      for (const key of PIPELINE_KEYS) {
        if (!(key in parsed)) continue;
        const value = parsed[key];
        (next as Record<string, unknown>)[key] = value === null || value === '' ? undefined : value;
      }
      if (next.expectedCloseAt !== undefined && next.expectedCloseAt < before.createdAt) throw new StorageError('invalid');
      next.nextStepDueAt = next.nextStep?.dueAt;
      const { ruleSet } = await getWriteRules(db);
      const company = next.companyId ? await db.companies.get(next.companyId) : undefined;
      const after = LeadSchema.parse(applyScore(next, company, ruleSet, now).lead);
      await w.put('leads', after);
      return { before, after };
    });
  } catch (error) {
    throw toStorageError(error);
  }
}
