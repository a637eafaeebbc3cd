import { z } from 'zod';
import { derivedLeadKeys } from '../leads/merge';
import { LeadSchema, type EditableLeadField, type Lead } from '../schema/records';
import { sequenceEffects, sequenceTables } from './sequences';
import type { LeadsDatabase } from './database';
import { StorageError, toStorageError } from './errors';
import { applyScore } from '../scoring/apply';
import { getScoring } from './settings';

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
    return await db.transaction('rw', [db.leads, db.companies, db.settings, ...sequenceTables(db)], async () => {
      const current = await db.leads.get(id);
      if (!current) throw new StorageError('invalid');
      const touched = Object.keys(patch) as EditableLeadField[];
      const merged: Lead = { ...current, updatedAt: Math.max(now, current.createdAt) };
      for (const field of touched) {
        (merged as Record<string, unknown>)[field] = parsed[field as keyof typeof parsed];
      }
      merged.editedFields = [...new Set([...current.editedFields, ...touched])];
      const keyed = { ...merged, ...derivedLeadKeys(merged) };
      // Edits that touch scored fields (title, tags…) rescore the lead in the same write.
      const { ruleSet } = await getScoring(db);
      const company = keyed.companyId ? await db.companies.get(keyed.companyId) : undefined;
      const lead = LeadSchema.parse(applyScore(keyed, company, ruleSet, merged.updatedAt).lead);
      await db.leads.put(lead);
      // A tag added here, or crossing into SQL, may enrol the lead in a sequence.
      await sequenceEffects(db, { before: current, after: lead }, now);
      return lead;
    });
  } catch (error) {
    throw toStorageError(error);
  }
}

