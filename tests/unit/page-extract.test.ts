import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodeVCardDataUrl, extractPage, parseMailto, parseVCard } from '../../lib/capture/page';
import { CompanyCaptureSchema, PersonCaptureSchema } from '../../lib/capture/schema';

/**
 * extractPage on the e2e fixture pages (exact fields), plus the cases the
 * fixtures do not cover: Open Graph profiles, hCards, conflicting sources,
 * platforms, limits.
 */

const NOW = 1_750_000_000_000;
const stamp = (url: string) => ({ source: 'website', sourceUrl: url, capturedAt: NOW });

function fixture(name: string): Document {
  const path = join(__dirname, '../e2e/fixtures/pages', `${name}.html`);
  return new DOMParser().parseFromString(readFileSync(path, 'utf8'), 'text/html');
}

function html(body: string, head = ''): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, 'text/html');
}

const jsonLd = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

afterEach(() => vi.restoreAllMocks());

describe('extractPage on fixtures', () => {
  it('person-jsonld: the speaker and her employer, not the conference', () => {
    const url = 'https://salesconf.example/speakers/jane-doe';
    expect(extractPage(fixture('person-jsonld'), url, NOW)).toEqual({
      person: {
        fullName: 'Jane Doe',
        firstName: 'Jane',
        lastName: 'Doe',
        title: 'VP of Sales',
        companyName: 'Acme Corp',
        companyLinkedinUrl: 'https://www.linkedin.com/company/acme-corp/',
        location: 'Warsaw, Poland',
        photoUrl: 'https://salesconf.example/img/jane-doe.jpg',
        linkedinUrl: 'https://www.linkedin.com/in/jane-doe-123/',
        publicId: 'jane-doe-123',
        email: 'jane.doe@acme.example',
        phone: '+48 22 123 45 67',
        website: 'https://acme.example/',
        ...stamp(url),
      },
      company: {
        name: 'Acme Corp',
        website: 'https://acme.example/',
        linkedinUrl: 'https://www.linkedin.com/company/acme-corp/',
        ...stamp(url),
      },
      sources: ['json-ld'],
    });
  });

  it('org-microdata: the team member, employed by the page organisation', () => {
    const url = 'https://nordwind.example/about';
    expect(extractPage(fixture('org-microdata'), url, NOW)).toEqual({
      person: {
        fullName: 'Marek Kowalski',
        // Split from the full name, as the LinkedIn capture does ("Hi {firstName}").
        firstName: 'Marek',
        lastName: 'Kowalski',
        title: 'Head of Partnerships',
        companyName: 'Nordwind Logistics',
        companyLinkedinUrl: 'https://www.linkedin.com/company/nordwind-logistics/',
        linkedinUrl: 'https://www.linkedin.com/in/marek-kowalski/',
        publicId: 'marek-kowalski',
        email: 'marek.kowalski@nordwind.example',
        phone: '+49-40-555-0101',
        website: 'https://nordwind.example/',
        ...stamp(url),
      },
      company: {
        name: 'Nordwind Logistics',
        website: 'https://nordwind.example/',
        headquarters: 'Hamburg, Germany',
        linkedinUrl: 'https://www.linkedin.com/company/nordwind-logistics/',
        logoUrl: 'https://nordwind.example/logo.png',
        ...stamp(url),
      },
      sources: ['microdata'],
    });
  });

  it('vcard-link: the inline vCard, with no network request', () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const url = 'https://carpathia.example/team/ana';
    expect(extractPage(fixture('vcard-link'), url, NOW)).toEqual({
      person: {
        fullName: 'Ana Popescu',
        firstName: 'Ana',
        lastName: 'Popescu',
        title: 'Account Executive',
        companyName: 'Carpathia Software SRL',
        location: 'București, Romania',
        linkedinUrl: 'https://www.linkedin.com/in/ana-popescu/',
        publicId: 'ana-popescu',
        email: 'ana.popescu@carpathia.example',
        phone: '+40 21 555 0199',
        ...stamp(url),
      },
      company: { name: 'Carpathia Software SRL', ...stamp(url) },
      sources: ['vcard'],
    });
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('contact-links: personal e-mail over info@/sales@, tel:, site name from the title, no invented name', () => {
    const url = 'https://brightline.example/contact';
    expect(extractPage(fixture('contact-links'), url, NOW)).toEqual({
      person: {
        companyName: 'Brightline Analytics',
        email: 'tom.reed@brightline.example',
        phone: '+44 20 7946 0958',
        website: 'https://brightline.example/',
        ...stamp(url),
      },
      company: { name: 'Brightline Analytics', website: 'https://brightline.example/', ...stamp(url) },
      sources: ['mailto', 'tel', 'title'],
    });
  });

  it('plain: nothing', () => {
    expect(extractPage(fixture('plain'), 'https://garden.example/tomatoes', NOW)).toEqual({ sources: [] });
  });

  it('hostile: markup name, javascript: URLs, deep nesting and RTL overrides are all dropped', () => {
    const url = 'https://evil.example/x';
    const result = extractPage(fixture('hostile'), url, NOW);
    expect(result).toEqual({
      person: {
        title: 'Head of selaS',
        companyName: 'Evil Corp',
        website: 'https://evil.example/',
        ...stamp(url),
      },
      company: { name: 'Evil Corp', website: 'https://evil.example/', ...stamp(url) },
      sources: ['json-ld'],
    });
    expect(JSON.stringify(result)).not.toMatch(/javascript:|<img|\u202e|Deep Nested/i);
  });
});

describe('extractPage sources and rules', () => {
  const url = 'https://acme.example/team/jane';

  it('og:type profile gives a name; an ordinary page title never does', () => {
    const head = `<title>Jane Doe | Acme</title>
      <meta property="og:type" content="profile">
      <meta property="og:site_name" content="Acme">
      <meta property="profile:first_name" content="Jane">
      <meta property="profile:last_name" content="Doe">
      <meta property="og:image" content="/jane.png">`;
    expect(extractPage(html('', head), url, NOW)).toEqual({
      person: {
        fullName: 'Jane Doe',
        firstName: 'Jane',
        lastName: 'Doe',
        photoUrl: 'https://acme.example/jane.png',
        companyName: 'Acme',
        website: 'https://acme.example/',
        ...stamp(url),
      },
      company: { name: 'Acme', website: 'https://acme.example/', ...stamp(url) },
      sources: ['open-graph'],
    });
    const article = extractPage(html('', '<title>Jane Doe | Acme</title>'), url, NOW);
    expect(article.person?.fullName).toBeUndefined();
    expect(article.person?.companyName).toBe('Acme');
  });

  it('og:type profile without og:title or profile names falls back to the <title>', () => {
    const result = extractPage(html('', '<title>Jane Doe – Acme</title><meta property="og:type" content="profile">'), url, NOW);
    expect(result.person?.fullName).toBe('Jane Doe');
    expect(result.sources).toEqual(['title']);
  });

  it('reads a microformats2 h-card with a nested organisation card', () => {
    const body = `<div class="h-card">
      <img class="u-photo" src="/p.jpg" alt=""><span class="p-name">Jane Doe</span>
      <span class="p-job-title">CTO</span>
      <div class="p-org h-card"><span class="p-name">Acme Corp</span><a class="u-url" href="https://acme.example">site</a></div>
      <a class="u-email" href="mailto:jane@acme.example">mail</a><span class="p-tel">+1 555 010 0200</span>
      <a class="u-url" href="https://www.linkedin.com/in/janedoe">in</a>
      <span class="p-locality">Austin</span><span class="p-country-name">USA</span></div>`;
    const result = extractPage(html(body), url, NOW);
    expect(result.person).toEqual({
      fullName: 'Jane Doe',
      firstName: 'Jane',
      lastName: 'Doe',
      title: 'CTO',
      companyName: 'Acme Corp',
      email: 'jane@acme.example',
      phone: '+1 555 010 0200',
      photoUrl: 'https://acme.example/p.jpg',
      location: 'Austin, USA',
      linkedinUrl: 'https://www.linkedin.com/in/janedoe/',
      publicId: 'janedoe',
      ...stamp(url),
    });
    expect(result.sources).toEqual(['hcard']);
  });

  it('reads a classic vcard hCard; fn equal to org is an organisation card', () => {
    const person = extractPage(
      html(`<div class="vcard"><span class="fn">Jan Nowak</span>, <span class="title">Dyrektor handlowy</span>,
        <span class="org">Nowak sp. z o.o.</span> <a class="email" href="mailto:jan@nowak.example">e-mail</a></div>`),
      url,
      NOW,
    ).person;
    expect(person).toMatchObject({ fullName: 'Jan Nowak', title: 'Dyrektor handlowy', companyName: 'Nowak sp. z o.o.', email: 'jan@nowak.example' });
    const org = extractPage(html('<p class="vcard"><span class="fn org">Acme Corp</span></p>'), url, NOW);
    expect(org.person).toEqual({ companyName: 'Acme Corp', website: 'https://acme.example/', ...stamp(url) });
    expect(org.company?.name).toBe('Acme Corp');
  });

  it('does not mix two people: a less trusted source naming someone else is skipped whole', () => {
    const head = jsonLd({ '@type': 'Person', name: 'Jane Doe' });
    const body = '<div class="h-card"><span class="p-name">Bob Smith</span><a class="u-email" href="mailto:bob@x.example">b</a></div>';
    const result = extractPage(html(body, head), url, NOW);
    expect(result.person?.fullName).toBe('Jane Doe');
    expect(result.person?.email).toBeUndefined();
    expect(result.sources).toEqual(['json-ld']);
  });

  it('JSON-LD and microdata about the same person complete each other', () => {
    const head = jsonLd({ '@type': 'Person', name: 'Jane Doe', jobTitle: 'CTO' });
    const body = '<div itemscope itemtype="http://schema.org/Person"><span itemprop="name">jane doe</span><meta itemprop="email" content="jane@acme.example"></div>';
    const result = extractPage(html(body, head), url, NOW);
    expect(result.person).toMatchObject({ fullName: 'Jane Doe', title: 'CTO', email: 'jane@acme.example' });
    expect(result.sources).toEqual(['json-ld', 'microdata']);
  });

  it('accepts arrays, @type arrays, prefixed types, Organization subtypes and employee lists', () => {
    const head = jsonLd([
      { '@context': 'https://schema.org', '@type': ['LocalBusiness'], name: 'Café Lumière', address: 'Paris',
        numberOfEmployees: { '@type': 'QuantitativeValue', minValue: 11, maxValue: 50 },
        employee: [{ '@type': 'schema:Person', givenName: 'Amélie', familyName: 'Poulain', jobTitle: { '@type': 'DefinedTerm', name: 'Owner' } }] },
    ]);
    const result = extractPage(html('', head), 'https://cafe.example/', NOW);
    expect(result.person).toMatchObject({ fullName: 'Amélie Poulain', firstName: 'Amélie', lastName: 'Poulain', title: 'Owner', companyName: 'Café Lumière', website: 'https://cafe.example/' });
    expect(result.company).toMatchObject({ name: 'Café Lumière', headquarters: 'Paris', sizeBand: '11-50', website: 'https://cafe.example/' });
  });

  it('an organisation alone gives a company and a prefilled person with only company fields', () => {
    const head = jsonLd({ '@type': 'Corporation', name: 'Acme Corp', url: 'https://acme.example', sameAs: 'https://www.linkedin.com/company/acme' });
    const result = extractPage(html('', head), url, NOW);
    expect(result.person).toEqual({
      companyName: 'Acme Corp',
      companyLinkedinUrl: 'https://www.linkedin.com/company/acme/',
      website: 'https://acme.example/',
      ...stamp(url),
    });
  });

  it('on a platform (linkedin.com, medium.com) the site name and origin are not the company', () => {
    const head = '<title>Jane Doe | LinkedIn</title><meta property="og:site_name" content="LinkedIn">';
    expect(extractPage(html('', head), 'https://www.linkedin.com/in/jane', NOW)).toEqual({ sources: [] });
    const medium = extractPage(html('<a href="mailto:jane@acme.example">mail</a>', head), 'https://medium.com/@jane', NOW);
    expect(medium.person).toEqual({ email: 'jane@acme.example', ...stamp('https://medium.com/@jane') });
  });

  it('a role address on a page about a named person is not that person\'s e-mail', () => {
    const head = jsonLd({ '@type': 'Person', name: 'Jane Doe' });
    const result = extractPage(html('<a href="mailto:info@conf.example">info</a>', head), url, NOW);
    expect(result.person).toEqual({ fullName: 'Jane Doe', firstName: 'Jane', lastName: 'Doe', ...stamp(url) });
    const personal = extractPage(html('<a href="mailto:jane@acme.example">mail</a>', head), url, NOW);
    expect(personal.person?.email).toBe('jane@acme.example');
  });

  it('falls back to a generic address only when there is no personal one', () => {
    const result = extractPage(html('<a href="mailto:info@acme.example">i</a> <a href="MAILTO:noreply@acme.example">n</a>'), url, NOW);
    expect(result.person?.email).toBe('info@acme.example');
  });

  it('a non-http page URL or a bad timestamp never throws', () => {
    const doc = fixture('person-jsonld');
    const local = extractPage(doc, 'file:///tmp/page.html', NOW);
    expect(local.person?.fullName).toBe('Jane Doe');
    expect(local.person?.sourceUrl).toBeUndefined();
    expect(local.person?.photoUrl).toBeUndefined(); // relative image, no http base
    expect(extractPage(doc, 'not a url', Number.NaN).person).toBeUndefined();
  });

  it('reads at most 50 JSON-LD scripts', () => {
    const filler = Array.from({ length: 50 }, () => jsonLd({ '@type': 'Thing', name: 'x' })).join('');
    const late = jsonLd({ '@type': 'Person', name: 'Late Person' });
    expect(extractPage(html('', filler + late), url, NOW).person).toBeUndefined();
  });

  it('ignores JSON-LD over 1 MB', () => {
    const big = jsonLd({ '@type': 'Person', name: 'Big Person', pad: 'x'.repeat(1_000_001) });
    expect(extractPage(html('', big), url, NOW).person).toBeUndefined();
  });

  it('results always pass the schemas', () => {
    for (const name of ['person-jsonld', 'org-microdata', 'vcard-link', 'contact-links', 'plain', 'hostile']) {
      const result = extractPage(fixture(name), 'https://site.example/p', NOW);
      if (result.person) expect(PersonCaptureSchema.safeParse(result.person).success).toBe(true);
      if (result.company) expect(CompanyCaptureSchema.safeParse(result.company).success).toBe(true);
    }
  });
});

describe('first and last name', () => {
  it('split from the full name when no source gives them, without honorifics or letters after it', () => {
    const person = (name: string) => extractPage(html('', jsonLd({ '@type': 'Person', name })), 'https://acme.example/team/x', NOW).person;
    expect(person('Prof. dr hab. Jan Nowak')).toMatchObject({ fullName: 'Prof. dr hab. Jan Nowak', firstName: 'Jan', lastName: 'Nowak' });
    expect(person('Dr. Anna Nowak, MBA')).toMatchObject({ firstName: 'Anna', lastName: 'Nowak' });
    expect(person('Ludwig van Beethoven')).toMatchObject({ firstName: 'Ludwig', lastName: 'van Beethoven' });
    // A source's own given and family names are kept as they are.
    const given = extractPage(html('', jsonLd({ '@type': 'Person', name: 'Jan Maria Rokita', givenName: 'Jan Maria' })), 'https://acme.example/x', NOW).person;
    expect(given).toMatchObject({ firstName: 'Jan Maria' });
    expect(given?.lastName).toBeUndefined();
  });
});

describe('vCard and mailto helpers', () => {
  it('decodes percent-encoded and base64 vCard data: URLs, and nothing else', () => {
    expect(decodeVCardDataUrl('data:text/x-vcard,BEGIN%3AVCARD%0AFN%3AJan%20Nowak%0AEND%3AVCARD')).toBe('BEGIN:VCARD\nFN:Jan Nowak\nEND:VCARD');
    expect(decodeVCardDataUrl(`data:text/vcard;base64,${btoa('FN:A B')}`)).toBe('FN:A B');
    expect(decodeVCardDataUrl('data:text/html,<b>x</b>')).toBeUndefined();
    expect(decodeVCardDataUrl('https://example.com/card.vcf')).toBeUndefined();
    expect(decodeVCardDataUrl('data:text/vcard;base64,%%%')).toBeUndefined();
  });

  it('parses folded lines, escapes, groups, quoted-printable and only the first card', () => {
    const card = [
      'BEGIN:VCARD', 'VERSION:2.1', 'N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C5=81ukasz;Kowalczyk', 'FN:Jan',
      ' ek Kowalczyk', 'ORG:Foo\\, Bar Ltd;Dept', 'item1.EMAIL;TYPE="work,pref":jan@foo.example', 'TEL:tel:+48-600-100-200',
      'END:VCARD', 'BEGIN:VCARD', 'FN:Second Person', 'END:VCARD',
    ].join('\r\n');
    expect(parseVCard(card).person).toMatchObject({
      fullName: 'Janek Kowalczyk',
      lastName: 'Łukasz',
      firstName: 'Kowalczyk',
      companyName: 'Foo, Bar Ltd',
      email: 'jan@foo.example',
      phone: 'tel:+48-600-100-200',
    });
  });

  it('parses mailto: addresses', () => {
    expect(parseMailto('mailto:Jane%40Acme.example,bob@acme.example?subject=Hi%20there')).toEqual(['jane@acme.example', 'bob@acme.example']);
    expect(parseMailto('mailto:?to=jane@acme.example&cc=x@y.example')).toEqual(['jane@acme.example']);
    expect(parseMailto('mailto:javascript:alert(1)')).toEqual([]);
    expect(parseMailto('https://acme.example')).toEqual([]);
  });
});
