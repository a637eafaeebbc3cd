import { LeadPatchSchema, type LeadPatch } from '../db/edit-lead';

export type EditableField = keyof LeadPatch;

/**
 * Check one hand-typed field. The schemas quietly drop a malformed e-mail or URL
 * from a page; a rep typing one must be told instead, so "typed something, got
 * nothing" is an error here.
 */
export function validateField(field: EditableField, raw: string): { ok: true; patch: LeadPatch } | { ok: false } {
  const input: unknown = field === 'tags' ? raw.split(',').map((s) => s.trim()).filter(Boolean) : raw;
  const parsed = LeadPatchSchema.shape[field].safeParse(input);
  if (!parsed.success) return { ok: false };
  const value = parsed.data;
  if (raw.trim() !== '' && (value === undefined || (Array.isArray(value) && value.length === 0))) return { ok: false };
  return { ok: true, patch: { [field]: value ?? (field === 'tags' ? [] : undefined) } };
}

export function fieldText(value: unknown): string {
  if (Array.isArray(value)) return value.join(', ');
  return typeof value === 'string' ? value : '';
}
