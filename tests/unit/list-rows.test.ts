/**
 * The list-page row finder against the real people-search page (read from
 * ../shared/linkedin-real), our fixtures of the 2025 connections page and of
 * Sales Navigator, the real feed (no rows), and hostile markup (fast-check).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listPageKind, type ListPageKind } from '../../lib/capture/linkedin/list-page';
import { extractListPeople, findListRows, type ListPerson } from '../../lib/capture/linkedin/list-rows';
import { classifyLinkedInUrl } from '../../lib/capture/linkedin-url';
import { readRealPage } from '../e2e/harness/real-pages';
import { LINKEDIN_FIXTURE_URLS } from '../e2e/fixtures/linkedin';

const FIXTURE_DIR = join(dirname(fileURLToPath(import.meta.url)), '../e2e/fixtures/linkedin/');
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const fixture = (file: string) => parse(readFileSync(FIXTURE_DIR + file, 'utf8'));
const kindOf = (file: string) => listPageKind(LINKEDIN_FIXTURE_URLS[file]);
const profile = (id: string) => `https://www.linkedin.com/in/${id}/`;
const lead = (id: string) => `https://www.linkedin.com/sales/lead/${id}/`;

describe('list pages by URL', () => {
  it('knows the four list pages, on https LinkedIn only', () => {
    expect(listPageKind('https://www.linkedin.com/search/results/people/?keywords=x')).toBe('search-people');
    expect(listPageKind('https://pl.linkedin.com/search/results/people?keywords=x')).toBe('search-people');
    expect(listPageKind('https://www.linkedin.com/mynetwork/invite-connect/connections/')).toBe('connections');
    expect(listPageKind('https://www.linkedin.com/sales/lists/people/7150000000000000001?sortCriteria=CREATED_TIME')).toBe('sales-list');
    expect(listPageKind('https://www.linkedin.com/sales/search/people?query=(x)')).toBe('sales-search');
    for (const other of [
      'https://www.linkedin.com/feed/',
      'https://www.linkedin.com/in/jane-doe/',
      'https://www.linkedin.com/search/results/companies/?keywords=x',
      'https://www.linkedin.com/search/results/all/?keywords=x',
      'http://www.linkedin.com/search/results/people/?keywords=x',
      'https://linkedin.com.evil.example/search/results/people/',
      'https://www.linkedin.com/mynetwork/',
      'not a url',
    ]) {
      expect(listPageKind(other), other).toBeUndefined();
    }
  });
});

describe('the real people search page (14-li-search-people-2025.html)', () => {
  const doc = parse(readRealPage('14-li-search-people-2025.html'));
  const people = extractListPeople(doc, 'search-people');

  it('finds the ten results, as the page shows them, and none of the mutual connections', () => {
    expect(people).toEqual<ListPerson[]>([
      { name: 'Si Kai Lee', profileUrl: profile('sikailee'), headline: 'Data Scientist @ Gaimin | ex-PhD -> MA Statistics and Data Science + MS Computer Science', location: 'New York City Metropolitan Area' },
      { name: 'Jake Nyquist', profileUrl: profile('jake-nyquist'), headline: 'Head of Protocol at Caldera', location: 'New York, NY' },
      { name: 'Dylan Sherry', profileUrl: profile('dylansherry'), headline: 'Engineering Leader', location: 'New York City Metropolitan Area' },
      { name: 'Joseph Pan', profileUrl: profile('panjoseph67'), headline: 'CS Undergraduate at Rensselaer Polytechnic Institute', location: 'Queens, NY' },
      { name: 'Sidharth Shanker', profileUrl: profile('sidharthshanker'), headline: 'Software Engineer at Baseten', location: 'Brooklyn, NY' },
      { name: 'Maja Milinkovic', profileUrl: profile('maja-milinkovic'), headline: 'Software Engineer - Machine Learning Platform', location: 'Brooklyn, NY' },
      { name: 'Jeremiah Rogers', profileUrl: profile('jeremiahr'), headline: 'Full-stack ML & data systems builder | Experience from seed stage to IPO | Ex-Meta, Flexport, Fin, & others', location: 'New York, NY' },
      { name: 'AJ Ding', profileUrl: profile('aj-ding-90826856'), headline: 'Founder | Building great software for SMBs', location: 'New York, NY' },
      { name: 'Andriy Mulyar', profileUrl: profile('andriymulyar'), headline: 'Founder & CEO @ Nomic', location: 'New York, NY' },
      { name: 'David Seeto', profileUrl: profile('dseeto'), headline: 'Passionate About Building', location: 'New York, NY' },
    ]);
  });

  it('gives each result its own row element, one per list item, in page order', () => {
    const rows = findListRows(doc.body, 'search-people');
    expect(rows.map((r) => r.row.localName)).toEqual(Array(10).fill('li'));
    expect(new Set(rows.map((r) => r.row)).size).toBe(10);
    // The first link in each row (the photo) names the person; the mutual connections' links never do.
    expect(rows.every((r) => r.row.textContent?.includes(r.person.name))).toBe(true);
  });

  it('saves nobody the page shows only as a mutual connection, nor the viewer (Ben Guo)', () => {
    const names = people.map((p) => p.name);
    for (const other of ['Andrew Staub', 'Greg Einfrank', 'Ali Partovi', 'Ben Guo']) expect(names).not.toContain(other);
  });
});

describe('the real feed (13-li-feed-2025.html)', () => {
  it('is not a list page, so nothing is looked for', () => {
    const doc = parse(readRealPage('13-li-feed-2025.html'));
    expect(listPageKind('https://www.linkedin.com/feed/')).toBeUndefined();
    expect(extractListPeople(doc, listPageKind('https://www.linkedin.com/feed/'))).toEqual([]);
  });
});

describe('fixtures: connections (2025 React, hashed classes) and Sales Navigator', () => {
  it('connections: rows by repeated blocks, names from link text, no "Connected on" as a headline', () => {
    const doc = fixture('connections-2025.html');
    const rows = findListRows(doc.body, kindOf('connections-2025.html')!);
    expect(rows.map((r) => r.person)).toEqual<ListPerson[]>([
      { name: 'Priya Raman', profileUrl: profile('priya-raman'), headline: 'Head of Revenue Operations at Northwind' },
      { name: 'Tomasz Wiśniewski', profileUrl: profile('tomasz-wisniewski-4b1a2'), headline: 'Sales Director CEE · SaaS' },
      { name: 'Chen Wei', profileUrl: profile('ACoAAAC1234567890abcdefXYZ') },
      { name: "Grace O'Neil", profileUrl: profile('grace-oneil'), headline: 'VP Partnerships' },
    ]);
    // Each row is the whole card (the componentkey block), not the inner name paragraph.
    expect(rows.map((r) => r.row.getAttribute('componentkey'))).toEqual(['auto-component-a1b2c3', 'auto-component-d4e5f6', 'auto-component-g7h8i9', 'auto-component-j1k2l3']);
  });

  it('Sales Navigator lead list: table rows, fields from data-anonymize labels', () => {
    const people = extractListPeople(fixture('sales-list.html'), kindOf('sales-list.html'));
    expect(people).toEqual<ListPerson[]>([
      { name: 'Olivia Martinez', profileUrl: lead('ACwAAAB1c2VyMTIz'), title: 'Director of Procurement', headline: 'Director of Procurement', companyName: 'Iberia Logistics', location: 'Madrid, Community of Madrid, Spain' },
      { name: 'Henrik Larsen', profileUrl: lead('ACwAAAC2xyZ789'), title: 'Head of IT', headline: 'Head of IT', companyName: 'Nordlys Energi', location: 'Oslo, Norway' },
      { name: 'Amina Yusuf', profileUrl: lead('ACwAAAD3qrs456'), title: 'Chief Operating Officer', headline: 'Chief Operating Officer', companyName: 'Lagos Freight Co.', location: 'Lagos, Nigeria' },
    ]);
    const rows = findListRows(fixture('sales-list.html').body, 'sales-list');
    expect(rows.map((r) => r.row.localName)).toEqual(['tr', 'tr', 'tr']);
  });

  it('Sales Navigator search: skips the anonymous "LinkedIn Member"', () => {
    const people = extractListPeople(fixture('sales-search.html'), kindOf('sales-search.html'));
    expect(people.map((p) => [p.name, p.profileUrl, p.companyName, p.location])).toEqual([
      ['Olivia Martinez', lead('ACwAAAB1c2VyMTIz'), 'Iberia Logistics', 'Madrid, Community of Madrid, Spain'],
      ['Kenji Watanabe', lead('ACwAAAE4tuv012'), 'Hokkaido Foods', 'Sapporo, Hokkaido, Japan'],
    ]);
  });

  it.each(['Członek LinkedIn', 'Użytkownik LinkedIn', 'Membru LinkedIn', 'Участник LinkedIn', 'Пользователь LinkedIn'])(
    'Sales Navigator search in another UI language: skips the anonymous "%s" too',
    (member) => {
      const doc = parse(readFileSync(FIXTURE_DIR + 'sales-search.html', 'utf8').replace('>LinkedIn Member<', `>${member}<`));
      expect(extractListPeople(doc, 'sales-search').map((p) => p.name)).toEqual(['Olivia Martinez', 'Kenji Watanabe']);
    },
  );

  it('skips the viewer: a profile the page links from its own navigation ("Me")', () => {
    const doc = fixture('connections-2025.html');
    const list = doc.querySelector('[data-view-name="connections-list"]')!;
    const me = doc.createElement('div');
    me.setAttribute('componentkey', 'auto-component-me');
    const link = doc.createElement('a');
    link.href = 'https://www.linkedin.com/in/rachel-rep/';
    link.textContent = 'Rachel Rep';
    const p = doc.createElement('p');
    p.textContent = 'Account Executive';
    me.append(link, p, doc.createElement('p'));
    list.prepend(me);
    expect(extractListPeople(doc, 'connections').map((person) => person.name)).not.toContain('Rachel Rep');
  });

  it('a list of one person, or a profile page read as if it were a list, gives no block rows', () => {
    const doc = parse('<main><div><div><a href="/in/solo/">Solo Person</a><p>Headline</p><p>Connected on</p></div></div></main>');
    expect(extractListPeople(doc, 'connections')).toEqual([]);
  });
});

// ---- hostile input -----------------------------------------------------------------

const hostileText = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom('Jane Doe', 'LinkedIn Member', '<img src=x onerror=alert(1)>', '\u202Eevil\u202C', '\u0000\u0007', 'x'.repeat(2000), ' ', '•', 'Connected on May 2, 2025'),
);
const hrefs = fc.constantFrom(
  '/in/jane-doe/', 'https://pl.linkedin.com/in/Jane-Doe?trk=x', '/in/ACoAAAB12345/', '/in/me/', '/sales/lead/ACwAAAB1c2VyMTIz,NAME_SEARCH,x7Yz',
  '/sales/people/ACwAAAZ9,NAME_SEARCH,a', 'javascript:alert(1)', '/in/', '/in/%E0%A4%A/', 'https://evil.example/in/jane-doe/', '/company/acme/', '//linkedin.com/in/bob/',
);
const tag = fc.constantFrom('div', 'li', 'ul', 'ol', 'tr', 'td', 'table', 'p', 'span', 'section', 'nav', 'aside', 'header', 'button', 'svg', 'template');
type Node = { tag: string; attrs: string; children: (Node | string)[] } | string;
const attrs = fc.oneof(
  fc.constant(''),
  hrefs.map((h) => `href="${h}"`),
  fc.constantFrom('role="listitem"', 'aria-hidden="true"', 'class="visually-hidden"', 'hidden', 'data-anonymize="person-name"', 'data-anonymize="location"', 'data-anonymize="title"', 'componentkey="x"'),
);
const tree: fc.Arbitrary<Node> = fc.letrec<{ node: Node }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileText,
    fc.record({ tag: fc.oneof(tag, fc.constant('a')), attrs, children: fc.array(tie('node'), { maxLength: 5 }) }),
  ),
})).node;
const escape = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
const render = (node: Node): string => (typeof node === 'string' ? escape(node) : `<${node.tag} ${node.attrs}>${node.children.map(render).join('')}</${node.tag}>`);
const kinds = fc.constantFrom<ListPageKind>('search-people', 'connections', 'sales-list', 'sales-search');

describe('hostile markup', () => {
  it('never throws, and every row is a person with a name and a canonical profile URL, each once', () => {
    fc.assert(
      fc.property(fc.array(tree, { maxLength: 8 }), kinds, (nodes, kind) => {
        const doc = parse(`<main>${nodes.map(render).join('')}</main>`);
        const rows = findListRows(doc.body, kind);
        const urls = rows.map((r) => r.person.profileUrl);
        expect(new Set(urls).size).toBe(urls.length);
        for (const { row, person } of rows) {
          expect(person.name.length).toBeGreaterThan(0);
          expect(person.name).not.toMatch(/^linkedin member$/i);
          const page = classifyLinkedInUrl(person.profileUrl);
          expect(page.kind === 'person' || page.kind === 'sales-nav-lead').toBe(true);
          expect(page.kind !== 'other' && page.canonicalUrl).toBe(person.profileUrl);
          expect(person.profileUrl).not.toBe(profile('me'));
          expect(doc.body.contains(row)).toBe(true);
          for (const value of [person.name, person.headline, person.location]) if (value !== undefined) expect(value.length).toBeLessThanOrEqual(400);
        }
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('leaves out screen-reader copies by class token, as the browser splits classes (tabs and newlines, not other spaces)', () => {
    const doc = parse(
      '<ul>' +
        '<li><a href="/in/ann/"><span>Ann</span><span class="x\tvisually-hidden">View Ann</span></a></li>' +
        '<li><a href="/in/bob/"><span>Bob</span><span class="sr-only\nx"> (2nd)</span></a></li>' +
        '<li><a href="/in/cy/"><span>Cy</span><span class="visually-hiddenx"> Lee</span></a></li>' +
        '<li><a href="/in/di/"><span>Di</span><span class="a11y-text\u00a0x"> Moe</span></a></li>' +
        '</ul>',
    );
    expect(extractListPeople(doc, 'search-people').map((p) => p.name)).toEqual(['Ann', 'Bob', 'Cy Lee', 'Di Moe']);
  });

  it('page text stays text: a name that looks like markup is returned as characters and creates no element', () => {
    const doc = parse(`<ul><li><a href="/in/eve/">&lt;img src=x onerror=alert(1)&gt;Eve</a><div>Head</div><div>Town</div></li><li><a href="/in/bob/">Bob</a></li></ul>`);
    const [eve] = extractListPeople(doc, 'search-people');
    expect(eve).toEqual({ name: '<img src=x onerror=alert(1)>Eve', profileUrl: profile('eve'), headline: 'Head', location: 'Town' });
    expect(doc.querySelectorAll('img')).toHaveLength(0);
  });
});
