import { z } from 'zod';
import { BantSchema, Currency, DealValue, NextStepSchema } from '../pipeline/schema';
import { applyScore } from '../scoring/apply';
import { LeadSource } from '../capture/schema';
import { LeadSchema, type Lead } from '../schema/records';
import { epochMs, line } from '../schema/text';
import type { LeadsDatabase } from './database';
import { ChangedSinceError } from './changed-since';
import { StorageError, toStorageError } from './errors';
import { getWriteRules } from './settings';
import { commit } from './write/commit';

/** What the side panel's qualification sections may change. `null` clears a field. */
export const PipelinePatchSchema = z
  .object({
    dealValue: DealValue.nullable(),
    // Null clears it: undoing a first deal value takes back the currency it brought.
    currency: z.nullable(Currency),
    expectedCloseAt: epochMs.nullable(),
    source: LeadSource,
    referredBy: line(200),
    // Only the items given change: a tick saved while a note's save is still on its way
    // must not put back the note as this panel last saw it.
    bant: BantSchema.partial(),
    nextStep: NextStepSchema.nullable(),
  })
  .partial();
export type PipelinePatch = z.input<typeof PipelinePatchSchema>;

const PIPELINE_KEYS = ['dealValue', 'currency', 'expectedCloseAt', 'source', 'referredBy', 'bant', 'nextStep'] as const;

/** The patch that would put these fields back as they are on `lead` (for undo). */
export function revertPatch(lead: Lead, patch: PipelinePatch): PipelinePatch {
  const revert: Record<string, unknown> = {};
  for (const key of PIPELINE_KEYS) if (key in patch) revert[key] = lead[key] ?? (key === 'referredBy' ? '' : null);
  // Only the BANT items the change touched go back (another item may have changed since).
  if (patch.bant) revert.bant = Object.fromEntries(Object.keys(patch.bant).map((item) => [item, lead.bant[item as keyof typeof lead.bant]]));
  return revert as PipelinePatch;
}

/**
 * Save qualification fields, validated by the lead schema (a close date before
 * the lead existed is refused), rescoring the lead in the same transaction.
 */
export async function updatePipeline(
  db: LeadsDatabase,
  id: string,
  patch: PipelinePatch,
  now: number,
  /** Checks the stored lead inside the transaction before anything is written (throws to refuse). */
  guard?: (before: Lead) => void,
): Promise<{ before: Lead; after: Lead }> {
  try {
    const parsed = PipelinePatchSchema.parse(patch);
    return await commit(db, [db.leads.name, db.companies.name, db.jobs.name], { origin: 'rep', now, reads: [db.companies.name] }, async (w) => {
      const before = await db.leads.get(id);
      if (!before) throw new StorageError('invalid');
      guard?.(before);
      const next: Lead = { ...before, updatedAt: Math.max(now, before.updatedAt) };
      for (const key of PIPELINE_KEYS) {
        if (!(key in parsed)) continue;
        const value = parsed[key];
        (next as Record<string, unknown>)[key] = value === null || value === '' ? undefined : value;
      }
      if (parsed.bant) next.bant = { ...before.bant, ...parsed.bant };
      if (next.expectedCloseAt !== undefined && next.expectedCloseAt < before.createdAt) throw new StorageError('invalid');
      next.nextStepDueAt = next.nextStep?.dueAt;
      const { ruleSet } = await getWriteRules(db);
      const company = next.companyId ? await db.companies.get(next.companyId) : undefined;
      const after = LeadSchema.parse(applyScore(next, company, ruleSet, now).lead);
      await w.put('leads', after);
      return { before, after };
    });
  } catch (error) {
    throw error instanceof ChangedSinceError ? error : toStorageError(error);
  }
}

/** JSON with keys sorted, so two values compare by content whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

/** A field's value as a patch would write it: absent, null and '' are all "no value". */
const plain = (value: unknown) => (value === undefined || value === null || value === '' ? null : value);

/**
 * Undo a qualification change: `revert` puts the fields back, but only while each still
 * holds what the change stored (`stored`, from revertPatch(after, patch)). A field changed
 * since, in another window or by a sync, is not overwritten: ChangedSinceError, nothing written.
 */
export async function undoPipeline(db: LeadsDatabase, id: string, revert: PipelinePatch, stored: PipelinePatch, now: number): Promise<void> {
  await updatePipeline(db, id, revert, now, (current) => {
    for (const key of PIPELINE_KEYS) {
      if (!(key in stored)) continue;
      if (key === 'bant') {
        const items = Object.entries(stored.bant ?? {}) as [keyof Lead['bant'], unknown][];
        if (items.some(([item, value]) => canonical(current.bant[item]) !== canonical(value))) throw new ChangedSinceError();
      } else if (canonical(plain(current[key])) !== canonical(plain(stored[key]))) throw new ChangedSinceError();
    }
  });
}
