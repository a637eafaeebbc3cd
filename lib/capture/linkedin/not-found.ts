import { attr, ownerElements, query, textOf } from './dom';
import { isSentence } from './plausible';
import { pagePersonNode, readJsonLd } from './structured';
import { mainArea } from './top-card';
import type { LeadPage } from './types';

/**
 * LinkedIn answers a profile address that names no one (a typo, a removed or hidden
 * profile) with a page of its own, served at that very /in/ URL: logged out it is a
 * public profile page (`pageKey` public_profile_v3…) whose heading says "An exact
 * match for jane-doe-42 could not be found." That heading is not a name, and the page
 * is not a lead: nothing may be offered or saved there.
 */

// The sentence in the languages reps use; the checks below do not depend on it.
const NOT_FOUND_SENTENCE =
  /(?:an exact match for .{1,200} could not be found|this (?:page|profile) (?:doesn[’']t|does not) exist|profile (?:is )?not (?:found|available)|nie znaleziono dokładnego dopasowania|nie znaleziono profilu|kein exakter treffer|profil nicht gefunden|aucun résultat exact|profil introuvable|no se ha encontrado ninguna coincidencia exacta|perfil no encontrado|nu a fost găsită o potrivire exactă|profilul nu a fost găsit|точное совпадение .{1,200} не найдено|профиль не найден)/iu;

const PUBLIC_PROFILE_KEY = /^public_profile/i;

/** The id as it appears in the address (decoded), when it cannot be part of a display name. */
function slugLikeId(page: LeadPage): string | undefined {
  if (page.kind !== 'person') return undefined;
  // A one-word id ("mei") can be a first name; one with a hyphen or a digit is never shown as a name.
  return /[-\d]/u.test(page.publicId) ? page.publicId : undefined;
}

function headings(doc: Document): string[] {
  return ownerElements(mainArea(doc), 'h1, [role="heading"][aria-level="1"]', 5).map(textOf).filter(Boolean);
}

/** True when the page at a profile URL is LinkedIn's "no such profile" page. */
export function isMissingProfilePage(doc: Document, page: LeadPage): boolean {
  if (page.kind !== 'person') return false;
  const texts = headings(doc);
  if (texts.some((text) => NOT_FOUND_SENTENCE.test(text))) return true;
  const id = slugLikeId(page);
  if (id && texts.some((text) => text.toLowerCase().split(/[^\p{L}\p{N}_%-]+/u).includes(id))) return true;
  // A public profile page that describes no one (no Person of its own) under a sentence heading.
  const isPublic = PUBLIC_PROFILE_KEY.test(attr(query(doc, 'meta[name="pageKey"]'), 'content') ?? '');
  return isPublic && texts.some(isSentence) && !pagePersonNode(readJsonLd(doc), page.canonicalUrl);
}
