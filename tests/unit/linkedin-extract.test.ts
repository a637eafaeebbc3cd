// @vitest-environment-options {"url": "https://www.linkedin.com/in/alice-anders/"}
/**
 * The LinkedIn extractors against the HTML fixtures that end-to-end tests also serve.
 * The environment URL is LinkedIn's so the SPA fixture's own script can pushState.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import {
  cleanPersonName,
  companyFromLabel,
  documentMatchesUrl,
  extractLinkedIn,
  parseLinkedInTitle,
  splitPersonName,
} from '../../lib/capture/linkedin';
import { CaptureSchema, type ExtractResult } from '../../lib/capture/schema';
import { cleanLine } from '../../lib/schema/text';
import { LINKEDIN_FIXTURES, LINKEDIN_FIXTURE_URLS } from '../e2e/fixtures/linkedin';

const NOW = 1_700_000_000_000;
const FIXTURE_DIR = join(dirname(fileURLToPath(import.meta.url)), '../e2e/fixtures/linkedin/');

function html(file: string): string {
  return readFileSync(FIXTURE_DIR + file, 'utf8');
}
function load(file: string): Document {
  return new DOMParser().parseFromString(html(file), 'text/html');
}
function parse(markup: string): Document {
  return new DOMParser().parseFromString(markup, 'text/html');
}
function urlOf(file: string): string {
  const url = LINKEDIN_FIXTURE_URLS[file];
  if (!url) throw new Error(`no URL for ${file}`);
  return url;
}
function extractFixture(file: string, url = urlOf(file)): ExtractResult {
  return extractLinkedIn(load(file), url, NOW);
}
function personOf(result: ExtractResult) {
  if (!result.ok || result.capture.kind !== 'person') throw new Error(`expected a person, got ${JSON.stringify(result)}`);
  expect(CaptureSchema.safeParse(result.capture).success).toBe(true);
  return result.capture.person;
}
function companyOf(result: ExtractResult) {
  if (!result.ok || result.capture.kind !== 'company') throw new Error(`expected a company, got ${JSON.stringify(result)}`);
  expect(CaptureSchema.safeParse(result.capture).success).toBe(true);
  return result.capture.company;
}
const profile = (id: string) => `https://www.linkedin.com/in/${id}/`;
const base = (url: string) => ({ sourceUrl: url, capturedAt: NOW });

describe('fixture map', () => {
  it('maps every served path to an existing fixture that says where it is served', () => {
    for (const [path, file] of Object.entries(LINKEDIN_FIXTURES)) {
      const text = html(file);
      expect(text.startsWith('<!-- served at https://www.linkedin.com')).toBe(true);
      expect(text).toContain(`https://www.linkedin.com${path.split('?')[0]}`);
    }
  });
  it('fixtures load nothing from the network', () => {
    for (const file of new Set(Object.values(LINKEDIN_FIXTURES))) {
      const doc = load(file);
      const external = [...doc.querySelectorAll('[src], link[href][rel="stylesheet"], script[src]')]
        .map((el) => el.getAttribute('src') ?? el.getAttribute('href') ?? '')
        .filter((src) => /^(?:https?:)?\/\//i.test(src));
      expect(external, file).toEqual([]);
    }
  });
});

describe('person fixtures', () => {
  it('current layout: top card, experience, aria-label; ignores "People also viewed"', () => {
    const url = urlOf('profile-current.html');
    expect(personOf(extractFixture('profile-current.html'))).toEqual({
      fullName: 'Jane Doe',
      firstName: 'Jane',
      lastName: 'Doe',
      headline: 'Head of Sales at Acme Analytics | B2B SaaS',
      title: 'Head of Sales',
      companyName: 'Acme Analytics',
      companyLinkedinUrl: 'https://www.linkedin.com/company/acme-analytics/',
      location: 'Boston, Massachusetts, United States',
      photoUrl:
        'https://media.licdn.com/dms/image/v2/C4E03AQF-jane-doe/profile-displayphoto-shrink_400_400/0/1700000000000?e=2147483647&v=beta&t=jane',
      linkedinUrl: profile('jane-doe'),
      publicId: 'jane-doe',
      source: 'linkedin',
      ...base(url),
    });
  });

  it('previous layout: name in .pv-top-card--list li, credentials stripped', () => {
    const url = urlOf('profile-previous.html');
    expect(personOf(extractFixture('profile-previous.html'))).toEqual({
      fullName: 'John Smith',
      firstName: 'John',
      lastName: 'Smith',
      headline: 'VP Engineering at Globex Corporation',
      title: 'VP Engineering',
      companyName: 'Globex Corporation',
      companyLinkedinUrl: 'https://www.linkedin.com/company/globex/',
      location: 'San Francisco Bay Area',
      photoUrl:
        'https://media.licdn.com/dms/image/C5603AQE-john-smith/profile-displayphoto-shrink_200_200/0/1600000000000?e=2147483647&v=beta&t=john',
      linkedinUrl: profile('john-smith-42'),
      publicId: 'john-smith-42',
      source: 'linkedin',
      ...base(url),
    });
  });

  it('hashed class names: tags, roles, aria-labels and structure are enough', () => {
    const url = urlOf('profile-hashed.html');
    expect(personOf(extractFixture('profile-hashed.html'))).toEqual({
      fullName: 'Mei Tanaka',
      firstName: 'Mei',
      lastName: 'Tanaka',
      headline: 'Founder & CEO @ Kumo Labs | Robotics for small warehouses',
      title: 'Founder & CEO',
      companyName: 'Kumo Labs',
      companyLinkedinUrl: 'https://www.linkedin.com/company/kumo-labs/',
      location: 'Tokyo, Japan',
      photoUrl:
        'https://media.licdn.com/dms/image/v2/D5603AQH-mei-tanaka/profile-displayphoto-shrink_400_400/0/1710000000000?e=2147483647&v=beta&t=mei',
      linkedinUrl: profile('mei-tanaka'),
      publicId: 'mei-tanaka',
      source: 'linkedin',
      ...base(url),
    });
  });

  it('Sales Navigator lead: data-anonymize fields, sales URL and the linked public profile', () => {
    const url = urlOf('sales-nav-lead.html');
    expect(personOf(extractFixture('sales-nav-lead.html'))).toEqual({
      fullName: 'Olivia Martinez',
      firstName: 'Olivia',
      lastName: 'Martinez',
      headline: 'Director of Procurement | Supply Chain & Logistics',
      title: 'Director of Procurement',
      companyName: 'Iberia Logistics',
      companyLinkedinUrl: 'https://www.linkedin.com/company/12345/',
      location: 'Madrid, Community of Madrid, Spain',
      photoUrl:
        'https://media.licdn.com/dms/image/v2/D4D03AQG-olivia-martinez/profile-displayphoto-shrink_200_200/0/1690000000000?e=2147483647&v=beta&t=olivia',
      linkedinUrl: profile('olivia-martinez-88'),
      publicId: 'olivia-martinez-88',
      salesNavUrl: 'https://www.linkedin.com/sales/lead/ACwAAAB1c2VyMTIz/',
      source: 'sales-navigator',
      ...base(url),
    });
  });

  it('Sales Navigator lead without a public profile link keeps only the sales URL', () => {
    const doc = load('sales-nav-lead.html');
    doc.querySelector('a[data-control-name="view_linkedin"]')?.remove();
    const person = personOf(extractLinkedIn(doc, urlOf('sales-nav-lead.html'), NOW));
    expect(person.linkedinUrl).toBeUndefined();
    expect(person.publicId).toBeUndefined();
    expect(person.salesNavUrl).toBe('https://www.linkedin.com/sales/lead/ACwAAAB1c2VyMTIz/');
    // The similar lead's profile link (in the aside) is not mistaken for this lead's.
    expect(JSON.stringify(person)).not.toContain('luis');
  });

  it('public profile: JSON-LD Person whose url is the page, not the other Person in @graph', () => {
    const url = urlOf('profile-public.html');
    expect(personOf(extractFixture('profile-public.html'))).toEqual({
      fullName: 'Amara Okafor',
      firstName: 'Amara',
      lastName: 'Okafor',
      headline: 'Chief Operating Officer at Lagos Fintech Partners · Board member',
      title: 'Chief Operating Officer',
      companyName: 'Lagos Fintech Partners',
      companyLinkedinUrl: 'https://www.linkedin.com/company/lagos-fintech-partners/',
      location: 'Lagos, Lagos State, Nigeria',
      photoUrl:
        'https://media.licdn.com/dms/image/v2/C4D03AQE-amara-okafor/profile-displayphoto-shrink_800_800/0/1650000000000?e=2147483647&v=beta&t=amara',
      linkedinUrl: profile('amara-okafor'),
      publicId: 'amara-okafor',
      source: 'linkedin',
      ...base(url),
    });
  });

  it('public profile: JSON-LD alone is enough, and only the matching Person is used', () => {
    const doc = load('profile-public.html');
    doc.body.replaceChildren();
    for (const meta of doc.querySelectorAll('title, meta')) meta.remove();
    const person = personOf(extractLinkedIn(doc, urlOf('profile-public.html'), NOW));
    expect(person).toMatchObject({
      fullName: 'Amara Okafor',
      title: 'Chief Operating Officer',
      companyName: 'Lagos Fintech Partners',
      location: 'Lagos, Lagos State, Nigeria',
    });
    expect(person.headline).toBeUndefined();
  });

  it('JSON-LD about someone else only is never used', () => {
    const doc = parse(`<html><head><script type="application/ld+json">
      {"@type":"Person","name":"Daniel Mensah","url":"https://gh.linkedin.com/in/daniel-mensah","jobTitle":"Head of Risk"}
      </script></head><body><main></main></body></html>`);
    expect(extractLinkedIn(doc, profile('amara-okafor'), NOW)).toEqual({ ok: false, reason: 'no-identity' });
  });

  it('JSON-LD ProfilePage with a mainEntity Person is accepted by the page url', () => {
    const doc = parse(`<html><head><script type="application/ld+json">
      {"@context":"https://schema.org","@type":"ProfilePage","url":"https://www.linkedin.com/in/ada-lovelace",
       "mainEntity":{"@type":"Person","givenName":"Ada","familyName":"Lovelace","jobTitle":"Analyst",
         "worksFor":{"@type":"Organization","name":"Analytical Engines Ltd","url":"https://www.linkedin.com/company/analytical-engines/"}}}
      </script></head><body></body></html>`);
    expect(personOf(extractLinkedIn(doc, 'https://uk.linkedin.com/in/Ada-Lovelace?trk=x', NOW))).toMatchObject({
      fullName: 'Ada Lovelace',
      firstName: 'Ada',
      lastName: 'Lovelace',
      title: 'Analyst',
      companyName: 'Analytical Engines Ltd',
      companyLinkedinUrl: 'https://www.linkedin.com/company/analytical-engines/',
      linkedinUrl: profile('ada-lovelace'),
      publicId: 'ada-lovelace',
    });
  });

  it('Polish UI and a Polish name with diacritics; grouped experience gives the newest role', () => {
    const url = urlOf('profile-polish.html');
    expect(personOf(extractFixture('profile-polish.html'))).toEqual({
      fullName: 'Łukasz Żółć',
      firstName: 'Łukasz',
      lastName: 'Żółć',
      headline: 'Dyrektor sprzedaży B2B | SaaS dla e-commerce',
      title: 'Dyrektor sprzedaży',
      companyName: 'Pszczółka Software',
      companyLinkedinUrl: 'https://www.linkedin.com/company/pszczolka-software/',
      location: 'Kraków, Województwo małopolskie, Polska',
      photoUrl:
        'https://media.licdn.com/dms/image/v2/D4D03AQF-lukasz-zolc/profile-displayphoto-shrink_400_400/0/1705000000000?e=2147483647&v=beta&t=lukasz',
      linkedinUrl: profile('lukasz-zolc'),
      publicId: 'lukasz-zolc',
      source: 'linkedin',
      ...base(url),
    });
  });

  it('notification-count title "(3) ..." with no h1: title and meta strategy, count stripped', () => {
    const url = urlOf('profile-notification-title.html');
    const person = personOf(extractFixture('profile-notification-title.html'));
    expect(person).toEqual({
      fullName: 'Noor Haddad',
      firstName: 'Noor',
      lastName: 'Haddad',
      headline: 'Product Marketing Manager at Cedar Health',
      title: 'Product Marketing Manager',
      companyName: 'Cedar Health',
      location: 'Amman, Jordan',
      linkedinUrl: profile('noor-haddad'),
      publicId: 'noor-haddad',
      source: 'linkedin',
      ...base(url),
    });
    expect(JSON.stringify(person)).not.toContain('(3)');
  });

  it('"(3) Jane Doe | LinkedIn" as the only source of the name', () => {
    const doc = parse('<html><head><title>(3) Jane Doe | LinkedIn</title></head><body><main></main></body></html>');
    expect(personOf(extractLinkedIn(doc, profile('jane-doe'), NOW))).toMatchObject({ fullName: 'Jane Doe', firstName: 'Jane', lastName: 'Doe' });
  });

  it('never takes names from other people on the page or from the rep in the nav bar', () => {
    const strangers = ['Mark Rivera', 'Priya Nair', 'Tom Baker', 'Sarah Connor', 'Kenji Sato', 'Daniel Mensah', 'Zofia', 'Luis Garcia', 'Rachel Rep', 'Globex', 'Hooli', 'Allegro', 'Bob Brown'];
    for (const file of ['profile-current.html', 'profile-previous.html', 'profile-hashed.html', 'profile-public.html', 'profile-polish.html', 'sales-nav-lead.html', 'spa-profile-a.html']) {
      const text = JSON.stringify(personOf(extractFixture(file)));
      for (const stranger of strangers) {
        if (file === 'profile-previous.html' && stranger === 'Globex') continue; // John works at Globex
        expect(text, `${file} leaked ${stranger}`).not.toContain(stranger);
      }
    }
  });
  it('still ignores side rails and the nav bar when they come before the profile in the DOM', () => {
    for (const file of ['profile-current.html', 'profile-previous.html', 'profile-hashed.html', 'profile-public.html', 'profile-polish.html', 'sales-nav-lead.html']) {
      const doc = load(file);
      const expected = personOf(extractLinkedIn(load(file), urlOf(file), NOW));
      // Move every aside (and the global header) to the very top of <body>, then <main> too late.
      for (const el of [...doc.querySelectorAll('aside, body > header')].reverse()) doc.body.prepend(el);
      expect(personOf(extractLinkedIn(doc, urlOf(file), NOW)), file).toEqual(expected);
    }
  });
});

describe('hostile profile', () => {
  const file = 'profile-hostile.html';
  const CONTROL_OR_BIDI = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/;

  it('stores the markup-looking name as literal text, never markup', () => {
    const doc = load(file);
    const person = personOf(extractLinkedIn(doc, urlOf(file), NOW));
    expect(person.fullName).toBe(`<img src=x onerror="document.title='pwned'">Eve Hacker`);
    // Not a plain human name, so it is not split.
    expect(person.firstName).toBeUndefined();
    expect(person.lastName).toBeUndefined();
    // Nothing was parsed or executed: no <img> appeared and the titles are untouched.
    expect(doc.querySelectorAll('h1 img, img[onerror]').length).toBe(0);
    expect(doc.title).not.toBe('pwned');
    expect(document.title).not.toBe('pwned');
  });

  it('cuts the 100,000-character headline to the schema limit', () => {
    const doc = load(file);
    const raw = doc.querySelector('.headline')?.textContent ?? '';
    expect(raw.length).toBeGreaterThanOrEqual(100_000);
    const person = personOf(extractLinkedIn(doc, urlOf(file), NOW));
    expect(person.headline).toBe(cleanLine(raw, 300));
    expect(person.headline?.length).toBeLessThanOrEqual(300);
    expect(person.headline?.startsWith('Chief Trust Officer at Evil Corp — lorem ipsum')).toBe(true);
  });

  it('removes control and right-to-left override characters from every field', () => {
    const person = personOf(extractFixture(file));
    for (const value of Object.values(person)) {
      if (typeof value === 'string') expect(value).not.toMatch(CONTROL_OR_BIDI);
    }
    expect(person).toMatchObject({
      title: 'Chief Hacking Officer',
      companyName: 'Evil Corp',
      location: 'London, United Kingdom',
      linkedinUrl: profile('eve-hacker'),
      publicId: 'eve-hacker',
    });
  });

  it('drops javascript: and data: URLs and ignores decoys and other people\'s JSON-LD', () => {
    const person = personOf(extractFixture(file));
    expect(person.photoUrl).toBeUndefined();
    expect(person.companyLinkedinUrl).toBeUndefined();
    const text = JSON.stringify(person);
    for (const decoy of ['Mallory', 'Impostor', 'Template Decoy', 'Hidden Decoy', 'Rachel Rep', 'javascript:', 'data:']) {
      expect(text).not.toContain(decoy);
    }
  });
});

describe('company page', () => {
  it('reads name, industry, size band, website, headquarters and logo', () => {
    const url = urlOf('company.html');
    expect(companyOf(extractFixture('company.html'))).toEqual({
      name: 'Northwind Robotics',
      industry: 'Industrial Machinery Manufacturing',
      sizeBand: '201-500 employees',
      website: 'https://www.northwind-robotics.example/',
      headquarters: 'Gdańsk, Pomorskie',
      linkedinUrl: 'https://www.linkedin.com/company/northwind-robotics/',
      logoUrl:
        'https://media.licdn.com/dms/image/v2/C4E0BAQ-northwind/company-logo_200_200/0/1600000000000?e=2147483647&v=beta&t=nw',
      source: 'linkedin',
      ...base(url),
    });
  });

  it('works on the About tab URL and falls back to the title when the top card is gone', () => {
    const doc = load('company.html');
    doc.querySelector('.org-top-card')?.remove();
    const company = companyOf(extractLinkedIn(doc, 'https://pl.linkedin.com/company/northwind-robotics/about/?viewAsMember=true', NOW));
    expect(company).toMatchObject({
      name: 'Northwind Robotics',
      industry: 'Industrial Machinery Manufacturing',
      sizeBand: '201-500 employees',
      headquarters: 'Gdańsk, Pomorskie',
      website: 'https://www.northwind-robotics.example/',
      linkedinUrl: 'https://www.linkedin.com/company/northwind-robotics/',
    });
  });

  it('reads a Polish About list and a JSON-LD Organization matching the page', () => {
    const doc = parse(`<html><head><title>Pszczółka Software | LinkedIn</title>
      <script type="application/ld+json">{"@type":"Organization","name":"Other Co","url":"https://www.linkedin.com/company/other-co/"}</script>
      <script type="application/ld+json">{"@type":"Organization","name":"Pszczółka Software","url":"https://pl.linkedin.com/company/pszczolka-software",
        "sameAs":"https://pszczolka.example","numberOfEmployees":{"@type":"QuantitativeValue","minValue":51,"maxValue":200},
        "address":{"@type":"PostalAddress","addressLocality":"Kraków","addressCountry":"PL"}}</script></head>
      <body><main><dl><dt>Branża</dt><dd>Tworzenie oprogramowania</dd><dt>Wielkość firmy</dt><dd>51–200 pracowników</dd></dl></main></body></html>`);
    expect(companyOf(extractLinkedIn(doc, 'https://www.linkedin.com/company/pszczolka-software/', NOW))).toMatchObject({
      name: 'Pszczółka Software',
      industry: 'Tworzenie oprogramowania',
      sizeBand: '51-200 employees',
      website: 'https://pszczolka.example/',
      headquarters: 'Kraków',
    });
  });

  it('Sales Navigator company URLs are companies from Sales Navigator', () => {
    const doc = parse('<html><body><main><h1 data-anonymize="company-name">Iberia Logistics</h1><span>1,001-5,000 employees</span></main></body></html>');
    expect(companyOf(extractLinkedIn(doc, 'https://www.linkedin.com/sales/company/12345', NOW))).toMatchObject({
      name: 'Iberia Logistics',
      sizeBand: '1,001-5,000 employees',
      linkedinUrl: 'https://www.linkedin.com/company/12345/',
      source: 'sales-navigator',
    });
  });
});

describe('pages that are not leads', () => {
  it.each(['feed.html', 'search.html', 'messaging.html'])('%s is not a lead page', (file) => {
    expect(extractFixture(file)).toEqual({ ok: false, reason: 'not-a-lead-page' });
  });
  it('a profile fixture under a non-lead URL is not a lead page either', () => {
    expect(extractLinkedIn(load('profile-current.html'), 'https://www.linkedin.com/jobs/view/123/', NOW)).toEqual({ ok: false, reason: 'not-a-lead-page' });
    expect(extractLinkedIn(load('profile-current.html'), 'https://linkedin.com.evil.com/in/jane-doe/', NOW)).toEqual({ ok: false, reason: 'not-a-lead-page' });
  });
});

describe('identity: the DOM must show the profile the URL names', () => {
  it('documentMatchesUrl reads canonical, og:url, JSON-LD and owner links', () => {
    expect(documentMatchesUrl(load('profile-current.html'), profile('jane-doe'))).toBe(true);
    expect(documentMatchesUrl(load('profile-current.html'), 'https://pl.linkedin.com/in/Jane-Doe/overlay/contact-info/?x=1')).toBe(true);
    expect(documentMatchesUrl(load('profile-current.html'), profile('mark-rivera'))).toBe(false);
    expect(documentMatchesUrl(load('profile-hashed.html'), profile('mei-tanaka'))).toBe(true);
    expect(documentMatchesUrl(load('profile-public.html'), profile('daniel-mensah'))).toBe(false);
    expect(documentMatchesUrl(load('profile-notification-title.html'), profile('noor-haddad'))).toBe(true);
    expect(documentMatchesUrl(load('company.html'), 'https://www.linkedin.com/company/northwind-robotics/about/')).toBe(true);
    expect(documentMatchesUrl(load('company.html'), 'https://www.linkedin.com/company/southwind-drones/')).toBe(false);
  });

  it('documentMatchesUrl is undefined when the DOM has no identity hint', () => {
    expect(documentMatchesUrl(parse('<main><h1>Jane Doe</h1></main>'), profile('jane-doe'))).toBeUndefined();
    expect(documentMatchesUrl(load('sales-nav-lead.html'), urlOf('sales-nav-lead.html'))).toBeUndefined();
    expect(documentMatchesUrl(load('feed.html'), 'https://www.linkedin.com/feed/')).toBeUndefined();
    // JSON-LD about another person proves nothing about this page.
    const other = parse('<script type="application/ld+json">{"@type":"Person","name":"X","url":"https://www.linkedin.com/in/x-y/"}</script>');
    expect(documentMatchesUrl(other, profile('jane-doe'))).toBeUndefined();
    // A numeric company id and a slug cannot be compared.
    expect(documentMatchesUrl(load('company.html'), 'https://www.linkedin.com/sales/company/76543')).toBeUndefined();
  });

  it('a DOM that identifies a different profile gives no-identity', () => {
    expect(extractFixture('profile-current.html', profile('someone-else'))).toEqual({ ok: false, reason: 'no-identity' });
    expect(extractFixture('profile-hashed.html', profile('kenji-sato'))).toEqual({ ok: false, reason: 'no-identity' });
    expect(extractFixture('profile-public.html', profile('daniel-mensah'))).toEqual({ ok: false, reason: 'no-identity' });
    expect(extractFixture('company.html', 'https://www.linkedin.com/company/southwind-drones/')).toEqual({ ok: false, reason: 'no-identity' });
  });

  it('a page with an identity but no name gives no-identity', () => {
    const doc = parse('<html><head><link rel="canonical" href="https://www.linkedin.com/in/jane-doe/"></head><body><main><h1>LinkedIn</h1></main></body></html>');
    expect(extractLinkedIn(doc, profile('jane-doe'), NOW)).toEqual({ ok: false, reason: 'no-identity' });
  });

  it('a stale <title> of the previous profile is not used', () => {
    const doc = parse(`<html><head><title>Alice Anders | LinkedIn</title>
      <link rel="canonical" href="https://www.linkedin.com/in/alice-anders/"></head><body><main></main></body></html>`);
    expect(extractLinkedIn(doc, profile('bob-brown'), NOW)).toEqual({ ok: false, reason: 'no-identity' });
  });
});

describe('single-page navigation (spa-profile-a.html)', () => {
  const aliceUrl = profile('alice-anders');
  const bobUrl = profile('bob-brown');

  /** The same DOM swap the fixture's script performs, done by hand on a parsed document. */
  function swapToBob(doc: Document): void {
    const template = doc.getElementById('profile-bob-brown') as HTMLTemplateElement | null;
    const host = doc.getElementById('profile-content');
    if (!template || !host) throw new Error('fixture changed');
    host.replaceChildren(template.content.cloneNode(true));
    doc.title = template.getAttribute('data-title') ?? '';
    doc.querySelector('link[rel="canonical"]')?.setAttribute('href', bobUrl);
    doc.querySelector('meta[property="og:url"]')?.setAttribute('content', bobUrl);
  }

  it('before the swap: Alice at her URL, no-identity at Bob\'s URL', () => {
    expect(personOf(extractFixture('spa-profile-a.html', aliceUrl)).fullName).toBe('Alice Anders');
    const doc = load('spa-profile-a.html');
    expect(documentMatchesUrl(doc, bobUrl)).toBe(false);
    expect(extractLinkedIn(doc, bobUrl, NOW)).toEqual({ ok: false, reason: 'no-identity' });
  });

  it('after the swap: Bob at his URL, no-identity at Alice\'s URL', () => {
    const doc = load('spa-profile-a.html');
    swapToBob(doc);
    expect(personOf(extractLinkedIn(doc, bobUrl, NOW))).toEqual({
      fullName: 'Bob Brown',
      firstName: 'Bob',
      lastName: 'Brown',
      headline: 'Staff Engineer at Globex Corporation',
      title: 'Staff Engineer',
      companyName: 'Globex Corporation',
      companyLinkedinUrl: 'https://www.linkedin.com/company/globex/',
      location: 'Austin, Texas, United States',
      photoUrl:
        'https://media.licdn.com/dms/image/v2/D5603AQ-bob-brown/profile-displayphoto-shrink_400_400/0/1700000000004?e=2147483647&v=beta&t=bob',
      linkedinUrl: bobUrl,
      publicId: 'bob-brown',
      source: 'linkedin',
      sourceUrl: bobUrl,
      capturedAt: NOW,
    });
    expect(extractLinkedIn(doc, aliceUrl, NOW)).toEqual({ ok: false, reason: 'no-identity' });
  });

  describe('with the fixture\'s own script running', () => {
    afterEach(() => {
      history.replaceState(null, '', aliceUrl);
    });

    /** Mount the fixture into the live document and run its inline script, as a browser would. */
    function mount(): void {
      const parsed = load('spa-profile-a.html');
      document.replaceChild(document.importNode(parsed.documentElement, true), document.documentElement);
      (window as unknown as { LINKEDIN_FIXTURE_SWAP_DELAY_MS?: number }).LINKEDIN_FIXTURE_SWAP_DELAY_MS = 30;
      for (const inert of Array.from(document.querySelectorAll('script:not([type])'))) {
        const live = document.createElement('script');
        live.textContent = inert.textContent;
        inert.replaceWith(live);
      }
    }
    async function waitForProfile(id: string): Promise<void> {
      for (let i = 0; i < 100 && document.body.getAttribute('data-rendered-profile') !== id; i += 1) {
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      expect(document.body.getAttribute('data-rendered-profile')).toBe(id);
    }

    it('URL changes first (no-identity), DOM follows (Bob), and the link back returns to Alice', async () => {
      mount();
      expect(location.href).toBe(aliceUrl);
      expect(personOf(extractLinkedIn(document, location.href, NOW)).fullName).toBe('Alice Anders');

      (document.getElementById('spa-link-bob') as HTMLAnchorElement).click();
      expect(location.href).toBe(bobUrl);
      expect(extractLinkedIn(document, location.href, NOW)).toEqual({ ok: false, reason: 'no-identity' });

      await waitForProfile('bob-brown');
      const bob = personOf(extractLinkedIn(document, location.href, NOW));
      expect(bob).toMatchObject({ fullName: 'Bob Brown', companyName: 'Globex Corporation', publicId: 'bob-brown' });
      expect(document.title).toBe('Bob Brown | LinkedIn');

      (document.getElementById('spa-link-alice') as HTMLAnchorElement).click();
      expect(location.href).toBe(aliceUrl);
      expect(extractLinkedIn(document, location.href, NOW)).toEqual({ ok: false, reason: 'no-identity' });
      await waitForProfile('alice-anders');
      expect(personOf(extractLinkedIn(document, location.href, NOW))).toMatchObject({ fullName: 'Alice Anders', publicId: 'alice-anders' });
    });
  });
});

describe('strategies in isolation', () => {
  it('parses LinkedIn titles', () => {
    expect(parseLinkedInTitle('Jane Doe | LinkedIn')).toEqual({ name: 'Jane Doe' });
    expect(parseLinkedInTitle('(3) Jane Doe | LinkedIn')).toEqual({ name: 'Jane Doe' });
    expect(parseLinkedInTitle('(99+) Jane Doe | LinkedIn')).toEqual({ name: 'Jane Doe' });
    expect(parseLinkedInTitle('Jane Doe - Head of Sales - Acme | LinkedIn')).toEqual({ name: 'Jane Doe', title: 'Head of Sales', company: 'Acme' });
    expect(parseLinkedInTitle('Anna Kowalska-Nowak | LinkedIn')).toEqual({ name: 'Anna Kowalska-Nowak' });
    expect(parseLinkedInTitle('Olivia Martinez | Sales Navigator')).toEqual({ name: 'Olivia Martinez' });
    // A profile's sub-pages (/details/experience/, /recent-activity/) name themselves first, in the page's language.
    const subPage = { sectionFirst: true };
    expect(parseLinkedInTitle('Experience | Jane Doe | LinkedIn', subPage)).toEqual({ name: 'Jane Doe' });
    expect(parseLinkedInTitle('(3) Activity | Jane Doe | LinkedIn', subPage)).toEqual({ name: 'Jane Doe' });
    expect(parseLinkedInTitle('Berufserfahrung | Anna Kowalska-Nowak | LinkedIn', subPage)).toEqual({ name: 'Anna Kowalska-Nowak' });
    expect(parseLinkedInTitle('Experience | Jane Doe | Growth | LinkedIn', subPage)).toEqual({ name: 'Jane Doe | Growth' });
    // On the profile itself a bar is part of the name the person wrote, never a sub-page's name.
    expect(parseLinkedInTitle('Jane Doe | Growth | LinkedIn')).toEqual({ name: 'Jane Doe | Growth' });
    expect(parseLinkedInTitle('LinkedIn')).toBeUndefined();
    expect(parseLinkedInTitle('Jane Doe')).toBeUndefined();
  });

  it('reads "Current company" labels in English, Polish, German, French and Spanish', () => {
    expect(companyFromLabel('Current company: Acme Analytics. Click to skip to experience card')).toBe('Acme Analytics');
    expect(companyFromLabel('Current company: Acme Inc.')).toBe('Acme Inc.');
    expect(companyFromLabel('Obecna firma: Pszczółka sp. z o.o.. Kliknij, aby przejść do karty doświadczenia')).toBe('Pszczółka sp. z o.o.');
    expect(companyFromLabel('Aktuelles Unternehmen: Müller GmbH. Klicken Sie, um zur Berufserfahrung zu springen')).toBe('Müller GmbH');
    expect(companyFromLabel('Entreprise actuelle : Société Générale. Cliquez pour accéder à la section Expérience')).toBe('Société Générale');
    expect(companyFromLabel('Empresa actual: Telefónica. Haz clic para ir a la sección de experiencia')).toBe('Telefónica');
    expect(companyFromLabel('Education: MIT. Click to skip to education card')).toBeUndefined();
  });

  it('accessible labels and heading roles work without any known class or <h1>', () => {
    const doc = parse(`<html><head><link rel="canonical" href="https://de.linkedin.com/in/max-mustermann"></head><body>
      <main><section>
        <div role="heading" aria-level="1">Max Mustermann</div>
        <button aria-label="Aktuelles Unternehmen: Müller GmbH. Klicken Sie, um zur Berufserfahrung zu springen">Müller</button>
        <div><span>München, Bayern, Deutschland</span><span>·</span><span><a href="/in/max-mustermann/overlay/contact-info/">Kontaktinfo</a></span></div>
      </section></main></body></html>`);
    expect(personOf(extractLinkedIn(doc, profile('max-mustermann'), NOW))).toMatchObject({
      fullName: 'Max Mustermann',
      firstName: 'Max',
      lastName: 'Mustermann',
      companyName: 'Müller GmbH',
      location: 'München, Bayern, Deutschland',
    });
  });

  it('an about-this-profile link label names the owner when there is no heading', () => {
    const doc = parse(`<main><section><a href="/in/claire-dubois/overlay/about-this-profile/" aria-label="Claire Dubois"><span></span></a>
      <button aria-label="Entreprise actuelle : Société Générale. Cliquez pour accéder à la section Expérience"></button></section></main>`);
    expect(personOf(extractLinkedIn(doc, profile('claire-dubois'), NOW))).toMatchObject({ fullName: 'Claire Dubois', companyName: 'Société Générale' });
  });

  it('rejects implausible name values and falls through to the next strategy', () => {
    for (const bad of ['LinkedIn', '(3)', '12', '3 notifications', '   ', 'x'.repeat(400)]) {
      const doc = parse(`<html><head><title>(3) Jane Doe | LinkedIn</title><link rel="canonical" href="https://www.linkedin.com/in/jane-doe/"></head>
        <body><main><h1>${bad}</h1></main></body></html>`);
      expect(personOf(extractLinkedIn(doc, profile('jane-doe'), NOW)).fullName, bad).toBe('Jane Doe');
    }
  });

  it('structured data wins over selectors, selectors over the title', () => {
    const doc = parse(`<html><head><title>Title Name - Title Job - Title Co | LinkedIn</title>
      <script type="application/ld+json">{"@type":"Person","url":"https://www.linkedin.com/in/jane-doe","name":"Jane Doe","jobTitle":"JSON-LD Job"}</script></head>
      <body><main><section><h1>DOM Name</h1><div>DOM headline</div></section>
      <section><div id="experience"></div><ul><li><span aria-hidden="true">DOM Job</span><span aria-hidden="true">DOM Co · Full-time</span><span aria-hidden="true">2020 - Present</span></li></ul></section></main></body></html>`);
    expect(personOf(extractLinkedIn(doc, profile('jane-doe'), NOW))).toMatchObject({
      fullName: 'Jane Doe',
      title: 'JSON-LD Job',
      companyName: 'DOM Co',
      headline: 'DOM headline',
    });
  });

  it('a first experience entry that has ended is not the current position', () => {
    const doc = parse(`<main><section><h1>Jane Doe</h1></section><section><h2>Experience</h2><ul>
      <li><span aria-hidden="true">Former Job</span><span aria-hidden="true">Old Co</span><span aria-hidden="true">2015 - 2019 · 4 yrs</span></li></ul></section></main>`);
    const person = personOf(extractLinkedIn(doc, profile('jane-doe'), NOW));
    expect(person.title).toBeUndefined();
    expect(person.companyName).toBeUndefined();
  });

  it('title and company can come from an "X at Y" headline as a last resort', () => {
    const doc = parse('<main><section><h1>Jane Doe</h1><div>Head of Sales at Acme Analytics | B2B SaaS</div></section></main>');
    expect(personOf(extractLinkedIn(doc, profile('jane-doe'), NOW))).toMatchObject({ title: 'Head of Sales', companyName: 'Acme Analytics' });
  });

  it('cleans and splits names', () => {
    expect(cleanPersonName('Jane Doe, PhD')).toBe('Jane Doe');
    expect(cleanPersonName('Jane Doe, MBA, CSPO')).toBe('Jane Doe');
    expect(cleanPersonName('Jane Doe 🚀✨')).toBe('Jane Doe');
    expect(cleanPersonName('Jane Doe (She/Her)')).toBe('Jane Doe');
    expect(cleanPersonName('🇵🇱 Łukasz Żółć (on/jego)')).toBe('Łukasz Żółć');
    expect(cleanPersonName('Doe, Jane')).toBe('Doe, Jane');
    expect(splitPersonName('Jan van der Berg')).toEqual({ firstName: 'Jan', lastName: 'van der Berg' });
    expect(splitPersonName('Mary Ann Smith')).toEqual({ firstName: 'Mary Ann', lastName: 'Smith' });
    expect(splitPersonName('Dr. Anna Kowalska-Nowak')).toEqual({ firstName: 'Anna', lastName: 'Kowalska-Nowak' });
    expect(splitPersonName('Cher')).toEqual({ firstName: 'Cher' });
    expect(splitPersonName('<b>Eve</b> Hacker')).toEqual({});
  });
});

describe('robustness', () => {
  it('never throws on nonsense arguments', () => {
    const bad: unknown[] = [null, undefined, {}, { querySelectorAll: 5 }, 'not a doc'];
    for (const doc of bad) {
      expect(() => extractLinkedIn(doc as Document, profile('jane-doe'), NOW)).not.toThrow();
      expect(extractLinkedIn(doc as Document, profile('jane-doe'), NOW).ok).toBe(false);
    }
    expect(extractLinkedIn(load('feed.html'), undefined as unknown as string, NOW)).toEqual({ ok: false, reason: 'not-a-lead-page' });
    expect(documentMatchesUrl(null as unknown as Document, profile('jane-doe'))).toBeUndefined();
  });

  it('deeply nested and very wide documents finish with a valid answer', () => {
    const deep = parse(`<main>${'<div><span>201-500 employees</span>'.repeat(1500)}<h1>Jane Doe</h1>${'</div>'.repeat(1500)}</main>`);
    const wide = parse(
      `<main><section><h1>Jane Doe</h1></section>${'<div><span aria-hidden="true">x</span><a href="/in/x-y/overlay/contact-info/">Contact info</a><button aria-label="Current company: A">b</button></div>'.repeat(1500)}</main>`,
    );
    for (const doc of [deep, wide]) {
      for (const url of [profile('jane-doe'), 'https://www.linkedin.com/company/acme/']) {
        const result = extractLinkedIn(doc, url, NOW);
        if (result.ok) expect(CaptureSchema.safeParse(result.capture).success).toBe(true);
        else expect(result.reason).toBe('no-identity');
      }
    }
    // Wide page: the owner links name someone else (x-y), so the DOM is not Jane's.
    expect(extractLinkedIn(wide, profile('jane-doe'), NOW)).toEqual({ ok: false, reason: 'no-identity' });
  }, 60_000);

  it('an invalid clock value still yields a schema-valid capturedAt', () => {
    for (const now of [Number.NaN, -1, 1e20, 1.5]) {
      const person = personOf(extractLinkedIn(load('profile-current.html'), urlOf('profile-current.html'), now));
      expect(person.capturedAt).toBeGreaterThan(946_684_800_000);
    }
  });
});

describe("a profile's sub-pages (no <h1>: the title names the page first, then the person)", () => {
  const viewerNav = `<header><nav><button><img alt="Vera Viewer" src="https://media.licdn.com/dms/image/v/profile-displayphoto-shrink_100_100/0/1"><span>Me</span></button></nav></header>`;

  it('/details/experience/ gives the person and the newest position, never "Experience | …" as the name', () => {
    const doc = parse(`<html><head><title>Experience | Jane Doe | LinkedIn</title></head><body>${viewerNav}
      <section><div><div>Jane Doe</div><div>Head of Sales at Acme Analytics</div></div></section>
      <main><section><div><button aria-label="Back to the main profile page"></button><h2>Experience</h2></div>
        <ul><li><div><a href="https://www.linkedin.com/company/1441/"><img alt="Acme Analytics logo"></a>
          <span><span aria-hidden="true">Head of Sales</span><span class="visually-hidden">Head of Sales</span></span>
          <span><span aria-hidden="true">Acme Analytics · Full-time</span><span class="visually-hidden">Acme Analytics · Full-time</span></span>
          <span><span aria-hidden="true">Dec 2019 - Present · 4 yrs</span><span class="visually-hidden">Dec 2019 - Present · 4 yrs</span></span>
        </div></li></ul>
      </section></main></body></html>`);
    const person = personOf(extractLinkedIn(doc, 'https://www.linkedin.com/in/jane-doe/details/experience/', NOW));
    expect(person).toMatchObject({ fullName: 'Jane Doe', firstName: 'Jane', lastName: 'Doe', title: 'Head of Sales', companyName: 'Acme Analytics' });
    expect(person.linkedinUrl).toBe(profile('jane-doe'));
    expect(JSON.stringify(person)).not.toContain('Vera');
  });

  it('/recent-activity/ gives the person, in any language of the page', () => {
    for (const [title, url] of [
      ['(3) Activity | Jane Doe | LinkedIn', 'https://www.linkedin.com/in/jane-doe/recent-activity/all/'],
      ['Aktivitäten | Jane Doe | LinkedIn', 'https://de.linkedin.com/in/jane-doe/recent-activity/all/'],
    ] as const) {
      const doc = parse(`<html><head><title>${title}</title></head><body>${viewerNav}
        <main><section><h2>All activity</h2><ul><li><div role="article"><h2 class="visually-hidden">Feed post number 1</h2>
          <a href="https://www.linkedin.com/in/jane-doe?miniProfileUrn=x"><span>Jane Doe</span></a><p>Hello</p></div></li></ul></section></main></body></html>`);
      expect(personOf(extractLinkedIn(doc, url, NOW)), title).toMatchObject({ fullName: 'Jane Doe', linkedinUrl: profile('jane-doe') });
    }
  });
});

describe('a top card whose links to the company, the school and "Contact info" sit together (2018 layout)', () => {
  const card = (withLocation: boolean) => `<html><body><div role="main"><section>
    <div><div><h1>Jane Doe</h1><span><span class="visually-hidden">1st degree connection</span></span></div>
      <h2>Head of Sales | Pipeline builder</h2>
      ${withLocation ? '<h3>Kraków, Małopolskie, Poland</h3>' : ''}
      <div><span style="display: none"><span class="visually-hidden">Jane has a account</span></span>
        <button><img alt=""><span>Acme Analytics</span></button>
        <button><img alt="Jagiellonian University"><span>Jagiellonian University</span></button>
        <a href="/in/jane-doe/detail/contact-info/"><span>See contact info</span></a></div></div>
    </section></div></body></html>`;

  it('never takes the school beside "Contact info" for the location; the line under the headline is', () => {
    const person = personOf(extractLinkedIn(parse(card(true)), profile('jane-doe'), NOW));
    expect(person).toMatchObject({ fullName: 'Jane Doe', headline: 'Head of Sales | Pipeline builder', location: 'Kraków, Małopolskie, Poland' });
  });

  it('leaves the location empty rather than guess when the card shows none', () => {
    const person = personOf(extractLinkedIn(parse(card(false)), profile('jane-doe'), NOW));
    expect(person.location).toBeUndefined();
  });
});

describe('a company whose name holds " - " (public profile, the title read from <title>)', () => {
  const page = (title: string) => `<html><head><title>${title}</title><link rel="canonical" href="https://sg.linkedin.com/in/jane-doe"></head><body>
    <main><section class="top-card-layout"><h1>Jane Doe</h1><h2>Building sales teams | Founder</h2>
      <div data-section="currentPositionsDetails"><a href="https://sg.linkedin.com/company/acme?trk=x"><span class="top-card-link__description">Acme - Widgets for Teams</span></a></div>
    </section></main></body></html>`;

  it('takes the job title as what comes before the company the page names', () => {
    const person = personOf(extractLinkedIn(parse(page('Jane Doe - Head of Sales - Acme - Widgets for Teams | LinkedIn')), profile('jane-doe'), NOW));
    expect(person).toMatchObject({ fullName: 'Jane Doe', title: 'Head of Sales', companyName: 'Acme - Widgets for Teams' });
  });

  it('takes no job title from a title that names only the person and the company', () => {
    const person = personOf(extractLinkedIn(parse(page('Jane Doe - Acme - Widgets for Teams | LinkedIn')), profile('jane-doe'), NOW));
    expect(person).toMatchObject({ fullName: 'Jane Doe', companyName: 'Acme - Widgets for Teams' });
    expect(person.title).not.toBe('Acme');
  });
});
