/**
 * The line under the headline (top-card-lines.ts) on profiles shown in the reps' other UI
 * languages: the degree badge beside the name is "· 2.", "· 2-й" or "· 2", not "· 2nd", and
 * must not be taken for the headline (which then became the saved location). Read on the
 * hashed-class fixture (issue 17) and on a real page (../shared/linkedin-real) with its labels translated.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractLinkedIn } from '../../lib/capture/linkedin';
import { readRealPage } from '../e2e/fixtures/linkedin-real';

const NOW = 1_700_000_000_000;
const SLOW = { timeout: 60_000 };
const FIXTURE = join(dirname(fileURLToPath(import.meta.url)), '../e2e/fixtures/linkedin/profile-hashed-location.html');
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

function personAt(doc: Document, url: string) {
  const result = extractLinkedIn(doc, url, NOW);
  if (!result.ok || result.capture.kind !== 'person') throw new Error(JSON.stringify(result));
  return result.capture.person;
}

/** Every class name replaced by a hash, as LinkedIn's builds do (the screen-reader class too). */
function hashClasses(doc: Document): Document {
  let n = 0;
  for (const el of doc.querySelectorAll('[class]')) el.setAttribute('class', `h${(n += 1).toString(36)}x`);
  return doc;
}

describe('a hashed top card whose degree badge is in Polish, Russian or Romanian', () => {
  const html = readFileSync(FIXTURE, 'utf8');
  it.each(['· 2.', '· 2-й', '· 2', '· 3.+', '· 3-й+', 'kontakt 2. stopnia', 'контакт 2-го уровня', 'conexiune de gradul 2'])(
    'keeps the headline a headline and reads the location line under it (badge "%s")',
    (badge) => {
      const person = personAt(parse(html.replace('· 2nd', badge)), 'https://www.linkedin.com/in/oskar-lindqvist/');
      expect(person).toMatchObject({ headline: 'Head of Procurement at Nordvik Shipping', location: 'Gothenburg, Västra Götaland County, Sweden' });
    },
  );
});

describe('the real 2022 profile (05) in Polish and Russian, classes hashed, "Contact info" not a link', () => {
  const base = readRealPage('05-li-profile-2022.html');
  const translations: Record<string, [RegExp | string, string][]> = {
    pl: [[/> *3rd *</g, '> 3. <'], [/3rd degree connection/g, 'kontakt 3. stopnia']],
    ru: [[/> *3rd *</g, '> 3-й <'], [/3rd degree connection/g, 'контакт 3-го уровня']],
  };
  const variant = (lang: string, edit: (doc: Document) => void) => {
    let html = base;
    for (const [from, to] of translations[lang] ?? []) html = html.replace(from, to);
    const doc = parse(html);
    edit(doc);
    return hashClasses(doc);
  };
  const dropContactLinks = (doc: Document) => doc.querySelectorAll('a[href*="contact-info"]').forEach((a) => a.remove());

  it.each(['pl', 'ru'])('%s: the location is the line under the headline, never the headline', SLOW, (lang) => {
    const person = personAt(variant(lang, dropContactLinks), 'https://www.linkedin.com/in/austinoboyle/');
    expect(person).toMatchObject({ headline: 'Software Engineer at Google', location: 'Palo Alto, California, United States' });
  });

  it('with no location line at all, saves no location rather than a "More" menu entry', SLOW, () => {
    const noLocation = (doc: Document) => {
      for (const el of doc.querySelectorAll('.pv-text-details__left-panel .text-body-small.inline')) el.remove();
    };
    const person = personAt(variant('pl', noLocation), 'https://www.linkedin.com/in/austinoboyle/');
    expect(person.headline).toBe('Software Engineer at Google');
    expect(person.location).toBeUndefined();
  });
});
