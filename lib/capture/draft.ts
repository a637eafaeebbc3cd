import type { PageReadResult } from '../messaging/protocol';
import { splitPersonName } from '../leads/person-name';
import { bareName } from './page/names';
import { CaptureSchema, type Capture } from './schema';

/** The short form the rep confirms in the popup: what the page offered, editable. */
export const DRAFT_FIELDS = ['fullName', 'title', 'companyName', 'email', 'phone', 'linkedinUrl', 'website'] as const;
export type DraftField = (typeof DRAFT_FIELDS)[number];
export type Draft = Record<DraftField, string>;

export function draftFromPage(page: PageReadResult): Draft {
  const p = page.person;
  return {
    fullName: p?.fullName ?? '',
    title: p?.title ?? p?.headline ?? '',
    companyName: p?.companyName ?? page.company?.name ?? '',
    email: p?.email ?? '',
    phone: p?.phone ?? '',
    linkedinUrl: p?.linkedinUrl ?? '',
    website: p?.website ?? page.company?.website ?? '',
  };
}

export type DraftCheck = { ok: true; capture: Capture } | { ok: false; invalid: DraftField[]; needsIdentity: boolean };

/**
 * Turn the confirmed form into a capture. A typed value the schema would drop
 * (a malformed e-mail, say) is reported against its field instead.
 */
export function captureFromDraft(draft: Draft, page: PageReadResult, now: number): DraftCheck {
  const base = page.person;
  // The page's first and last name belong to the page's full name: a rep who corrects the name
  // ("Acme Team" → "Jan Kowalski") must not keep the old ones ("Hi Acme,").
  const typedName = draft.fullName.trim();
  const renamed = typedName !== (base?.fullName ?? '');
  const person = {
    ...base,
    ...(renamed ? { firstName: undefined, lastName: undefined, ...(typedName ? splitPersonName(bareName(typedName)) : {}) } : {}),
    ...Object.fromEntries(DRAFT_FIELDS.map((f) => [f, draft[f].trim() || undefined])),
    source: base?.source ?? 'website',
    sourceUrl: page.url,
    capturedAt: now,
  };
  const parsed = CaptureSchema.safeParse({ kind: 'person', person });
  if (!parsed.success || parsed.data.kind !== 'person') return { ok: false, invalid: [], needsIdentity: false };
  const stored = parsed.data.person;
  const invalid = DRAFT_FIELDS.filter((f) => draft[f].trim() !== '' && stored[f] === undefined);
  const needsIdentity = !stored.fullName && !stored.email && !stored.linkedinUrl;
  if (invalid.length || needsIdentity) return { ok: false, invalid, needsIdentity };
  return { ok: true, capture: parsed.data };
}

