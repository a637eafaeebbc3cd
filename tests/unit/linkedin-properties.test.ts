/**
 * Properties the extractors must keep on ANY input: they never throw, they answer
 * either a typed "no" or a capture the schema accepts, and URL normalisation is a
 * fixed point. Inputs: random markup built from LinkedIn-flavoured fragments and
 * hostile text, real fixtures with random mutations, and random URLs.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentMatchesUrl, extractLinkedIn } from '../../lib/capture/linkedin';
import { classifyLinkedInUrl, normalizeLinkedInUrl } from '../../lib/capture/linkedin-url';
import { CaptureSchema, type ExtractResult } from '../../lib/capture/schema';
import { LINKEDIN_FIXTURE_URLS } from '../e2e/fixtures/linkedin';

const NOW = 1_700_000_000_000;
const FIXTURE_DIR = join(dirname(fileURLToPath(import.meta.url)), '../e2e/fixtures/linkedin/');
// jsdom selectors are slow (a few ms per extraction); the runs below need more than the default 5 s.
const SLOW = 60_000;
const UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/;

// ---- arbitraries -------------------------------------------------------------

const hostileText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom(
    'Jane Doe', 'Łukasz Żółć', 'LinkedIn', '(3)', '99+', 'Jane Doe, PhD 🚀 (She/Her)', '\u202Eevil\u202C', '\u0000\u0007\u000B',
    '<img src=x onerror=alert(1)>', '"><script>alert(1)</script>', 'javascript:alert(1)', 'Current company: Acme. Click to skip',
    'Obecna firma: Pszczółka', '201-500 employees', 'Jan 2020 - Present', '2015 - 2019', ' · ', '{"@type":"Person"', 'x'.repeat(3000),
  ),
);

const fragment = fc.oneof(
  { weight: 3, arbitrary: hostileText },
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      '<main>', '</main>', '<section>', '</section>', '<aside>', '</aside>', '<header>', '</header>', '<h1>', '</h1>',
      '<h1 class="text-heading-xlarge">', '<div class="text-body-medium break-words">', '<div>', '</div>', '<ul>', '<li>', '</li>',
      '<span aria-hidden="true">', '</span>', '<div role="heading" aria-level="1">', '<template>', '</template>', '<title>', '</title>',
      '<div id="experience"></div>', '<h2>Experience</h2>', '<section class="pv-top-card">', '<ul class="pv-top-card--list"><li>',
      '<a href="/in/jane-doe/overlay/contact-info/">Contact info</a>', '<a href="/in/bob-brown/overlay/about-this-profile/" aria-label="Bob Brown">',
      '<a href="/company/acme/">', '<a href="/sales/company/123">', '<a href="javascript:alert(1)">', '</a>',
      '<button aria-label="Current company: ', '<button aria-label="Obecna firma: ', '">', '</button>',
      '<span data-anonymize="person-name">', '<span data-anonymize="headline">', '<span data-anonymize="company-name">',
      '<img alt="Jane Doe" src="', '<img data-delayed-url="https://media.licdn.com/x/profile-displayphoto-1" src="data:,">',
      '<link rel="canonical" href="https://www.linkedin.com/in/jane-doe/">', '<link rel="canonical" href="https://www.linkedin.com/in/someone-else/">',
      '<meta property="og:url" content="https://pl.linkedin.com/in/jane-doe">', '<meta property="og:image" content="javascript:alert(1)">',
      '<meta name="description" content="Head · Experience: Acme · Location: Boston">',
      '<script type="application/ld+json">', '</script>',
      '{"@type":"Person","url":"https://www.linkedin.com/in/jane-doe","name":"', '{"@type":"ProfilePage","url":"https://www.linkedin.com/in/jane-doe","mainEntity":{"name":',
      '{"@type":"Organization","url":"https://www.linkedin.com/company/acme/","numberOfEmployees":{"minValue":1e308,"maxValue":-0},"name":',
      '"}', '}]', '[', '<dl><dt>Website</dt><dd><a href="', '<dt>Company size</dt><dd>', '</dd></dl>', '<div hidden>', '<svg><title>',
      '<!--', '-->', '<![CDATA[', '&#x202E;', '&#0;', '&amp;', '<table><tr><td>', '<select><option>', '<iframe srcdoc="<h1>x</h1>">',
      '(3) Jane Doe | LinkedIn', 'Jane Doe - Head of Sales - Acme | LinkedIn', ' at ', ' | ',
    ),
  },
);

const randomHtml = fc.array(fragment, { maxLength: 60 }).map((parts) => parts.join(''));

const slug = fc.oneof(
  fc.constantFrom('jane-doe', 'Jane-Doe', 'bob-brown', 'łukasz-żółć', '%C5%81UKASZ', 'a', '%E0%A4%A', 'x'.repeat(250), 'ACwAAAB1c2VyMTIz,NAME_SEARCH,x', '12345'),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
);
const linkedInUrl = fc
  .tuple(
    fc.constantFrom('https://', 'http://', 'HTTPS://', '', '//', 'javascript:', 'ftp://'),
    fc.constantFrom('www.linkedin.com', 'linkedin.com', 'pl.linkedin.com', 'm.linkedin.com', 'linkedin.com.evil.com', 'evil.com', 'WWW.LinkedIn.COM'),
    fc.constantFrom('/in/', '/sales/lead/', '/sales/people/', '/company/', '/sales/company/', '/school/', '/feed/', '/IN/', '/'),
    slug,
    fc.constantFrom('', '/', '/pl/', '/overlay/contact-info/', '/details/experience/', '?locale=pl_PL', '#x', '/about/?trk=1', '//'),
  )
  .map((parts) => parts.join(''));
const anyUrl = fc.oneof(linkedInUrl, fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.string({ maxLength: 80 }));

// ---- invariants --------------------------------------------------------------

function checkResult(result: ExtractResult, url: string): void {
  const page = classifyLinkedInUrl(url);
  if (!result.ok) {
    expect(['not-a-lead-page', 'no-identity']).toContain(result.reason);
    // Not a lead page: any address that is not a profile or company, and LinkedIn's
    // "no such profile" page, which is served at a profile address (not-found.ts).
    if (page.kind === 'other') expect(result.reason).toBe('not-a-lead-page');
    else if (result.reason === 'not-a-lead-page') expect(page.kind).toBe('person');
    return;
  }
  expect(page.kind).not.toBe('other');
  expect(CaptureSchema.safeParse(result.capture).success).toBe(true);
  expect(result.capture.kind).toBe(page.kind === 'company' ? 'company' : 'person');
  const record = result.capture.kind === 'person' ? result.capture.person : result.capture.company;
  for (const value of Object.values(record)) {
    if (typeof value === 'string') expect(value).not.toMatch(UNSAFE);
  }
  if (result.capture.kind === 'person') expect(result.capture.person.fullName).toBeTruthy();
}

function extractChecked(html: string, url: string): void {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  let result: ExtractResult | undefined;
  expect(() => {
    result = extractLinkedIn(doc, url, NOW);
    documentMatchesUrl(doc, url);
  }).not.toThrow();
  if (result) checkResult(result, url);
}

// ---- properties --------------------------------------------------------------

describe('extractLinkedIn on arbitrary input', () => {
  it('never throws and answers a typed "no" or a schema-valid capture (random markup, random URLs)', () => {
    fc.assert(fc.property(randomHtml, anyUrl, (html, url) => extractChecked(html, url)), { numRuns: 300 });
  }, SLOW);

  it('holds for random markup on profile and company URLs specifically', () => {
    const leadUrl = fc.constantFrom(
      'https://www.linkedin.com/in/jane-doe/',
      'https://www.linkedin.com/in/bob-brown/',
      'https://www.linkedin.com/sales/lead/ACwAAAB1c2VyMTIz,NAME_SEARCH,x7Yz',
      'https://www.linkedin.com/company/acme/',
      'https://www.linkedin.com/sales/company/123',
    );
    fc.assert(fc.property(randomHtml, leadUrl, (html, url) => extractChecked(html, url)), { numRuns: 300 });
  }, SLOW);

  it('holds for every fixture with random mutations', () => {
    const files = Object.keys(LINKEDIN_FIXTURE_URLS);
    const sources = new Map(files.map((file) => [file, readFileSync(FIXTURE_DIR + file, 'utf8')]));
    const mutation = fc.record({
      at: fc.double({ min: 0, max: 1, noNaN: true }),
      length: fc.nat({ max: 400 }),
      kind: fc.constantFrom('delete', 'insert', 'duplicate', 'swap-case'),
      text: fragment,
    });
    fc.assert(
      fc.property(fc.constantFrom(...files), fc.array(mutation, { minLength: 1, maxLength: 6 }), fc.boolean(), (file, mutations, ownUrl) => {
        let html = sources.get(file) ?? '';
        for (const m of mutations) {
          const at = Math.floor(m.at * html.length);
          const end = Math.min(html.length, at + m.length);
          if (m.kind === 'delete') html = html.slice(0, at) + html.slice(end);
          else if (m.kind === 'insert') html = html.slice(0, at) + m.text + html.slice(at);
          else if (m.kind === 'duplicate') html = html.slice(0, end) + html.slice(at, end) + html.slice(end);
          else html = html.slice(0, at) + html.slice(at, end).toUpperCase() + html.slice(end);
        }
        const url = ownUrl ? LINKEDIN_FIXTURE_URLS[file] ?? '' : 'https://www.linkedin.com/in/someone-else/';
        extractChecked(html, url);
      }),
      { numRuns: 120 },
    );
  }, SLOW);

  it('unmutated fixtures under random URLs still keep every invariant', () => {
    const docs = Object.keys(LINKEDIN_FIXTURE_URLS).map((file) => readFileSync(FIXTURE_DIR + file, 'utf8'));
    fc.assert(fc.property(fc.constantFrom(...docs), anyUrl, (html, url) => extractChecked(html, url)), { numRuns: 80 });
  }, SLOW);
});

describe('URL normalisation', () => {
  it('is idempotent: a canonical URL normalises to itself', () => {
    fc.assert(
      fc.property(anyUrl, (raw) => {
        const once = normalizeLinkedInUrl(raw);
        if (once !== undefined) expect(normalizeLinkedInUrl(once)).toBe(once);
      }),
      { numRuns: 3000 },
    );
  });

  it('never throws and always yields an https www.linkedin.com URL or undefined', () => {
    fc.assert(
      fc.property(anyUrl, (raw) => {
        const normalized = normalizeLinkedInUrl(raw);
        if (normalized !== undefined) expect(normalized.startsWith('https://www.linkedin.com/')).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('treats every spelling of one profile as one key', () => {
    const spelling = fc.tuple(
      fc.constantFrom('https://', 'http://', ''),
      fc.constantFrom('www.', 'pl.', 'de.', 'm.', ''),
      fc.constantFrom('', '/', '/pl/', '/overlay/contact-info/', '/details/experience/', '?locale=pl_PL', '#about', '/?trk=abc'),
      fc.boolean(),
    );
    fc.assert(
      fc.property(spelling, ([scheme, sub, suffix, upper]) => {
        const id = upper ? 'JANE-DOE' : 'jane-doe';
        expect(normalizeLinkedInUrl(`${scheme}${sub}linkedin.com/in/${id}${suffix}`)).toBe('https://www.linkedin.com/in/jane-doe/');
      }),
      { numRuns: 300 },
    );
  });
});
