import { describe, expect, it } from 'vitest';
import { extractPage } from '../../lib/capture/page';
import { doc, ld, NOW, run } from './helpers/page-doc';
import { addressNamesPerson, foldToAscii } from '../../lib/capture/page/contact-owner';
import { emailsInText } from '../../lib/capture/page/text-emails';
import { readLinks } from '../../lib/capture/page/links';

/**
 * "Save this page": the ways a reader of any page goes wrong, found by review: titles
 * that are not people, a colleague's address taken for the person's, a correct one lost,
 * minified markup, role addresses, schema.org products taken for companies, cut text.
 */


describe('false persons from <title> (no og:type=profile)', () => {
  it('a company home page "Brand – Digital Marketing Agency" is a company, not a person', () => {
    const r = run('<h1>We grow brands</h1>', '<title>Bright Path – Digital Marketing Agency</title>', 'https://brightpath.example/');
    expect(r.person?.fullName).toBeUndefined();
    expect(r.company?.name).toBe('Bright Path');
  });
  it('"John Lewis Partnership – Head Office" is a company page', () => {
    const r = run('<p>Head office</p>', '<title>John Lewis Partnership – Head Office</title>', 'https://johnlewispartnership.example/contact');
    expect(r.person?.fullName).toBeUndefined();
    expect(r.company?.name).toBe('John Lewis Partnership');
  });
  it('a product page "Pipedrive CRM – Sales Pipeline Software – Pipedrive" names no person', () => {
    const r = run('<h1>CRM</h1>', '<title>Pipedrive CRM – Sales Pipeline Software – Pipedrive</title>', 'https://www.pipedrive.example/en/products/crm');
    expect(r.person?.fullName).toBeUndefined();
  });
  it('a job ad "Acme Robotics – Senior Software Engineer" names no person', () => {
    const r = run('<h1>Senior Software Engineer</h1><footer><a href="tel:+48 22 123 45 67">call</a></footer>',
      '<title>Acme Robotics – Senior Software Engineer</title>', 'https://careers.acmerobotics.example/jobs/123');
    expect(r.person?.fullName).toBeUndefined();
    expect(r.company?.name).toBe('Acme Robotics');
  });
  it('a news headline "Satya Nadella – Microsoft CEO says AI is next" is not a lead with a title', () => {
    const r = run('<article>…</article>', '<title>Satya Nadella – Microsoft CEO says AI is next | Daily Tech</title>', 'https://dailytech.example/news/1');
    expect(r.person?.title).toBeUndefined();
  });
});

describe('a personal site’s title', () => {
  it('a personal site title "Jane Doe – Head of Growth – Acme Corp" keeps her employer', () => {
    const r = run('<h1>Jane Doe</h1>', '<title>Jane Doe – Head of Growth – Acme Corp</title>', 'https://janedoe.example/');
    expect(r.person?.fullName).toBe('Jane Doe');
    expect(r.person?.companyName ?? r.company?.name).toBe('Acme Corp');
  });
});

describe('whose address: a colleague\'s still attributed', () => {
  const person = (name: string) => ld({ '@context': 'https://schema.org', '@type': 'Person', name });
  it('Jan Kowalski does not get janina.nowak@ (first name as a substring)', () => {
    expect(addressNamesPerson('janina.nowak@drewbud.pl', 'Jan Kowalski')).toBe(false);
    const r = run('<p>Biuro: <a href="mailto:janina.nowak@drewbud.pl">napisz</a></p>', person('Jan Kowalski'), 'https://drewbud.example/zespol/jan');
    expect(r.person?.email).toBeUndefined();
  });
  it('Tom Baker does not get sarah.jones@bottomline.example (name inside the domain)', () => {
    expect(addressNamesPerson('sarah.jones@bottomline.example', 'Tom Baker')).toBe(false);
  });
  it('Anna Baker does not get a colleague at bakerlaw (firm named after a partner)', () => {
    const r = run('<ul><li>Tom Reed, associate: <a href="mailto:treed@bakerlaw.example">email</a></li></ul>',
      person('Anna Baker'), 'https://bakerlaw.example/people/anna-baker');
    expect(r.person?.email).toBeUndefined();
  });
  it('Mark Smith does not get anna.nowak@marketingpro.example', () => {
    expect(addressNamesPerson('anna.nowak@marketingpro.example', 'Mark Smith')).toBe(false);
  });
  it('a flat team block: Marcus Lee\'s link is not Olivia Hart\'s', () => {
    const body = `<div class="team">
      <h3>Olivia Hart</h3> <span>CEO</span>
      <h3>Marcus Lee</h3> <span>Head of Sales</span>
      <a href="mailto:m.lee@brightpath.example">m.lee@brightpath.example</a> <a href="tel:+44 20 7946 0001">call</a>
    </div>`;
    const r = run(body, person('Olivia Hart'), 'https://brightpath.example/team/olivia');
    expect(r.person?.email).toBeUndefined();
    expect(r.person?.phone).toBeUndefined();
  });
});

describe('a correct address lost', () => {
  it('hello@janedoe.com on Jane Doe\'s own site (the code comment says it still reaches her)', () => {
    const r = run('<footer><a href="mailto:hello@janedoe.example">hello@janedoe.example</a></footer>',
      ld({ '@context': 'https://schema.org', '@type': 'Person', name: 'Jane Doe' }), 'https://janedoe.example/');
    expect(r.person?.email).toBe('hello@janedoe.example');
  });
  it('the one phone on Jane Doe\'s own site (JSON-LD Person) is hers, as before', () => {
    const r = run('<footer><p>Call me: <a href="tel:+1 415 555 0100">+1 415 555 0100</a></p></footer>',
      ld({ '@context': 'https://schema.org', '@type': 'Person', name: 'Jane Doe' }), 'https://janedoe.example/');
    expect(r.person?.phone).toBeDefined();
  });
  it('Андрей Петров is andrey@ (й folds to "i", the map\'s "y" is dead)', () => {
    expect(foldToAscii('Андрей')).toBe('andrey');
    expect(addressNamesPerson('andrey@romashka.example', 'Андрей Петров')).toBe(true);
  });
});

describe('correct data lost on minified pages (textContent joins elements without spaces)', () => {
  it('Olivia Hart\'s own card, minified: her phone is hers', () => {
    const body = '<ul class="team"><li><h3>Olivia Hart</h3><p>Chief Executive Officer</p><a href="tel:+44 20 7946 0002">+44 20 7946 0002</a></li>' +
      '<li><h3>Marcus Lee</h3><p>Head of Sales</p><a href="tel:+44 20 7946 0003">+44 20 7946 0003</a></li></ul>';
    const r = run(body, ld({ '@context': 'https://schema.org', '@type': 'Person', name: 'Olivia Hart' }), 'https://brightpath.example/team/olivia');
    expect(r.person?.phone).toBe('+44 20 7946 0002');
  });
});

describe('role addresses still missing (German Impressum, Polish RODO notice)', () => {
  it('datenschutz@ printed in an Impressum is not the person e-mail over info@', () => {
    const body = '<p>Kontakt: <a href="mailto:info@muster-gmbh.example">info@muster-gmbh.example</a></p>' +
      '<p>Datenschutzbeauftragter: datenschutz@muster-gmbh.example</p>';
    const r = run(body, '<title>Impressum | Muster GmbH</title>', 'https://muster-gmbh.example/impressum');
    expect(r.person?.email).toBe('info@muster-gmbh.example');
  });
  it('iod@ (Polish DPO) in the RODO clause is not the person e-mail over biuro@', () => {
    const body = '<p><a href="mailto:biuro@drewbud.example">biuro@drewbud.example</a></p>' +
      '<p>Administratorem danych jest Drewbud sp. z o.o. Kontakt z inspektorem: iod@drewbud.example</p>';
    const r = run(body, '<title>Kontakt | Drewbud sp. z o.o.</title>', 'https://drewbud.example/kontakt');
    expect(r.person?.email).toBe('biuro@drewbud.example');
  });
});

describe('schema.org organisation website and types', () => {
  it('a site on a path-tenant host (wixsite) keeps its path as website', () => {
    const head = ld({ '@context': 'https://schema.org', '@type': 'LocalBusiness', name: 'Acme Plumbing', url: 'https://jdoe.wixsite.example/acme-plumbing' });
    const r = run('', head, 'https://jdoe.wixsite.example/acme-plumbing/contact');
    expect(r.company?.website).toBe('https://jdoe.wixsite.example/acme-plumbing');
  });
  it('a PaymentService (a financial product) is not the page organisation', () => {
    const head = ld({ '@context': 'https://schema.org', '@graph': [
      { '@type': 'PaymentService', name: 'Paylane Checkout' },
      { '@type': 'Organization', name: 'Paylane sp. z o.o.' },
    ] });
    const r = run('', head, 'https://paylane.example/checkout');
    expect(r.company?.name).toBe('Paylane sp. z o.o.');
  });
});

describe('emailsInText edge cases', () => {
  it('an address cut by the 2000-char node limit is not read as another valid address', () => {
    const text = 'x '.repeat(994) + 'jane@acme.com'; // 1988 + 13 chars: the 2000-char cut falls after "acme.co"
    expect(emailsInText(text).every((e) => e === 'jane@acme.com')).toBe(true);
  });
  it('a local part over 64 chars is not cut to a different, valid address', () => {
    const text = `${'a'.repeat(70)}@acme.com`;
    expect(emailsInText(text)).toEqual([]);
  });
});

describe('found in review: titles, CMS authors, escapes and role addresses', () => {
  it('a headline starting with the brand is not the company ("Acme raises $20M | Acme")', () => {
    expect(run('<h1>Acme raises $20M</h1>', '<title>Acme raises $20M | Acme</title>', 'https://acme.example/press/series-b').company?.name).toBe('Acme');
    expect(run('<h1>x</h1>', '<title>Acme Robotics launches a new arm – Acme Robotics</title>', 'https://acmerobotics.example/news/arm').company?.name).toBe('Acme Robotics');
  });
  it('a CMS author "Acme Team" / "Redakcja Acme" is not a person', () => {
    for (const name of ['Acme Team', 'Redakcja Acme', 'Editorial Team', 'Echipa Acme', 'Команда Acme']) {
      const r = run('<article><h1>5 tips</h1></article>', ld({ '@context': 'https://schema.org', '@graph': [
        { '@type': 'Organization', '@id': 'https://acme.example/#org', name: 'Acme' },
        { '@type': 'Person', name },
      ] }), 'https://acme.example/blog/5-tips');
      expect(r.person?.fullName).toBeUndefined();
      expect(r.company?.name).toBe('Acme');
    }
  });
  it('pronouns after a structured name are not part of the name', () => {
    expect(run('', ld({ '@type': 'Person', name: 'Jane Doe (she/her)', jobTitle: 'CTO' }), 'https://acme.example/team/jane').person?.fullName).toBe('Jane Doe');
  });
  it("JSON-LD with a PHP-escaped apostrophe (\\') still gives the person", () => {
    const r = run('', `<script type="application/ld+json">{"@type":"Person","name":"Sean O\\'Brien","jobTitle":"CTO"}</script>`, 'https://acme.example/team/sean');
    expect(r.person).toMatchObject({ fullName: "Sean O'Brien", title: 'CTO' });
  });
  it('a contact page: office@ before the accounting desk (contabilitate@); contactus@ is a role address', () => {
    const r = run('<main><h1>Contact</h1><p>Contabilitate: contabilitate@alfasoft.ro</p><p>Office: office@alfasoft.ro</p></main>', '<title>Contact | Alfa Soft</title>', 'https://alfasoft.ro/contact');
    expect(r.person?.email).toBe('office@alfasoft.ro');
    const r2 = run('<main><h1>Contact us</h1><p><a href="mailto:contactus@acme.example">contactus@acme.example</a></p><p><a href="mailto:salesteam@acme.example">write</a></p></main>', '<title>Contact Us | Acme</title>', 'https://acme.example/contact');
    expect(r2.person?.email).toBe('contactus@acme.example');
  });
});

describe('hostile pages stay cheap (no timing asserted: each read must simply finish within the test timeout)', () => {
  const filler = `<span>${'lorem ipsum '.repeat(200)}</span>`.repeat(400); // ~1 MB in one block
  it('1000 copies of one mailto link inside a 1 MB block give one address', () => {
    const d = doc(`<div>${filler}${'<a href="mailto:a@b.example">x</a>'.repeat(1000)}</div>`);
    expect(readLinks(d).emails.map((e) => e.value)).toEqual(['a@b.example']);
  }, 60_000);
  it('1000 invalid mailto links inside a 1 MB block give none', () => {
    const anchors = Array.from({ length: 1000 }, (_, i) => `<a href="mailto:not-an-address-${i}">x</a>`).join('');
    expect(readLinks(doc(`<div>${filler}${anchors}</div>`)).emails).toEqual([]);
  }, 60_000);
  it('50 broken JSON-LD blocks of 1 MB are skipped, not mended', () => {
    const block = `<script type="application/ld+json">{"@type":"Person","name":"${'x\n'.repeat(333_000)}" ,, }</script>`;
    expect(extractPage(doc('', block.repeat(50)), 'https://acme.example/', NOW).person).toBeUndefined();
  }, 120_000);
});
