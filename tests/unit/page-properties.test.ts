import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { draftFromMailto, draftFromProfileLink, draftFromSelection } from '../../lib/capture/context-menu';
import { extractPage, PAGE_SOURCES } from '../../lib/capture/page';
import { CompanyCaptureSchema, PersonCaptureSchema } from '../../lib/capture/schema';

/**
 * Properties: on any page, hostile or random, extractPage returns and what it
 * returns passes the capture schemas; the context-menu drafts are schema-valid
 * or undefined. Inputs mix random text with the pieces real attacks and broken
 * pages are made of.
 */

const NOW = 1_750_000_000_000;

const nasty = fc.constantFrom(
  '<img src=x onerror=alert(1)>', 'javascript:alert(1)', '\u202E', '\u202Egnp.exe', '\u0000', '\uFEFF', '%', '%E0%A4%A',
  '%40', 'a@b.co', 'Jane.Doe@Acme.example', 'info@acme.example', '+48 600 100 200', ' @ ', ' at ', ' – ', ', ', '\n', '\t',
  'https://www.linkedin.com/in/jane-doe', 'https://pl.linkedin.com/in/J%C3%B3zef/pl', 'https://www.linkedin.com/company/acme',
  'data:text/vcard,FN:x', 'Jane Doe', 'VP Sales', 'Acme Corp', '2024-01-05', '😀', 'x'.repeat(3000), '"', "'", '<', '>', '&amp;',
);
const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  nasty,
  fc.array(fc.oneof(nasty, fc.string({ maxLength: 8 })), { maxLength: 6 }).map((parts) => parts.join('')),
);
// Escape for an attribute value; the page parser must still see hostile content inside.
const attr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const scriptSafe = (value: string) => value.replace(/<\//g, '<\\/');

const schemaValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    text,
    fc.integer(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 3 }),
    tie('node'),
  ),
  node: fc.record(
    {
      '@type': fc.constantFrom('Person', 'Organization', 'Corporation', 'LocalBusiness', 'ProfilePage', ['Person'], 'schema:Person', 'Thing'),
      '@id': fc.constantFrom('#a', '#b', 'https://x.example/#p'),
      name: text,
      givenName: text,
      familyName: text,
      jobTitle: tie('value'),
      email: text,
      telephone: text,
      sameAs: fc.oneof(text, fc.array(text, { maxLength: 3 })),
      url: text,
      image: tie('value'),
      address: tie('value'),
      worksFor: tie('value'),
      mainEntity: tie('value'),
      employee: tie('value'),
      numberOfEmployees: tie('value'),
      '@graph': fc.array(tie('value'), { maxLength: 3 }),
    },
    { requiredKeys: [] },
  ),
})).value;

const fragment = fc.oneof(
  text.map((t) => t),
  fc.oneof(schemaValue.map((v) => JSON.stringify(v) ?? 'null'), text).map((json) => `<script type="application/ld+json">${scriptSafe(json)}</script>`),
  fc.tuple(fc.constantFrom('Person', 'Organization', 'PostalAddress'), fc.constantFrom('name', 'jobTitle', 'email', 'telephone', 'sameAs', 'employee', 'worksFor', 'url'), text)
    .map(([type, prop, value]) => `<div itemscope itemtype="https://schema.org/${type}"><a itemprop="${prop}" href="${attr(value)}">${value}</a><span itemprop="name">${value}</span>`),
  fc.tuple(fc.constantFrom('vcard', 'h-card'), fc.constantFrom('fn', 'p-name', 'org', 'p-org', 'title', 'u-email', 'email', 'tel', 'u-url', 'h-card'), text)
    .map(([card, prop, value]) => `<div class="${card}"><a class="${prop}" href="${attr(value)}">${value}</a>`),
  fc.tuple(fc.constantFrom('mailto:', 'MAILTO:', 'tel:', 'data:text/vcard,', 'data:text/vcard;base64,', 'javascript:', ''), text)
    .map(([scheme, value]) => `<a href="${attr(scheme + value)}">${value}</a>`),
  fc.tuple(fc.constantFrom('og:type', 'og:site_name', 'og:title', 'og:url', 'og:image', 'profile:first_name', 'profile:last_name'), fc.oneof(text, fc.constant('profile')))
    .map(([key, value]) => `<meta property="${key}" content="${attr(value)}">`),
  text.map((t) => `<title>${t}</title>`),
  fc.constantFrom('</div>', '<div>', '<p class="vcard">', '<span itemscope>', '<![CDATA[', '<!--', '<template>', '<svg><title>x</title>'),
);
const page = fc.array(fragment, { maxLength: 12 }).map((parts) => parts.join('\n'));
const pageUrl = fc.oneof(fc.webUrl(), text, fc.constantFrom('https://acme.example/team', 'https://www.linkedin.com/in/x', 'file:///x.html', ''));
const timestamp = fc.oneof(
  fc.integer({ min: 946_684_800_000, max: 4_102_444_800_000 }),
  fc.constantFrom(Number.NaN, -1, 0, Number.MAX_SAFE_INTEGER, 1.5),
);

function valid(now: number): boolean {
  return PersonCaptureSchema.shape.capturedAt.safeParse(now).success;
}

describe('extractPage properties', () => {
  it('never throws and returns schema-valid captures on random and hostile pages', () => {
    fc.assert(
      fc.property(page, pageUrl, timestamp, (html, url, now) => {
        const doc = new DOMParser().parseFromString(html, 'text/html');
        const result = extractPage(doc, url, now);
        expect(result.sources.every((s) => PAGE_SOURCES.includes(s))).toBe(true);
        if (result.person) {
          expect(PersonCaptureSchema.safeParse(result.person).success).toBe(true);
          expect(result.person.source).toBe('website');
          expect(result.person.capturedAt).toBe(now);
        }
        if (result.company) expect(CompanyCaptureSchema.safeParse(result.company).success).toBe(true);
        if (!valid(now)) expect(result.person ?? result.company).toBeUndefined();
        // Anything returned came from some source; URLs are web URLs; markup never survives as text.
        if (result.person?.fullName || result.person?.email) expect(result.sources.length).toBeGreaterThan(0);
        for (const capture of [result.person, result.company]) {
          for (const [key, value] of Object.entries(capture ?? {})) {
            expect(value).toBeDefined();
            if (/url$/i.test(key) || key === 'website') expect(String(value)).toMatch(/^https?:\/\//);
            expect(String(value)).not.toMatch(/<img/i);
          }
        }
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  it('stays fast on deep and large documents', () => {
    const deep = `${'<div itemscope itemtype="https://schema.org/Person" itemprop="knows">'.repeat(3000)}x${'</div>'.repeat(3000)}`;
    const many = '<a href="mailto:info@acme.example">x</a>'.repeat(20_000);
    const json = `<script type="application/ld+json">${'['.repeat(100_000)}${']'.repeat(100_000)}</script>`;
    for (const html of [deep, many, json]) {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      const started = performance.now();
      expect(() => extractPage(doc, 'https://acme.example/', NOW)).not.toThrow();
      expect(performance.now() - started).toBeLessThan(5000);
    }
  }, 60_000);
});

describe('context-menu properties', () => {
  const check = (draft: ReturnType<typeof draftFromSelection>, now: number) => {
    if (draft === undefined) return;
    expect(PersonCaptureSchema.safeParse(draft).success).toBe(true);
    expect(draft.source).toBe('context-menu');
    expect(draft.capturedAt).toBe(now);
    expect(Boolean(draft.fullName || draft.email || draft.linkedinUrl || draft.salesNavUrl)).toBe(true);
  };
  const selection = fc.oneof(text, fc.array(text, { maxLength: 8 }).map((lines) => lines.join('\n')));
  const linkText = fc.option(selection, { nil: undefined });
  const href = fc.oneof(
    text,
    fc.webUrl(),
    text.map((t) => `mailto:${t}`),
    text.map((t) => `https://www.linkedin.com/in/${t}`),
    text.map((t) => `https://www.linkedin.com/sales/lead/${t}`),
  );

  it('draftFromSelection never throws and is schema-valid or undefined', () => {
    fc.assert(
      fc.property(selection, pageUrl, timestamp, (t, url, now) => check(draftFromSelection(t, url, now), now)),
      { numRuns: 500 },
    );
  }, 30_000);

  it('draftFromMailto never throws and is schema-valid or undefined', () => {
    fc.assert(
      fc.property(href, linkText, pageUrl, timestamp, (h, t, url, now) => check(draftFromMailto(h, t, url, now), now)),
      { numRuns: 500 },
    );
  }, 30_000);

  it('draftFromProfileLink never throws and is schema-valid or undefined', () => {
    fc.assert(
      fc.property(href, linkText, pageUrl, timestamp, (h, t, url, now) => check(draftFromProfileLink(h, t, url, now), now)),
      { numRuns: 500 },
    );
  }, 30_000);

  it('stays fast on huge and pathological selections', () => {
    const inputs = ['a'.repeat(1_000_000), `${'1-'.repeat(500_000)}x`, `${'@'.repeat(100_000)}.`, `Jane Doe${' '.repeat(100_000)}x`, '<'.repeat(100_000)];
    for (const input of inputs) {
      const started = performance.now();
      draftFromSelection(input, 'https://x.example', NOW);
      draftFromMailto(`mailto:${input}`, input, 'https://x.example', NOW);
      draftFromProfileLink(`https://www.linkedin.com/in/${input}`, input, 'https://x.example', NOW);
      expect(performance.now() - started).toBeLessThan(2000);
    }
  }, 30_000);
});
