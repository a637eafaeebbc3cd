import { describe, expect, it } from 'vitest';
import { ld, run } from './helpers/page-doc';

/**
 * "Save this page" on pages shaped as CMSs and platforms emit them (Rank Math, Schema Pro,
 * Yoast author archives, Squarespace, Webflow, HubSpot CMS, Google Sites, law-firm and
 * university bios, e-mail signature pages, Cloudflare-protected addresses, Japanese and
 * Arabic titles). Known misses, left out: an assistant's phone in the partner's own block,
 * a colleague's phone in a block naming both, Physician/RealEstateAgent nodes for one person
 * (schema.org calls them businesses), a nameless contact page mixing a person's address with
 * the main line, printed phone numbers.
 */

/** Cloudflare's e-mail protection: a key byte, then each character XOR the key, in hex. */
const cfEncode = (email: string, key = 0x4f) =>
  [key, ...Array.from(email).map((c) => c.charCodeAt(0) ^ key)].map((b) => b.toString(16).padStart(2, '0')).join('');

// 1 ------------------------------------------------------------------------------------------
describe('Rank Math author page on a blog whose site owner is a Person', () => {
  const url = 'https://growthnotes.example/author/anna-nowak/';
  const head = `<title>Anna Nowak, Author at Growth Notes</title><meta property="og:type" content="profile">
    <meta property="og:title" content="Anna Nowak, Author at Growth Notes"><meta property="og:site_name" content="Growth Notes">` +
    ld({ '@context': 'https://schema.org', '@graph': [
      { '@type': 'Person', '@id': 'https://growthnotes.example/#person', name: 'Marek Zieliński',
        image: { '@type': 'ImageObject', '@id': 'https://growthnotes.example/#logo', url: 'https://growthnotes.example/marek.jpg' } },
      { '@type': 'WebSite', '@id': 'https://growthnotes.example/#website', url: 'https://growthnotes.example', name: 'Growth Notes',
        publisher: { '@id': 'https://growthnotes.example/#person' }, inLanguage: 'en-US' },
      { '@type': 'ProfilePage', '@id': 'https://growthnotes.example/author/anna-nowak/#webpage', url: url,
        name: 'Anna Nowak, Author at Growth Notes', isPartOf: { '@id': 'https://growthnotes.example/#website' } },
      { '@type': 'Person', '@id': 'https://growthnotes.example/author/anna-nowak/', name: 'Anna Nowak', url,
        image: { '@type': 'ImageObject', url: 'https://secure.gravatar.com/avatar/abc?s=96' },
        sameAs: ['https://www.linkedin.com/in/anna-nowak-growth/'],
        mainEntityOfPage: { '@id': 'https://growthnotes.example/author/anna-nowak/#webpage' } },
    ] });
  const body = '<main><h1>Anna Nowak</h1><p>Growth lead writing about B2B funnels.</p></main>';
  it('the author the page is about, not the site owner listed first in the graph', () => {
    const r = run(body, head, url);
    expect(r.person?.fullName).toBe('Anna Nowak');
    expect(r.person?.linkedinUrl).toContain('anna-nowak-growth');
  });
});

// 2 ------------------------------------------------------------------------------------------
describe('Yoast author archive (og:type profile) with the company switchboard in the header', () => {
  const url = 'https://northwind.example/author/jsmith/';
  const head = `<title>John Smith, Author at Northwind Traders</title><meta property="og:type" content="profile">
    <meta property="og:title" content="John Smith, Author at Northwind Traders"><meta property="og:site_name" content="Northwind Traders">` +
    ld({ '@context': 'https://schema.org', '@graph': [
      { '@type': 'ProfilePage', '@id': url, url, name: 'John Smith, Author at Northwind Traders' },
      { '@type': 'Organization', '@id': 'https://northwind.example/#organization', name: 'Northwind Traders', url: 'https://northwind.example/' },
      { '@type': 'Person', '@id': 'https://northwind.example/#/schema/person/1a', name: 'John Smith', mainEntityOfPage: { '@id': url } },
    ] });
  const body = `<header class="site-header"><div class="top-bar">Call us: <a href="tel:+18005550100">1-800-555-0100</a></div></header>
    <main><h1>John Smith</h1><article><h2>Five pricing mistakes</h2></article></main>`;
  it('the only phone on the page is the switchboard, not the author\'s', () => {
    const r = run(body, head, url);
    expect(r.person?.fullName).toBe('John Smith');
    expect(r.person?.phone).toBeUndefined();
  });
});

// 3 ------------------------------------------------------------------------------------------
describe('Schema Pro Person on an "About" page', () => {
  const url = 'https://janekowalska-consulting.example/about/';
  const head = '<title>About – Kowalska Consulting</title>' +
    ld({ '@context': 'https://schema.org', '@type': 'Person', name: 'Jane Kowalska',
      address: { '@type': 'PostalAddress', addressLocality: 'Kraków', addressCountry: 'PL' },
      email: 'mailto:jane@janekowalska-consulting.example', telephone: '+48 600 700 800',
      image: { '@type': 'ImageObject', url: 'https://janekowalska-consulting.example/wp-content/uploads/jane.jpg' },
      jobTitle: 'Founder & Principal Consultant', url: 'https://janekowalska-consulting.example/',
      worksFor: { '@type': 'Organization', name: 'Kowalska Consulting' } });
  it('every field, the "mailto:" e-mail read', () => {
    const r = run('<h1>About Jane</h1>', head, url);
    expect(r.person).toMatchObject({ fullName: 'Jane Kowalska', email: 'jane@janekowalska-consulting.example',
      title: 'Founder & Principal Consultant', location: 'Kraków, PL', companyName: 'Kowalska Consulting' });
    expect(r.person?.phone).toMatch(/^\+48\s?600/);
  });
});

// 4 ------------------------------------------------------------------------------------------
describe('Squarespace personal site: site Organization named after its owner', () => {
  const url = 'https://www.sarahchen.example/';
  const head = `<title>Sarah Chen</title><meta property="og:site_name" content="Sarah Chen"><meta property="og:type" content="website">
    <meta property="og:title" content="Sarah Chen">` +
    ld({ url: 'https://www.sarahchen.example', name: 'Sarah Chen', '@context': 'http://schema.org', '@type': 'WebSite' }) +
    ld({ '@context': 'http://schema.org', '@type': 'Organization', name: 'Sarah Chen', address: '', image: 'https://images.squarespace-cdn.com/logo.png', sameAs: ['https://www.linkedin.com/in/sarahchen-coach'] }) +
    ld({ '@context': 'http://schema.org', '@type': 'LocalBusiness', name: 'Sarah Chen', address: '', telephone: '', openingHours: ', , , , , , ' });
  const body = `<header><a href="/">Sarah Chen</a></header><main><h1>Sarah Chen</h1><h2>Executive coach for first-time sales leaders</h2>
    <p>Email me: <a href="mailto:sarah@sarahchen.example">sarah@sarahchen.example</a></p></main>`;
  it('Sarah Chen is a person, not a company named "Sarah Chen"', () => {
    const r = run(body, head, url);
    expect(r.person?.fullName).toBe('Sarah Chen');
    expect(r.company?.name).not.toBe('Sarah Chen');
  });
});

// 5 ------------------------------------------------------------------------------------------
describe('Webflow CMS team member page /team/jane-doe', () => {
  const url = 'https://www.flowmetrics.example/team/jane-doe';
  const head = `<title>Jane Doe | FlowMetrics</title><meta content="Jane Doe | FlowMetrics" property="og:title">
    <meta content="website" property="og:type"><meta content="https://cdn.prod.website-files.com/abc/jane.jpg" property="og:image">`;
  const body = `<div class="navbar w-nav"><a href="/" class="brand w-nav-brand">FlowMetrics</a><a href="mailto:hello@flowmetrics.example">Contact</a></div>
    <div class="section"><div class="w-layout-grid grid"><img src="https://cdn.prod.website-files.com/abc/jane.jpg" alt="" class="team-photo">
    <div><h1 class="heading">Jane Doe</h1><div class="job-title">Chief Revenue Officer</div>
    <a href="https://www.linkedin.com/in/janedoe-cro/" target="_blank" class="social-link w-inline-block"><img src="linkedin.svg" alt=""></a>
    <div class="rich-text w-richtext"><p>Jane leads sales and customer success at FlowMetrics.</p></div></div></div></div>
    <footer><a href="https://www.linkedin.com/company/flowmetrics/">LinkedIn</a></footer>`;
  it('the person named by title and h1, though the title has no job title', () => {
    const r = run(body, head, url);
    expect(r.person?.fullName).toBe('Jane Doe');
  });
  it('her LinkedIn profile, the one /in/ link on her own page', () => {
    const r = run(body, head, url);
    expect(r.person?.linkedinUrl).toContain('janedoe-cro');
  });
  it('the company is FlowMetrics, with its LinkedIn page from the footer', () => {
    const r = run(body, head, url);
    expect(r.company?.name).toBe('FlowMetrics');
    expect(r.company?.linkedinUrl).toContain('/company/flowmetrics');
  });
});

// 6 ------------------------------------------------------------------------------------------
describe('SaaS "Leadership" page, cards with name, title and a LinkedIn icon, each with an e-mail', () => {
  const url = 'https://www.kestrelhq.example/company/leadership';
  const head = '<title>Leadership | Kestrel</title><meta property="og:site_name" content="Kestrel">';
  const card = (n: string, t: string, li: string, mail: string) =>
    `<div class="leader-card"><img src="/img/${li}.jpg" alt="${n}"><h3>${n}</h3><p>${t}</p>
      <a href="https://www.linkedin.com/in/${li}/" aria-label="LinkedIn"><svg></svg></a><a href="mailto:${mail}" aria-label="Email"><svg></svg></a></div>`;
  const body = `<h1>Meet our leadership team</h1><div class="grid">${card('Olivia Hart', 'Chief Executive Officer', 'oliviahart', 'olivia@kestrelhq.example')}${
    card('Marcus Lee', 'Chief Technology Officer', 'marcuslee', 'marcus@kestrelhq.example')}${card('Priya Nair', 'Chief Financial Officer', 'priyanair', 'priya@kestrelhq.example')}</div>`;
  it('the company Kestrel', () => {
    expect(run(body, head, url).company?.name).toBe('Kestrel');
  });
  it('no nameless "person" holding the CEO\'s personal address', () => {
    const r = run(body, head, url);
    expect(r.person?.email).toBeUndefined();
  });
});

// 7 ------------------------------------------------------------------------------------------
describe('law-firm partner bio with an assistant', () => {
  const url = 'https://www.harperwells.example/people/john-a-smith';
  const head = `<title>John A. Smith | Partner | Harper &amp; Wells LLP</title><meta property="og:site_name" content="Harper &amp; Wells LLP">` +
    ld({ '@context': 'https://schema.org', '@type': 'Person', name: 'John A. Smith', jobTitle: 'Partner',
      worksFor: { '@type': 'LegalService', name: 'Harper & Wells LLP' } });
  const body = `<header><a href="tel:+12125550000">Main +1 212 555 0000</a></header>
    <section class="bio-header"><h1>John A. Smith</h1><p class="position">Partner</p>
      <ul class="contact"><li><a href="mailto:jsmith@harperwells.example">Email</a></li>
      <li><a href="/vcard/john-a-smith.vcf">vCard</a></li></ul>
      <p class="assistant">Assistant to John Smith: Mary Jones, <a href="tel:+12125550142">+1 212 555 0142</a>,
        <a href="mailto:mjones@harperwells.example">mjones@harperwells.example</a></p></section>`;
  it('his own e-mail', () => {
    expect(run(body, head, url).person?.email).toBe('jsmith@harperwells.example');
  });
  it('company is the firm', () => {
    expect(run(body, head, url).company?.name).toBe('Harper & Wells LLP');
  });
});

// 11 -----------------------------------------------------------------------------------------
describe('webinar registration page with three speakers', () => {
  const url = 'https://www.salesloop.example/webinars/pipeline-2025';
  const head = '<title>Webinar: Pipeline 2025 | SalesLoop</title>' +
    ld({ '@context': 'https://schema.org', '@type': 'BusinessEvent', name: 'Pipeline 2025', eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
      startDate: '2025-09-10T17:00:00Z', organizer: { '@type': 'Organization', name: 'SalesLoop', url: 'https://www.salesloop.example' },
      performer: [
        { '@type': 'Person', name: 'Jane Doe', jobTitle: 'VP Sales', worksFor: { '@type': 'Organization', name: 'Acme' } },
        { '@type': 'Person', name: 'Tom Baker', jobTitle: 'CRO', worksFor: { '@type': 'Organization', name: 'Beta' } },
        { '@type': 'Person', name: 'Li Wei', jobTitle: 'Head of RevOps', worksFor: { '@type': 'Organization', name: 'SalesLoop' } },
      ] });
  const body = `<h1>Pipeline 2025</h1><div class="speakers"><div class="speaker"><h3>Jane Doe</h3><p>VP Sales, Acme</p></div>
    <div class="speaker"><h3>Tom Baker</h3><p>CRO, Beta</p></div></div><p>Questions? <a href="mailto:webinars@salesloop.example">webinars@salesloop.example</a></p>`;
  it('no single speaker chosen; the company is the organiser, SalesLoop', () => {
    const r = run(body, head, url);
    expect(r.person?.fullName).toBeUndefined();
    expect(r.company?.name).toBe('SalesLoop');
  });
});

// 12 -----------------------------------------------------------------------------------------
describe('company contact page listing departments and a named press officer', () => {
  const url = 'https://www.orbitlogistics.example/contact';
  const head = '<title>Contact us | Orbit Logistics</title>';
  const body = `<h1>Contact us</h1><div class="departments">
    <div class="dept"><h3>Sales</h3><a href="mailto:sales@orbitlogistics.example">sales@orbitlogistics.example</a> <a href="tel:+442079460001">+44 20 7946 0001</a></div>
    <div class="dept"><h3>Support</h3><a href="mailto:support@orbitlogistics.example">support@orbitlogistics.example</a></div>
    <div class="dept"><h3>Press</h3><p>Emma Clarke, Head of Communications</p><a href="mailto:emma.clarke@orbitlogistics.example">emma.clarke@orbitlogistics.example</a> <a href="tel:+447700900555">+44 7700 900555</a></div></div>`;
  it('company Orbit Logistics', () => {
    expect(run(body, head, url).company?.name).toBe('Orbit Logistics');
  });
});

// 13 -----------------------------------------------------------------------------------------
describe('German Impressum', () => {
  const url = 'https://www.musterfirma.example/impressum';
  const head = '<title>Impressum | Musterfirma GmbH</title>';
  const body = `<main><h1>Impressum</h1><p>Angaben gemäß § 5 TMG</p>
    <p>Musterfirma GmbH<br>Musterstraße 1<br>80331 München</p>
    <p><strong>Vertreten durch:</strong><br>Geschäftsführer: Dr. Max Mustermann</p>
    <p><strong>Kontakt:</strong><br>Telefon: +49 (0) 89 1234567<br>E-Mail: <a href="mailto:info@musterfirma.example">info@musterfirma.example</a></p>
    <p><strong>Registereintrag:</strong><br>Eintragung im Handelsregister.<br>Registergericht: Amtsgericht München<br>Registernummer: HRB 123456</p>
    <p><strong>Umsatzsteuer-ID:</strong><br>Umsatzsteuer-Identifikationsnummer gemäß § 27 a UStG: DE123456789</p>
    <p>Konzeption &amp; Webdesign: <a href="mailto:studio@pixelwerk-design.example">Pixelwerk Design</a></p></main>`;
  it('the company\'s info@, not the web agency\'s address credited at the bottom', () => {
    const r = run(body, head, url);
    expect(r.person?.email ?? 'none').not.toBe('studio@pixelwerk-design.example');
  });
  it('company Musterfirma GmbH', () => {
    expect(run(body, head, url).company?.name).toBe('Musterfirma GmbH');
  });
});

// 14 -----------------------------------------------------------------------------------------
describe('Polish "Zespół" page', () => {
  const url = 'https://www.softpol.example/zespol';
  const head = '<title>Zespół | SoftPol sp. z o.o.</title>';
  const body = `<h1>Nasz zespół</h1><ul class="team">
    <li><strong>Jan Kowalski</strong> – Prezes Zarządu<br>tel. <a href="tel:+48601100200">601 100 200</a><br><a href="mailto:j.kowalski@softpol.example">j.kowalski@softpol.example</a></li>
    <li><strong>Anna Wiśniewska</strong> – Dyrektor Handlowy<br>tel. <a href="tel:+48601100300">601 100 300</a><br><a href="mailto:a.wisniewska@softpol.example">a.wisniewska@softpol.example</a></li></ul>
    <footer>SoftPol sp. z o.o., ul. Prosta 1, 00-001 Warszawa, NIP 5250000000, <a href="mailto:biuro@softpol.example">biuro@softpol.example</a></footer>`;
  it('company SoftPol sp. z o.o.', () => {
    expect(run(body, head, url).company?.name).toBe('SoftPol sp. z o.o.');
  });
  it('no nameless person with the president\'s mobile and address', () => {
    const r = run(body, head, url);
    if (!r.person?.fullName) {
      expect(r.person?.email ?? 'biuro@softpol.example').toBe('biuro@softpol.example');
      expect(r.person?.phone).not.toBe('+48601100200');
    }
  });
});

// 15 -----------------------------------------------------------------------------------------
describe('Polish "Kontakt" page of one person\'s firm, name with honorific', () => {
  const url = 'https://www.kancelaria-nowak.example/kontakt';
  const head = '<title>Kontakt - Kancelaria Radcy Prawnego dr Anna Nowak</title>';
  const body = `<h1>Kontakt</h1><div class="kontakt"><p><strong>dr Anna Nowak</strong>, radca prawny</p>
    <p>tel. <a href="tel:+48500600700">500 600 700</a></p><p>e-mail: <a href="mailto:anowak@kancelaria-nowak.example">anowak@kancelaria-nowak.example</a></p></div>`;
  it('her address and phone (no person named by data: at least the address)', () => {
    const r = run(body, head, url);
    expect(r.person?.email).toBe('anowak@kancelaria-nowak.example');
  });
});

// 16 -----------------------------------------------------------------------------------------
describe('Romanian "Echipa" page', () => {
  const url = 'https://www.alfasoft.example/echipa';
  const head = '<title>Echipa - Alfa Soft S.R.L.</title>' +
    ld({ '@context': 'https://schema.org', '@type': 'Organization', name: 'Alfa Soft S.R.L.', url: 'https://www.alfasoft.example/',
      address: { '@type': 'PostalAddress', addressLocality: 'Cluj-Napoca', addressCountry: 'RO' },
      employee: [{ '@type': 'Person', name: 'Andrei Popescu', jobTitle: 'Director General' },
        { '@type': 'Person', name: 'Ioana Ionescu', jobTitle: 'Director Vânzări' }] });
  const body = `<h1>Echipa noastră</h1><div class="membru"><h3>Andrei Popescu</h3><p>Director General</p></div>
    <div class="membru"><h3>Ioana Ionescu</h3><p>Director Vânzări</p><a href="mailto:ioana.ionescu@alfasoft.example">ioana.ionescu@alfasoft.example</a></div>
    <footer><a href="tel:+40264000000">0264 000 000</a></footer>`;
  it('company with headquarters', () => {
    expect(run(body, head, url).company).toMatchObject({ name: 'Alfa Soft S.R.L.', headquarters: 'Cluj-Napoca, RO' });
  });
  it('Andrei Popescu (first employee) does not get Ioana\'s address nor the switchboard', () => {
    const r = run(body, head, url);
    if (r.person?.fullName === 'Andrei Popescu') {
      expect(r.person.email).toBeUndefined();
      expect(r.person.phone).toBeUndefined();
    }
  });
});

// 17 -----------------------------------------------------------------------------------------
describe('Russian "Руководство" page', () => {
  const url = 'https://www.romashka.example/rukovodstvo';
  const head = '<title>Руководство — ООО «Ромашка»</title>';
  const body = `<h1>Руководство</h1><div class="person"><h3>Иванов Иван Иванович</h3><p>Генеральный директор</p>
    <p>Тел.: <a href="tel:+74951234567">+7 (495) 123-45-67</a></p><p><a href="mailto:ivanov@romashka.example">ivanov@romashka.example</a></p></div>
    <div class="person"><h3>Петрова Мария Сергеевна</h3><p>Главный бухгалтер</p><p><a href="mailto:petrova@romashka.example">petrova@romashka.example</a></p></div>`;
  it('company ООО «Ромашка»', () => {
    expect(run(body, head, url).company?.name).toBe('ООО «Ромашка»');
  });
  it('no nameless person with the director\'s address', () => {
    const r = run(body, head, url);
    if (!r.person?.fullName) expect(r.person?.email).toBeUndefined();
  });
});

// 18 -----------------------------------------------------------------------------------------
describe('Japanese company page (会社概要), site name first in the title', () => {
  const url = 'https://www.sample-kk.example/company/';
  const head = '<title>株式会社サンプル | 会社概要</title><meta property="og:type" content="website">';
  const body = `<h1>会社概要</h1><table><tr><th>会社名</th><td>株式会社サンプル</td></tr><tr><th>代表者</th><td>代表取締役社長 山田 太郎</td></tr>
    <tr><th>所在地</th><td>東京都千代田区丸の内1-1-1</td></tr><tr><th>電話番号</th><td><a href="tel:0312345678">03-1234-5678</a></td></tr></table>`;
  it('the company is 株式会社サンプル, not the page word 会社概要', () => {
    expect(run(body, head, url).company?.name).toBe('株式会社サンプル');
  });
});

// 19 -----------------------------------------------------------------------------------------
describe('Arabic (RTL) contact page, site name first', () => {
  const url = 'https://www.alnoor-tech.example/ar/contact';
  const head = '<title>شركة النور للتقنية | اتصل بنا</title>';
  const body = '<h1>اتصل بنا</h1><p><a href="mailto:info@alnoor-tech.example">info@alnoor-tech.example</a></p>';
  it('the company, not "اتصل بنا" (contact us)', () => {
    expect(run(body, head, url, 'dir="rtl" lang="ar"').company?.name).toBe('شركة النور للتقنية');
  });
});

// 20 -----------------------------------------------------------------------------------------
describe('Google Sites personal page', () => {
  const url = 'https://sites.google.com/view/tomasz-lewandowski';
  const head = '<title>Tomasz Lewandowski</title><meta property="og:title" content="Tomasz Lewandowski"><meta property="og:type" content="website">';
  const body = `<div role="main"><h1 id="h.abc" class="zfr3Q duRjpb"><span class="C9DxTc">Tomasz Lewandowski</span></h1>
    <p class="zfr3Q CDt4Ke"><span class="C9DxTc">Head of Procurement at Budimex</span></p>
    <p><a href="mailto:tomasz.lewandowski@gmail.example" class="XqQF9c">tomasz.lewandowski@gmail.example</a></p></div>`;
  it('the person named in title and h1, with his address', () => {
    const r = run(body, head, url);
    expect(r.person?.fullName).toBe('Tomasz Lewandowski');
    expect(r.person?.email).toBe('tomasz.lewandowski@gmail.example');
  });
});

// 21 -----------------------------------------------------------------------------------------
describe('Xing-like profile', () => {
  const url = 'https://www.xing.com/profile/Julia_Becker2';
  const head = `<title>Julia Becker - Head of Sales - Nordlicht Software GmbH | XING</title><meta property="og:type" content="profile">
    <meta property="og:title" content="Julia Becker - Head of Sales - Nordlicht Software GmbH | XING"><meta property="og:site_name" content="XING">`;
  it('name, title and company; XING never the company', () => {
    const r = run('<h1>Julia Becker</h1>', head, url);
    expect(r.person?.fullName).toBe('Julia Becker');
    expect(r.person?.title).toBe('Head of Sales');
    expect(r.company?.name).toBe('Nordlicht Software GmbH');
  });
});

// 22 -----------------------------------------------------------------------------------------
describe('e-mail signature page (a "digital business card")', () => {
  const url = 'https://cards.acme-industrial.example/anna-nowak';
  const head = '<title>Anna Nowak – Key Account Manager – Acme Industrial</title>';
  const body = `<table cellpadding="0" cellspacing="0"><tr><td><h1 style="margin:0">Anna Nowak</h1>
    <span style="color:#666">Key Account Manager | Acme Industrial sp. z o.o.</span><br>
    M: <a href="tel:+48600100200">+48 600 100 200</a> | T: <a href="tel:+48221234500">+48 22 123 45 00</a><br>
    E: <a href="mailto:a.nowak@acme-industrial.example">a.nowak@acme-industrial.example</a></td></tr></table>`;
  it('name, title, e-mail and her mobile', () => {
    const r = run(body, head, url);
    expect(r.person).toMatchObject({ fullName: 'Anna Nowak', title: 'Key Account Manager', email: 'a.nowak@acme-industrial.example' });
    expect(r.person?.phone).toBe('+48600100200');
  });
});

// 23 -----------------------------------------------------------------------------------------
describe('HubSpot CMS blog author page ("Blog | Author" title)', () => {
  const url = 'https://blog.brightwave.example/author/lucas-martin';
  const head = `<title>BrightWave Blog | Lucas Martin</title><meta property="og:title" content="BrightWave Blog | Lucas Martin">
    <meta name="generator" content="HubSpot"><meta property="og:type" content="website">`;
  const body = `<div class="hs-author-profile"><img class="hs-author-avatar" src="https://f.hubspotusercontent.example/lucas.jpg" alt="Lucas Martin">
    <h1 class="hs-author-name">Lucas Martin</h1><p class="hs-author-bio">Lucas is Director of Demand Generation at BrightWave.</p>
    <div class="hs-author-social-section"><a class="hs-author-social-link hs-social-linkedin" href="https://www.linkedin.com/in/lucasmartin-demandgen" target="_blank">LinkedIn</a></div></div>`;
  it('the author is the person', () => {
    const r = run(body, head, url);
    expect(r.person?.fullName).toBe('Lucas Martin');
    expect(r.person?.linkedinUrl).toContain('lucasmartin-demandgen');
  });
});

// 24 -----------------------------------------------------------------------------------------
describe('Clutch agency profile', () => {
  const url = 'https://clutch.co/profile/pixelforge';
  const head = '<title>PixelForge | Web Design Company in Warsaw | Clutch.co</title>' +
    ld({ '@context': 'http://schema.org', '@type': 'Organization', name: 'PixelForge', url: 'https://pixelforge.example',
      logo: 'https://img.shgstatic.example/pixelforge.png', address: { '@type': 'PostalAddress', addressLocality: 'Warsaw', addressCountry: 'Poland' },
      aggregateRating: { '@type': 'AggregateRating', ratingValue: '4.9', reviewCount: '31' },
      review: [{ '@type': 'Review', author: { '@type': 'Person', name: 'Karen White' }, reviewBody: 'Great work.' }] });
  const body = `<h1>PixelForge</h1><div class="review"><div class="reviewer"><span class="reviewer_name">Karen White</span>, CMO, Globex</div></div>`;
  it('the agency with its own website; no reviewer as a person', () => {
    const r = run(body, head, url);
    expect(r.company).toMatchObject({ name: 'PixelForge', website: 'https://pixelforge.example/', headquarters: 'Warsaw, Poland' });
    expect(r.person?.fullName).toBeUndefined();
  });
});

// 26 -----------------------------------------------------------------------------------------
describe('Cloudflare-protected e-mail (data-cfemail)', () => {
  const url = 'https://www.fjordlabs.example/team/erik-hansen';
  const head = '<title>Erik Hansen – CTO – Fjord Labs</title>' +
    ld({ '@context': 'https://schema.org', '@type': 'Person', name: 'Erik Hansen', jobTitle: 'CTO', worksFor: { '@type': 'Organization', name: 'Fjord Labs' } });
  const body = `<h1>Erik Hansen</h1><p>Email: <a href="/cdn-cgi/l/email-protection#${cfEncode('erik.hansen@fjordlabs.example')}">
    <span class="__cf_email__" data-cfemail="${cfEncode('erik.hansen@fjordlabs.example')}">[email&#160;protected]</span></a></p>`;
  it('the address decoded without scripts', () => {
    expect(run(body, head, url).person?.email).toBe('erik.hansen@fjordlabs.example');
  });
});

// 27 -----------------------------------------------------------------------------------------
describe('markup quirks in names', () => {
  it('&nbsp; and a zero-width space inside an hCard name', () => {
    const r = run('<div class="h-card"><span class="p-name">Anna&nbsp;Nowak\u200b</span><span class="p-job-title">CFO</span></div>', '', 'https://acme.example/anna');
    expect(r.person?.fullName).toBe('Anna Nowak');
  });
  it('"Jan Kowalski (CEO)" in a card: name without the title in brackets', () => {
    const r = run('<div class="vcard"><span class="fn">Jan Kowalski (CEO)</span><span class="org">Acme</span></div>', '', 'https://acme.example/jan');
    expect(r.person?.fullName).toBe('Jan Kowalski');
  });
  it('"Dr. Anna Nowak, MBA": her anowak@ address in a separate contact block is still hers', () => {
    const head = '<title>Dr. Anna Nowak, MBA – Managing Director – Nowak Advisory</title>' +
      ld({ '@context': 'https://schema.org', '@type': 'Person', name: 'Dr. Anna Nowak, MBA', jobTitle: 'Managing Director' });
    const body = '<h1>Dr. Anna Nowak, MBA</h1><aside class="contact-box"><h4>Get in touch</h4><a href="mailto:anowak@nowak-advisory.example">Send an e-mail</a></aside>';
    expect(run(body, head, 'https://nowak-advisory.example/about').person?.email).toBe('anowak@nowak-advisory.example');
  });
  it('all-caps name in JSON-LD: her JKOWALSKA@ style address still matches', () => {
    const head = ld({ '@context': 'https://schema.org', '@type': 'Person', name: 'JOANNA KOWALSKA', jobTitle: 'CEO' });
    const body = '<h1>JOANNA KOWALSKA</h1><p><a href="mailto:JKowalska@firma.example">JKowalska@firma.example</a></p><footer><a href="mailto:kontakt@firma.example">kontakt</a></footer>';
    expect(run(body, head, 'https://firma.example/zarzad').person?.email).toBe('jkowalska@firma.example');
  });
  it('names split over block elements in a minified card are not glued ("AnnaNowak")', () => {
    const body = '<div class="h-card"><div class="p-name"><div class="first">Anna</div><div class="last">Nowak</div></div></div>';
    expect(run(body, '', 'https://acme.example/team/anna').person?.fullName).toBe('Anna Nowak');
  });
});

// 28 -----------------------------------------------------------------------------------------
describe('university staff profile', () => {
  const url = 'https://www.econ.uni-example.ac.uk/people/prof-helen-carter';
  const head = '<title>Professor Helen Carter | Department of Economics | University of Exampleton</title>';
  const body = `<header><a href="mailto:economics@uni-example.ac.uk">economics@uni-example.ac.uk</a> <a href="tel:+441632960000">+44 1632 960000</a></header>
    <main><h1>Professor Helen Carter</h1><p class="role">Head of Department</p>
    <dl class="contact"><dt>Email</dt><dd><a href="mailto:h.carter@uni-example.ac.uk">h.carter@uni-example.ac.uk</a></dd>
    <dt>Telephone</dt><dd><a href="tel:+441632960123">+44 1632 960123</a></dd></dl></main>`;
  it('her address (named by the address), not the department\'s', () => {
    const r = run(body, head, url);
    expect(r.person?.email).toBe('h.carter@uni-example.ac.uk');
  });
  it('the person is named (title "Professor Name | Department | University", h1 the same)', () => {
    expect(run(body, head, url).person?.fullName).toMatch(/Helen Carter$/);
  });
  it('the department phone is not hers', () => {
    expect(run(body, head, url).person?.phone).not.toBe('+441632960000');
  });
});

// 29 -----------------------------------------------------------------------------------------
describe('Wix business site: LocalBusiness JSON-LD and a team strip', () => {
  const url = 'https://www.greenleafdental.example/about';
  const head = '<title>About | Greenleaf Dental Studio</title><meta property="og:site_name" content="Greenleaf Dental Studio">' +
    ld({ '@context': 'https://schema.org/', '@type': 'Dentist', name: 'Greenleaf Dental Studio', url: 'https://www.greenleafdental.example',
      telephone: '+1 415 555 0170', address: { '@type': 'PostalAddress', streetAddress: '12 Pine St', addressLocality: 'San Francisco', addressRegion: 'CA', addressCountry: 'US' } });
  const body = `<section><h2>Meet the team</h2><div data-testid="richTextElement"><p class="font_8"><span style="font-weight:bold;">Dr. Emily Ross, DDS</span></p><p class="font_8">Lead Dentist</p></div>
    <div data-testid="richTextElement"><p class="font_8"><span>Mark Ross</span></p><p class="font_8">Practice Manager</p></div></section>
    <footer><a href="tel:+14155550170">415-555-0170</a> <a href="mailto:frontdesk@greenleafdental.example">frontdesk@greenleafdental.example</a></footer>`;
  it('company with headquarters; the front desk is not a person', () => {
    const r = run(body, head, url);
    expect(r.company).toMatchObject({ name: 'Greenleaf Dental Studio', headquarters: 'San Francisco, CA, US' });
    expect(r.person?.fullName).toBeUndefined();
  });
});

// 30 -----------------------------------------------------------------------------------------
describe('Rank Math "Person" site on the owner\'s own domain (about page)', () => {
  const url = 'https://www.piotrwisniewski.example/o-mnie/';
  const head = '<title>O mnie - Piotr Wiśniewski</title>' +
    ld({ '@context': 'https://schema.org', '@graph': [
      { '@type': 'Person', '@id': 'https://www.piotrwisniewski.example/#person', name: 'Piotr Wiśniewski',
        sameAs: ['https://www.linkedin.com/in/piotr-wisniewski-sales/'], image: { '@type': 'ImageObject', url: 'https://www.piotrwisniewski.example/p.jpg' } },
      { '@type': 'WebSite', '@id': 'https://www.piotrwisniewski.example/#website', name: 'Piotr Wiśniewski', publisher: { '@id': 'https://www.piotrwisniewski.example/#person' } },
      { '@type': 'AboutPage', '@id': `${url}#webpage`, url, name: 'O mnie - Piotr Wiśniewski' },
    ] });
  const body = `<h1>O mnie</h1><p>Doradca sprzedaży B2B.</p><p>Napisz: <a href="mailto:kontakt@piotrwisniewski.example">kontakt@piotrwisniewski.example</a>, tel. <a href="tel:+48512345678">512 345 678</a></p>`;
  it('person with LinkedIn; his own domain\'s address and one phone; no company "Piotr Wiśniewski"', () => {
    const r = run(body, head, url);
    expect(r.person).toMatchObject({ fullName: 'Piotr Wiśniewski', email: 'kontakt@piotrwisniewski.example', phone: '+48512345678' });
    expect(r.person?.linkedinUrl).toContain('piotr-wisniewski-sales');
    expect(r.company?.name).not.toBe('Piotr Wiśniewski');
  });
});


describe('one professional’s practice in schema.org (Physician, RealEstateAgent)', () => {
  it('"Dr. Anna Nowak, MD" as a Physician is a person with her phone, not a company', () => {
    const head = ld({ '@context': 'https://schema.org', '@type': 'Physician', name: 'Dr. Anna Nowak, MD', telephone: '+48 22 555 01 02',
      address: { '@type': 'PostalAddress', addressLocality: 'Warszawa', addressCountry: 'PL' }, medicalSpecialty: 'Cardiology' });
    const r = run('<h1>Dr. Anna Nowak</h1>', head, 'https://klinika-serce.example/lekarze/anna-nowak');
    expect(r.person).toMatchObject({ fullName: 'Dr. Anna Nowak, MD', phone: '+48 22 555 01 02', location: 'Warszawa, PL' });
    expect(r.company?.name).not.toBe('Dr. Anna Nowak, MD');
  });

  it('an agent named like her site is a person when her address spells her name', () => {
    const head = ld({ '@context': 'https://schema.org', '@type': 'RealEstateAgent', name: 'Sarah Miller', telephone: '+1 512 555 0199' });
    const r = run('<h1>Homes in Austin</h1><p><a href="mailto:sarah.miller@sarahmillerhomes.example">Write to Sarah</a></p>', head, 'https://sarahmillerhomes.example/');
    expect(r.person).toMatchObject({ fullName: 'Sarah Miller', email: 'sarah.miller@sarahmillerhomes.example' });
  });

  it('a practice with a business’s name stays a company', () => {
    const head = ld({ '@context': 'https://schema.org', '@type': 'Dentist', name: 'Smile Dental', telephone: '+1 512 555 0100' });
    const r = run('<h1>Smile Dental</h1><a href="mailto:smile@smile-dental.example">smile@smile-dental.example</a>', head, 'https://smile-dental.example/');
    expect(r.company?.name).toBe('Smile Dental');
    expect(r.person?.fullName).toBeUndefined();
  });
});
