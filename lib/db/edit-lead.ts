import { z } from 'zod';
import { LeadSchema, type EditableLeadField, type Lead } from '../schema/records';
import type { LeadsDatabase } from './database';
import { StorageError, toStorageError } from './errors';
import { applyScore } from '../scoring/apply';
import { getWriteRules } from './settings';
import { commit } from './write/commit';

export const LeadPatchSchema = LeadSchema.pick({
  fullName: true,
  firstName: true,
  lastName: true,
  headline: true,
  title: true,
  companyName: true,
  companyLinkedinUrl: true,
  location: true,
  photoUrl: true,
  linkedinUrl: true,
  publicId: true,
  email: true,
  phone: true,
  website: true,
  notes: true,
  tags: true,
}).partial();
export type LeadPatch = z.input<typeof LeadPatchSchema>;

/**
 * A rep's hand edit. The fields it touches are remembered in `editedFields`
 * so later captures of the same profile leave them alone.
 */
export async function updateLead(db: LeadsDatabase, id: string, patch: LeadPatch, now: number): Promise<Lead> {
  try {
    const parsed = LeadPatchSchema.parse(patch);
    return await commit(db, [db.leads.name, db.companies.name, db.jobs.name], { origin: 'rep', now, reads: [db.companies.name] }, async (w) => {
      const current = await db.leads.get(id);
      if (!current) throw new StorageError('invalid');
      const touched = Object.keys(patch) as EditableLeadField[];
      const merged: Lead = { ...current, updatedAt: Math.max(now, current.createdAt) };
      for (const field of touched) {
        (merged as Record<string, unknown>)[field] = parsed[field as keyof typeof parsed];
      }
      merged.editedFields = [...new Set([...current.editedFields, ...touched])];
      // Edits that touch scored fields (title, tags…) rescore the lead in the same write; the write
      // layer makes its search words and duplicate key again from the fields.
      const { ruleSet } = await getWriteRules(db);
      const company = merged.companyId ? await db.companies.get(merged.companyId) : undefined;
      const lead = LeadSchema.parse(applyScore(merged, company, ruleSet, merged.updatedAt).lead);
      // A tag added here, or crossing into SQL, may enrol the lead in a sequence (the write layer does it).
      await w.put('leads', lead);
      return lead;
    });
  } catch (error) {
    throw toStorageError(error);
  }
}

