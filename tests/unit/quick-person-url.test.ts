/**
 * The list scan's shortcut for plain profile hrefs gives what the full URL reading gives
 * (the href resolved as the scan resolves it, then classified), and nothing for any
 * spelling it does not know; hostile strings included (fast-check).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { absoluteUrl } from '../../lib/capture/linkedin/dom';
import { classifyLinkedInUrl, quickPersonUrl, readLinkedInUrl } from '../../lib/capture/linkedin-url';

function slow(href: string): string | undefined {
  const absolute = absoluteUrl(href);
  const page = absolute ? readLinkedInUrl(absolute) : undefined;
  return page?.kind === 'person' && page.publicId !== 'me' ? page.canonicalUrl : undefined;
}

const idChars = fc.constantFrom(...'abcXYZ019_-.%é ~'.split(''));
const ids = fc.oneof(fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/), fc.array(idChars, { maxLength: 14 }).map((c) => c.join('')), fc.constantFrom('me', 'ME', 'Me', 'a', 'x'.repeat(201)));
const prefixes = fc.constantFrom('', 'https://www.linkedin.com', 'https://linkedin.com', 'http://www.linkedin.com', 'https://pl.linkedin.com', 'https://WWW.linkedin.com', '//www.linkedin.com', ' ', 'https://www.linkedin.com.evil.com', 'https://evil.com');
const paths = fc.constantFrom('/in/', '/IN/', 'in/', '/in//', '/sales/lead/', '/in\\');
const tails = fc.oneof(fc.constantFrom('', '/', '//', '/detail', '?miniProfileUrn=urn%3Ali%3Afs', '#x', '?a b', '/?x=1', ' ', '\n', '?' + 'q'.repeat(2100)), fc.string({ maxLength: 6 }));

describe('quickPersonUrl', () => {
  it('plain spellings: relative, on www, with a query', () => {
    expect(quickPersonUrl('/in/Jane-Doe/')).toBe('https://www.linkedin.com/in/jane-doe/');
    expect(quickPersonUrl('https://www.linkedin.com/in/sikailee?miniProfileUrn=urn%3Ali%3Afs_miniProfile%3AACoAABiVqgQ')).toBe('https://www.linkedin.com/in/sikailee/');
    expect(quickPersonUrl('/in/me/')).toBeUndefined();
    expect(quickPersonUrl('https://pl.linkedin.com/in/jane/')).toBeUndefined();
    expect(quickPersonUrl('/in/jane/overlay/contact-info/')).toBeUndefined();
  });

  it('agrees with the full reading wherever it answers, and answers the plain spellings', () => {
    fc.assert(
      fc.property(prefixes, paths, ids, tails, (prefix, path, id, tail) => {
        const href = `${prefix}${path}${id}${tail}`;
        const quick = quickPersonUrl(href);
        if (quick !== undefined) expect(quick).toBe(slow(href));
        if ((prefix === '' || prefix === 'https://www.linkedin.com') && path === '/in/' && /^[A-Za-z0-9_-]{2,200}$/.test(id) && id.toLowerCase() !== 'me' && (tail === '' || tail === '/' || tail === '#x' || tail.startsWith('?m'))) {
          expect(quick).toBe(slow(href));
          expect(quick).toBeDefined();
        }
      }),
      { numRuns: 3_000 },
    );
  });

  it('any string: never an answer the full reading would not give', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (href) => {
        const quick = quickPersonUrl(href);
        if (quick !== undefined) expect(quick).toBe(slow(href));
      }),
      { numRuns: 3_000 },
    );
  });

  it('classifyLinkedInUrl, which takes the shortcut for plain absolute addresses, equals the full reading', () => {
    fc.assert(
      fc.property(fc.oneof(fc.tuple(prefixes, paths, ids, tails).map((parts) => parts.join('')), fc.string({ maxLength: 60 }).map((s) => `https://www.linkedin.com/in/${s}`)), (raw) => {
        expect(classifyLinkedInUrl(raw)).toEqual(readLinkedInUrl(raw));
      }),
      { numRuns: 3_000 },
    );
  });
});
