import type { z } from 'zod';
import { CompanyCaptureSchema, PersonCaptureSchema } from '../schema';
import type { CompanyField, PersonField } from './types';
import { splitBracketed } from './names';
import { looksLikeMarkup } from './text';

/**
 * Field-by-field validation through the capture schemas: one bad value (a
 * `javascript:` URL, a broken e-mail, markup as a name) is dropped on its own
 * instead of failing the whole capture.
 */

type FieldParser = z.ZodType<string | undefined>;

// URL, e-mail and phone fields are checked by their own parsers; markup is only
// a concern for free-text fields.
const NON_TEXT = new Set(['email', 'phone', 'photoUrl', 'linkedinUrl', 'companyLinkedinUrl',
  'salesNavUrl', 'website', 'logoUrl']);

function validField(parser: FieldParser, key: string, raw: string | undefined): string | undefined {
  if (typeof raw !== 'string' || !raw) return undefined;
  if (!NON_TEXT.has(key) && looksLikeMarkup(raw)) return undefined;
  const result = parser.safeParse(raw);
  return result.success ? result.data : undefined;
}

/** GitHub and other platforms write an employer as its handle, "@acme-corp": the name is without the "@". */
const withoutHandleSign = (raw: string | undefined) => raw?.trim().replace(/^@(?=[^\s@]+$)/, '');

/** "Jan Kowalski (CEO)", "Jane Doe (she/her)": a job title or pronouns in brackets are not part of the name. */
function withoutBracketedTitle(raw: string | undefined): string | undefined {
  return raw === undefined ? raw : splitBracketed(raw).name;
}

export function validPersonField(key: PersonField, raw: string | undefined): string | undefined {
  const value = key === 'companyName' ? withoutHandleSign(raw) : key === 'fullName' ? withoutBracketedTitle(raw) : raw;
  return validField(PersonCaptureSchema.shape[key] as FieldParser, key, value);
}

export function validCompanyField(key: CompanyField, raw: string | undefined): string | undefined {
  return validField(CompanyCaptureSchema.shape[key] as FieldParser, key, key === 'name' ? withoutHandleSign(raw) : raw);
}

/**
 * Parse a whole capture; fields named in issues are removed and parsing retried,
 * so only a bad source or capturedAt (which the caller controls) gives undefined.
 */
function finalize<T>(schema: z.ZodType<T>, input: Record<string, unknown>): T | undefined {
  let current = input;
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const result = schema.safeParse(current);
    if (result.success) return withoutUndefined(result.data);
    const bad = new Set(result.error.issues.map((issue) => String(issue.path[0] ?? '')));
    if (bad.has('') || bad.has('source') || bad.has('capturedAt')) return undefined;
    current = Object.fromEntries(Object.entries(current).filter(([key]) => !bad.has(key)));
  }
  return undefined;
}

/** `{ sourceUrl: undefined }` and a missing sourceUrl should look the same to every consumer. */
function withoutUndefined<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const [key, field] of Object.entries(value)) {
      if (field === undefined) Reflect.deleteProperty(value, key);
    }
  }
  return value;
}

export function finalizePerson(input: Record<string, unknown>) {
  return finalize(PersonCaptureSchema, input);
}

export function finalizeCompany(input: Record<string, unknown>) {
  return finalize(CompanyCaptureSchema, input);
}
