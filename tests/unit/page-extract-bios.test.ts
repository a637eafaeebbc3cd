import { describe, expect, it } from 'vitest';
import { ld, run } from './helpers/page-doc';

/**
 * "Save this page" on a person's bio without structured data: a conference's speaker page
 * (the event is not the speaker's company) and a freelancer's own site (their name is not a
 * company).
 */

describe('conference speaker page without structured data', () => {
  const url = 'https://salesforum.example/2025/speakers/anna-nowak';
  const head = `<title>Anna Nowak | Sales Forum 2025</title><meta property="og:site_name" content="Sales Forum 2025">
    <meta property="og:type" content="website">`;
  const body = (role: string) => `<header><nav><a href="/agenda">Agenda</a> <a href="/speakers">Speakers</a></nav></header>
    <main><h1>Anna Nowak</h1>${role}
      <div class="bio"><p>Anna Nowak, Head of Sales at Acme, has built outbound teams in Warsaw and Berlin.</p>
      <a href="https://www.linkedin.com/in/anna-nowak-sales/">LinkedIn</a></div></main>
    <footer>© 2025 Sales Forum · <a href="mailto:speakers@salesforum.example">speakers@salesforum.example</a></footer>`;

  it('the role line under the name gives her job title and company, never the event', () => {
    const r = run(body('<p class="role">Head of Sales at Acme</p>'), head, url);
    expect(r.person).toMatchObject({ fullName: 'Anna Nowak', title: 'Head of Sales', companyName: 'Acme' });
    expect(r.company?.name).toBe('Acme');
  });

  it('"Title, Company" role line', () => {
    const r = run(body('<p class="role">Head of Sales, Acme</p>'), head, url);
    expect(r.person).toMatchObject({ title: 'Head of Sales', companyName: 'Acme' });
  });

  it('with no role line, the bio sentence "Anna Nowak, Head of Sales at Acme, …" gives them', () => {
    const r = run(body(''), head, url);
    expect(r.person).toMatchObject({ fullName: 'Anna Nowak', title: 'Head of Sales', companyName: 'Acme' });
  });

  it('with no employer stated anywhere, the person has no company (the event is not hers)', () => {
    const bare = `<main><h1>Anna Nowak</h1><p>Anna builds outbound teams.</p>
      <a href="https://www.linkedin.com/in/anna-nowak-sales/">LinkedIn</a></main>`;
    const r = run(bare, head, url);
    expect(r.person?.fullName).toBe('Anna Nowak');
    expect(r.person?.title).toBeUndefined();
    expect(r.person?.companyName).toBeUndefined();
    expect(r.company).toBeUndefined();
  });

  it('a Polish event site whose name holds no event word: the /prelegenci/ path says it', () => {
    const pl = `<title>Prelegenci – Anna Nowak | SalesForum</title><meta property="og:site_name" content="SalesForum">`;
    const bare = `<main><h1>Anna Nowak</h1><a href="https://www.linkedin.com/in/anna-nowak-sales/">LinkedIn</a></main>`;
    const r = run(bare, pl, 'https://salesforum.pl/prelegenci/anna-nowak');
    expect(r.person?.fullName).toBe('Anna Nowak');
    expect(r.person?.companyName).toBeUndefined();
  });

  it('a JSON-LD Person with no worksFor on a speaker page is not given the event as company', () => {
    const json = head + ld({ '@context': 'https://schema.org', '@type': 'Person', name: 'Anna Nowak' });
    const r = run('<h1>Anna Nowak</h1>', json, url);
    expect(r.person?.fullName).toBe('Anna Nowak');
    expect(r.person?.companyName).toBeUndefined();
  });
});

describe("a freelancer's own site", () => {
  const url = 'https://jankowalski.pl/';
  const body = `<header><a href="/">Jan Kowalski</a></header><main><h1>Jan Kowalski</h1>
    <p>Doradca ds. sprzedaży B2B</p><p>Pomagam firmom budować zespoły handlowe.</p>
    <p>Kontakt: <a href="mailto:kontakt@jankowalski.pl">kontakt@jankowalski.pl</a>, tel. 600 100 200</p></main>`;

  it('"Jan Kowalski — doradca": a person with no company, not a company named Jan Kowalski', () => {
    const r = run(body, '<title>Jan Kowalski — doradca</title><meta property="og:site_name" content="Jan Kowalski">', url);
    expect(r.person).toMatchObject({ fullName: 'Jan Kowalski', firstName: 'Jan', lastName: 'Kowalski', email: 'kontakt@jankowalski.pl', phone: '600 100 200' });
    expect(r.person?.companyName).toBeUndefined();
    expect(r.company).toBeUndefined();
  });

  it('a title that puts the name last, "Doradca sprzedaży B2B | Jan Kowalski": the line under the h1 says he is a person', () => {
    const r = run(body, '<title>Doradca sprzedaży B2B | Jan Kowalski</title>', url);
    expect(r.person).toMatchObject({ fullName: 'Jan Kowalski', email: 'kontakt@jankowalski.pl' });
    expect(r.company).toBeUndefined();
  });

  it.each(['New season, new colours.', 'Designer clothing for men and women', 'Sales training for B2B teams', 'Marketing that works'])(
    'a brand named after a person stays a company, its tagline under the h1 ("%s") is no job', (tagline) => {
      const r = run(`<h1>Ted Baker</h1><p>${tagline}</p><a href="mailto:info@tedbaker.example">info</a>`,
        '<title>Ted Baker | Official Site</title>', 'https://tedbaker.example/');
      expect(r.person?.fullName).toBeUndefined();
      expect(r.company?.name).toBe('Ted Baker');
    });
});

describe('the job line under a name', () => {
  const li = '<a href="https://www.linkedin.com/in/marcus-lee-9/">in</a>';
  it("a team member's page on the company's site: title from the line, company the site's", () => {
    const r = run(`<h1>Marcus Lee</h1><p>Head of Sales</p>${li}`, '<title>Marcus Lee | BrightPath Consulting</title>',
      'https://brightpath.example/team/marcus-lee');
    expect(r.person).toMatchObject({ fullName: 'Marcus Lee', title: 'Head of Sales', companyName: 'BrightPath Consulting' });
  });
  it('a place after the title is not a company ("Sales Director, Warsaw, Poland"; "Trener w Warszawie")', () => {
    const head = '<title>Marcus Lee | SaaS Summit</title>';
    const url = 'https://saassummit.example/speakers/marcus-lee';
    const r = run(`<h1>Marcus Lee</h1><p>Sales Director, Warsaw, Poland</p>${li}`, head, url);
    expect(r.person).toMatchObject({ fullName: 'Marcus Lee', title: 'Sales Director' });
    expect(r.person?.companyName).toBeUndefined();
    const pl = run(`<h1>Marcus Lee</h1><p>Trener w Warszawie</p>${li}`, head, url);
    expect(pl.person?.companyName).toBeUndefined();
  });
  it('a Polish line with a legal form: "Dyrektor Sprzedaży w Acme sp. z o.o."', () => {
    const r = run(`<h1>Marcus Lee</h1><p>Dyrektor Sprzedaży w Acme sp. z o.o.</p>${li}`, '<title>Marcus Lee | Forum Sprzedaży</title>',
      'https://forumsprzedazy.example/prelegenci/marcus-lee');
    expect(r.person).toMatchObject({ title: 'Dyrektor Sprzedaży', companyName: 'Acme sp. z o.o.' });
  });
  it('a two-word company ("Acme Robotics") after "at" or a comma is a company, though it reads like a name', () => {
    const head = '<title>Marcus Lee | SaaS Summit</title>';
    const url = 'https://saassummit.example/speakers/marcus-lee';
    expect(run(`<h1>Marcus Lee</h1><p>Head of Sales at Acme Robotics</p>${li}`, head, url).person?.companyName).toBe('Acme Robotics');
    expect(run(`<h1>Marcus Lee</h1><p>Head of Sales, Acme Robotics</p>${li}`, head, url).person?.companyName).toBe('Acme Robotics');
  });
  it('Romanian and Russian lines: "Director Vânzări la Alfa Soft SRL", "Директор по продажам в ООО «Ромашка»"', () => {
    const head = '<title>Marcus Lee | SaaS Summit</title>';
    const url = 'https://saassummit.example/speakers/marcus-lee';
    expect(run(`<h1>Marcus Lee</h1><p>Director Vânzări la Alfa Soft SRL</p>${li}`, head, url).person).toMatchObject({ title: 'Director Vânzări', companyName: 'Alfa Soft SRL' });
    expect(run(`<h1>Marcus Lee</h1><p>Директор по продажам в ООО «Ромашка»</p>${li}`, head, url).person).toMatchObject({ title: 'Директор по продажам', companyName: 'ООО «Ромашка»' });
  });
  it('markup written as text in the line is never a company', () => {
    const r = run(`<h1>Marcus Lee</h1><p>Head of Sales at &lt;img src=x onerror=alert(1)&gt;</p>${li}`, '<title>Marcus Lee | SaaS Summit</title>',
      'https://saassummit.example/speakers/marcus-lee');
    expect(r.person?.companyName).toBeUndefined();
    expect(r.company).toBeUndefined();
  });
  it('a long bio under the name is not a job line', () => {
    const bio = `<p>${'Marcus has led sales teams for twenty years and is the head of many things. '.repeat(3)}</p>`;
    const r = run(`<h1>Marcus Lee</h1>${bio}${li}`, '<title>Marcus Lee | SaaS Summit</title>', 'https://saassummit.example/speakers/marcus-lee');
    expect(r.person?.title).toBeUndefined();
  });
});

describe('a company named with an event word is still a company', () => {
  it('"Summit Partners" on its own site keeps its team member\'s company', () => {
    const r = run('<h1>Marcus Lee</h1><p>Managing Director</p><a href="https://www.linkedin.com/in/marcus-lee-9/">in</a>',
      '<title>Marcus Lee | Summit Partners</title>', 'https://www.summitpartners.example/team/marcus-lee');
    expect(r.person).toMatchObject({ fullName: 'Marcus Lee', companyName: 'Summit Partners' });
  });
  it('an event named like its host is still an event when its name holds a year', () => {
    const r = run('<h1>Marcus Lee</h1><a href="https://www.linkedin.com/in/marcus-lee-9/">in</a>',
      '<title>Marcus Lee | SaaS Summit 2025</title>', 'https://saassummit.example/2025/marcus-lee');
    expect(r.person?.companyName).toBeUndefined();
  });
});
