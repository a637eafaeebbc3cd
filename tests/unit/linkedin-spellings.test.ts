/**
 * Finding a contact whose stored LinkedIn URL is another spelling of the profile: the spellings
 * a search lists name the same person, and any spelling a teammate may have pasted (http, a
 * country subdomain, no slash, a query or hash, the slug encoded or not, upper case, a locale
 * suffix) is recognised as that person, whatever hostile text comes in.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyLinkedInUrl } from '../../lib/capture/linkedin-url';
import { profileIdOf, profileUrlSpellings, profileUrlSpellingsOr, samePerson, sameProfileUrl } from '../../lib/crm/linkedin-spellings';

const JANE = 'https://www.linkedin.com/in/jane-doe/';

/** A slug as LinkedIn makes them: letters of any script, digits, hyphens. */
const slug = fc
  .array(fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789-_ąęłńóśźżéüçßøñ'.split(''), 'ł', 'ж', 'ü', 'İ'), { minLength: 2, maxLength: 40 })
  .map((chars) => chars.join(''))
  .filter((s) => profileIdOf(`https://www.linkedin.com/in/${encodeURIComponent(s)}/`) !== undefined);

/** A spelling of the profile of `s` a person may have stored. */
const spellingOf = (s: string) =>
  fc
    .record({
      scheme: fc.constantFrom('https://', 'http://', 'HTTPS://', '//', ''),
      host: fc.constantFrom('www.linkedin.com', 'linkedin.com', 'pl.linkedin.com', 'uk.linkedin.com', 'm.linkedin.com', 'WWW.LinkedIn.com'),
      encode: fc.boolean(),
      upper: fc.constantFrom('none', 'all', 'first'),
      locale: fc.constantFrom('', '/en', '/pl', '/de/'),
      slash: fc.boolean(),
      query: fc.constantFrom('', '?originalSubdomain=pl', '?trk=people-guest&x=%2F', '?'),
      hash: fc.constantFrom('', '#experience', '#'),
      space: fc.boolean(),
    })
    .map((v) => {
      // Upper case only where lower-casing gives the slug back (not 'ß' -> 'SS'): LinkedIn's slugs are lower case.
      const upper = (t: string) => (t.toUpperCase().toLowerCase() === t ? t.toUpperCase() : t);
      const cased = v.upper === 'all' ? upper(s) : v.upper === 'first' ? upper(s.charAt(0)) + s.slice(1) : s;
      const written = v.encode ? encodeURIComponent(cased) : cased;
      const url = `${v.scheme}${v.host}/in/${written}${v.locale}${v.slash && !v.locale.endsWith('/') ? '/' : ''}${v.query}${v.hash}`;
      return v.space ? `  ${url} ` : url;
    });

describe('LinkedIn profile spellings', () => {
  it('lists the canonical spelling first, then the common ones, each once, at most `max`', () => {
    const spellings = profileUrlSpellings(JANE, 400);
    expect(spellings[0]).toBe(JANE);
    expect(spellings).toContain('https://www.linkedin.com/in/jane-doe');
    expect(spellings).toContain('http://www.linkedin.com/in/jane-doe/');
    expect(spellings).toContain('linkedin.com/in/jane-doe');
    expect(spellings).toContain('https://pl.linkedin.com/in/jane-doe');
    expect(spellings).toContain('https://www.linkedin.com/in/jane-doe/en/');
    expect(new Set(spellings).size).toBe(spellings.length);
    expect(profileUrlSpellings(JANE, 10)).toEqual(spellings.slice(0, 10));
    expect(profileUrlSpellings(JANE, 0)).toEqual([]);
  });

  it('spells a non-Latin slug both percent-encoded and as typed', () => {
    const spellings = profileUrlSpellings('https://pl.linkedin.com/in/pawe%C5%82-nowak?trk=x');
    expect(spellings.slice(0, 2)).toEqual(['https://www.linkedin.com/in/pawe%C5%82-nowak/', 'https://www.linkedin.com/in/paweł-nowak/']);
  });

  it('names nobody for what is no profile: no spellings, and no match', () => {
    for (const url of ['https://www.linkedin.com/company/acme/', 'https://evil.example/in/jane-doe/', 'https://www.linkedin.com/in/', 'not a url', '']) {
      expect(profileUrlSpellings(url)).toEqual([]);
      expect(samePerson(url, url)).toBe(false);
    }
    // A company page a lead was saved from is matched as it is, case aside.
    expect(profileUrlSpellingsOr('https://www.linkedin.com/company/acme/')).toEqual(['https://www.linkedin.com/company/acme/']);
    expect(sameProfileUrl('HTTPS://www.linkedin.com/company/acme/', 'https://www.linkedin.com/company/acme/')).toBe(true);
    expect(sameProfileUrl(null, JANE)).toBe(false);
  });

  it('every spelling listed names the same person again (property)', () => {
    fc.assert(
      fc.property(slug, fc.integer({ min: 1, max: 500 }), (s, max) => {
        const url = `https://www.linkedin.com/in/${encodeURIComponent(s)}/`;
        const spellings = profileUrlSpellings(url, max);
        expect(spellings.length).toBeGreaterThan(0);
        expect(spellings.length).toBeLessThanOrEqual(max);
        expect(new Set(spellings).size).toBe(spellings.length);
        for (const spelling of spellings) expect(samePerson(spelling, url)).toBe(true);
      }),
      { numRuns: 100 },
    );
    // Each run lists and parses a few hundred URLs: room on a loaded machine.
  }, 30_000);

  it('any stored spelling of a profile is recognised as that person, and as no one else (property)', () => {
    fc.assert(
      fc.property(
        slug.chain((s) => fc.tuple(fc.constant(s), spellingOf(s), slug)),
        ([s, stored, other]) => {
          const canonical = `https://www.linkedin.com/in/${encodeURIComponent(s.toLowerCase())}/`;
          expect(samePerson(stored, canonical)).toBe(true);
          expect(sameProfileUrl(stored, canonical)).toBe(true);
          if (profileIdOf(other) !== profileIdOf(canonical)) expect(samePerson(`https://www.linkedin.com/in/${encodeURIComponent(other)}/`, stored)).toBe(false);
        },
      ),
      { numRuns: 500 },
    );
  }, 30_000);

  it('hostile input never throws, and whatever it yields is consistent (property)', () => {
    const hostile = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.webUrl({ withQueryParameters: true, withFragments: true }),
      fc.string({ maxLength: 60 }).map((s) => `https://www.linkedin.com/in/${s}`),
      fc.string({ unit: 'binary', maxLength: 60 }).map((s) => `https://pl.linkedin.com/in/${s}/en?x=${s}#${s}`),
      fc.constantFrom('https://www.linkedin.com/in/%', 'https://www.linkedin.com/in/%25%25/', 'https://www.linkedin.com/in/%E0%A4%A/', 'javascript:alert(1)//linkedin.com/in/x', 'https://www.linkedin.com.evil.example/in/jane-doe/', 'https://www.linkedin.com/in/jane%2Fdoe/', `https://www.linkedin.com/in/${'a'.repeat(5_000)}/`),
    );
    fc.assert(
      fc.property(hostile, hostile, (a, b) => {
        const spellings = profileUrlSpellings(a, 400);
        const id = profileIdOf(a);
        if (id === undefined) expect(spellings).toEqual([]);
        else {
          expect(spellings[0]).toBe(classifyLinkedInUrl(a).kind === 'person' ? (classifyLinkedInUrl(a) as { canonicalUrl: string }).canonicalUrl : undefined);
          for (const spelling of spellings) expect(profileIdOf(spelling)).toBe(id);
        }
        // Symmetric, and a person only ever matches a person.
        expect(samePerson(a, b)).toBe(samePerson(b, a));
        if (samePerson(a, b)) expect(profileIdOf(a)).toBe(profileIdOf(b));
      }),
      { numRuns: 300 },
    );
  }, 30_000);
});
