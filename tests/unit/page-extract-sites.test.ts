import { describe, expect, it } from 'vitest';
import { ld, run } from './helpers/page-doc';

/**
 * "Save this page" on pages shaped as real sites write them (team and speaker pages,
 * WordPress and Yoast, Shopify themes, GitHub, newswires, link-in-bio pages, Polish,
 * Romanian and Russian company sites, broken JSON-LD, spelled-out e-mails): what a rep
 * expects, above all never another person's e-mail or phone on the lead.
 */


// ---------------------------------------------------------------------------------------------
// 1. Company team page: JSON-LD Organization with an employee list, HTML cards with mailto links.
// ---------------------------------------------------------------------------------------------
describe('team page (several people)', () => {
  const url = 'https://brightpath.example/about/team';
  const head = `<title>Our Team | BrightPath Consulting</title>
    <meta property="og:site_name" content="BrightPath Consulting">` +
    ld({
      '@context': 'https://schema.org', '@type': 'Organization', name: 'BrightPath Consulting', url: 'https://brightpath.example/',
      employee: [
        { '@type': 'Person', name: 'Olivia Hart', jobTitle: 'Chief Executive Officer' },
        { '@type': 'Person', name: 'Marcus Lee', jobTitle: 'Head of Sales' },
        { '@type': 'Person', name: 'Priya Nair', jobTitle: 'Senior Consultant' },
      ],
    });
  // The CEO lists no address; the Head of Sales does. Office line in the header.
  const body = `<header><a href="tel:+44 20 7946 0000">+44 20 7946 0000</a></header>
    <section class="team">
      <div class="team-member"><img src="/img/olivia.jpg" alt=""><h3>Olivia Hart</h3><p>Chief Executive Officer</p>
        <a href="https://www.linkedin.com/in/olivia-hart-1a2b3c/">LinkedIn</a></div>
      <div class="team-member"><img src="/img/marcus.jpg" alt=""><h3>Marcus Lee</h3><p>Head of Sales</p>
        <a href="mailto:marcus.lee@brightpath.example">marcus.lee@brightpath.example</a>
        <a href="tel:+447700900123">+44 7700 900123</a></div>
      <div class="team-member"><h3>Priya Nair</h3><p>Senior Consultant</p>
        <a href="mailto:priya.nair@brightpath.example">Email Priya</a></div>
    </section>`;

  it('the company is BrightPath Consulting with its origin as website', () => {
    const r = run(body, head, url);
    expect(r.company).toMatchObject({ name: 'BrightPath Consulting', website: 'https://brightpath.example/' });
  });

  it("never gives one team member another member's e-mail or mobile", () => {
    const r = run(body, head, url);
    if (r.person?.fullName === 'Olivia Hart') {
      expect(r.person.email).not.toBe('marcus.lee@brightpath.example');
      expect(r.person.phone).not.toBe('+447700900123');
    }
  });
});

// ---------------------------------------------------------------------------------------------
// 2. Speaker page: JSON-LD Person, a footer contact of another named person.
// ---------------------------------------------------------------------------------------------
describe('conference speaker page, footer names another person', () => {
  const url = 'https://saleslive.example/2025/speakers/jane-doe';
  const head = '<title>Jane Doe – SalesLive 2025</title><meta property="og:site_name" content="SalesLive 2025">' +
    ld({ '@context': 'https://schema.org', '@type': 'Person', name: 'Jane Doe', jobTitle: 'VP of Sales',
      worksFor: { '@type': 'Organization', name: 'Acme Corp' } });
  const body = `<main><h1>Jane Doe</h1><p>VP of Sales, Acme Corp</p></main>
    <footer>Questions about speaking? Contact our speaker manager
      <a href="mailto:anna.kowalska@saleslive.example">Anna Kowalska</a>, <a href="tel:+48221112233">+48 22 111 22 33</a></footer>`;

  it("the speaker manager's address (a personal one) is not the speaker's", () => {
    const r = run(body, head, url);
    expect(r.person?.fullName).toBe('Jane Doe');
    expect(r.person?.email).toBeUndefined();
  });

  it('the conference\'s phone is not the speaker\'s either', () => {
    expect(run(body, head, url).person?.phone).toBeUndefined();
  });

  it('company is the speaker\'s employer', () => {
    expect(run(body, head, url).company?.name).toBe('Acme Corp');
  });
});

// ---------------------------------------------------------------------------------------------
// 3. Event JSON-LD with the speaker as a nested performer (how most event plugins write it).
// ---------------------------------------------------------------------------------------------
describe('speaker detail page with Event JSON-LD (performer nested)', () => {
  const url = 'https://devsummit.example/sessions/scaling-outbound';
  const head = '<title>Scaling Outbound – Jane Doe | DevSummit</title><meta property="og:site_name" content="DevSummit">' +
    ld({
      '@context': 'https://schema.org', '@type': 'Event', name: 'Scaling Outbound', startDate: '2025-10-02T10:00',
      location: { '@type': 'Place', name: 'Expo XXI', address: 'Warsaw' },
      organizer: { '@type': 'Organization', name: 'DevSummit', url: 'https://devsummit.example' },
      performer: { '@type': 'Person', name: 'Jane Doe', jobTitle: 'VP of Sales',
        worksFor: { '@type': 'Organization', name: 'Acme Corp' }, sameAs: 'https://www.linkedin.com/in/jane-doe-42/' },
    });
  it('the single performer is the person, her employer the company', () => {
    const r = run('<h1>Scaling Outbound</h1>', head, url);
    expect(r.person).toMatchObject({ fullName: 'Jane Doe', title: 'VP of Sales', companyName: 'Acme Corp',
      linkedinUrl: 'https://www.linkedin.com/in/jane-doe-42/' });
  });
});

// ---------------------------------------------------------------------------------------------
// 4. WordPress author page, Yoast @graph (ProfilePage, Person, Organization, WebSite, BreadcrumbList).
// ---------------------------------------------------------------------------------------------
describe('WordPress author page with Yoast graph', () => {
  const url = 'https://blog.northwind.example/author/jsmith/';
  const site = 'https://blog.northwind.example/';
  const graph = {
    '@context': 'https://schema.org',
    '@graph': [
      { '@type': 'ProfilePage', '@id': url, url, name: 'John Smith, Author at Northwind Traders', isPartOf: { '@id': `${site}#website` },
        breadcrumb: { '@id': `${url}#breadcrumb` }, inLanguage: 'en-US', potentialAction: [{ '@type': 'ReadAction', target: [url] }] },
      { '@type': 'BreadcrumbList', '@id': `${url}#breadcrumb`, itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Home', item: site }, { '@type': 'ListItem', position: 2, name: 'Archives for John Smith' }] },
      { '@type': 'WebSite', '@id': `${site}#website`, url: site, name: 'Northwind Traders', publisher: { '@id': `${site}#organization` } },
      { '@type': 'Organization', '@id': `${site}#organization`, name: 'Northwind Traders', url: site,
        logo: { '@type': 'ImageObject', '@id': `${site}#/schema/logo/image/`, url: `${site}wp-content/uploads/logo.png`, contentUrl: `${site}wp-content/uploads/logo.png`, width: 512, height: 512, caption: 'Northwind Traders' },
        image: { '@id': `${site}#/schema/logo/image/` }, sameAs: ['https://www.facebook.com/northwind', 'https://www.linkedin.com/company/northwind-traders/'] },
      { '@type': 'Person', '@id': `${site}#/schema/person/9f1c2b`, name: 'John Smith',
        image: { '@type': 'ImageObject', inLanguage: 'en-US', '@id': `${site}#/schema/person/image/`, url: 'https://secure.gravatar.com/avatar/abc?s=96&d=mm&r=g', contentUrl: 'https://secure.gravatar.com/avatar/abc?s=96&d=mm&r=g', caption: 'John Smith' },
        description: 'John leads partnerships at Northwind.', sameAs: ['https://johnsmith.example', 'https://www.linkedin.com/in/john-smith-nw/', 'https://x.com/jsmith'],
        mainEntityOfPage: { '@id': url } },
    ],
  };
  const head = `<title>John Smith, Author at Northwind Traders</title><meta property="og:type" content="profile">
    <meta property="og:site_name" content="Northwind Traders"><meta property="og:title" content="John Smith, Author at Northwind Traders">` +
    `<script type="application/ld+json" class="yoast-schema-graph">${JSON.stringify(graph)}</script>`;

  it('person John Smith with LinkedIn and photo, company Northwind Traders from the graph', () => {
    const r = run('<h1>John Smith</h1>', head, url);
    expect(r.person).toMatchObject({
      fullName: 'John Smith',
      linkedinUrl: 'https://www.linkedin.com/in/john-smith-nw/',
      photoUrl: 'https://secure.gravatar.com/avatar/abc?s=96&d=mm&r=g',
      companyName: 'Northwind Traders',
    });
    expect(r.company).toMatchObject({ name: 'Northwind Traders', linkedinUrl: 'https://www.linkedin.com/company/northwind-traders/' });
  });

  it('the website of a blog.* subdomain is the company site, not the blog host', () => {
    const r = run('<h1>John Smith</h1>', head, url);
    expect(r.company?.website).toBe('https://blog.northwind.example/');
  });
});

// ---------------------------------------------------------------------------------------------
// 5. Yoast on a personal site: the site "represents a person": @type ["Person","Organization"].
// ---------------------------------------------------------------------------------------------
describe('personal site with Yoast "Person + Organization" node', () => {
  const url = 'https://janekowalczyk.example/o-mnie/';
  const site = 'https://janekowalczyk.example/';
  const head = ld({
    '@context': 'https://schema.org',
    '@graph': [
      { '@type': 'WebPage', '@id': url, url, name: 'O mnie - Janek Kowalczyk', about: { '@id': `${site}#/schema/person/1` } },
      { '@type': 'WebSite', '@id': `${site}#website`, url: site, name: 'Janek Kowalczyk', publisher: { '@id': `${site}#/schema/person/1` } },
      { '@type': ['Person', 'Organization'], '@id': `${site}#/schema/person/1`, name: 'Janek Kowalczyk',
        image: { '@type': 'ImageObject', '@id': `${site}#/schema/person/image/`, url: `${site}me.jpg` }, logo: { '@id': `${site}#/schema/person/image/` },
        sameAs: ['https://www.linkedin.com/in/janek-kowalczyk/'] },
    ],
  }) + '<title>O mnie - Janek Kowalczyk</title><meta property="og:site_name" content="Janek Kowalczyk">';

  it('the person is found, and the person is not given themselves as their company', () => {
    const r = run('', head, url);
    expect(r.person?.fullName).toBe('Janek Kowalczyk');
    expect(r.person?.linkedinUrl).toBe('https://www.linkedin.com/in/janek-kowalczyk/');
    expect(r.person?.companyName).toBeUndefined();
    expect(r.company?.name).toBeUndefined();
  });
});

// ---------------------------------------------------------------------------------------------
// 6. WordPress blog post (Underscores-based theme, no Yoast): byline vcard "admin", comment vcards.
// ---------------------------------------------------------------------------------------------
describe('WordPress post: byline hCard "admin" and comment hCards', () => {
  const url = 'https://greenleaf.example/2024/05/why-we-moved-to-usage-pricing/';
  const head = '<title>Why we moved to usage pricing &#8211; GreenLeaf Software</title><meta property="og:site_name" content="GreenLeaf Software"><meta property="og:type" content="article">';
  const body = `<article class="post type-post">
    <header class="entry-header"><h1 class="entry-title">Why we moved to usage pricing</h1>
      <div class="entry-meta"><span class="posted-on">Posted on <a href="${url}" rel="bookmark"><time class="entry-date published" datetime="2024-05-02T09:00:00+00:00">May 2, 2024</time></a></span>
      <span class="byline"> by <span class="author vcard"><a class="url fn n" href="https://greenleaf.example/author/admin/">admin</a></span></span></div>
    </header><div class="entry-content"><p>Pricing...</p></div></article>
    <div id="comments" class="comments-area"><ol class="comment-list">
      <li id="comment-12" class="comment even thread-even depth-1"><article id="div-comment-12" class="comment-body"><footer class="comment-meta">
        <div class="comment-author vcard"><img alt="" src="https://secure.gravatar.com/avatar/x?s=32" class="avatar avatar-32 photo" height="32" width="32">
          <b class="fn"><a href="https://bobs-bakery.example" class="url" rel="ugc external nofollow">Bob Baker</a></b> <span class="says">says:</span></div>
      </footer><div class="comment-content"><p>Great post!</p></div></article></li>
    </ol></div>`;

  it('"admin" is not proposed as a person', () => {
    const r = run(body, head, url);
    expect(r.person?.fullName).not.toBe('admin');
  });

  it('a blog commenter is not proposed as the lead of a company post', () => {
    const noAuthor = body.replace(/<span class="byline">[\s\S]*?<\/span><\/span>/, '');
    const r = run(noAuthor, head, url);
    expect(r.person?.fullName).toBeUndefined();
  });

  it('the title entity &#8211; splits the title like a dash: company GreenLeaf Software', () => {
    const r = run(body, head.replace(/<meta property="og:site_name"[^>]*>/, ''), url);
    expect(r.company?.name).toBe('GreenLeaf Software');
  });
});

// ---------------------------------------------------------------------------------------------
// 7. Personal homepage (IndieWeb h-card): home page u-url first, LinkedIn as a second u-url / rel=me.
// ---------------------------------------------------------------------------------------------
describe('personal homepage with an h-card', () => {
  const url = 'https://mariagarcia.example/';
  const body = `<div class="h-card">
      <a class="u-url u-uid p-name" href="https://mariagarcia.example/">María García</a>
      <img class="u-photo" src="/me.jpg" alt="">
      <p class="p-note">I help SaaS teams sell to enterprise.</p>
      <span class="p-job-title">Founder</span> at <a class="p-org h-card" href="https://salescraft.example">SalesCraft</a>
      <a class="u-email" href="mailto:maria@mariagarcia.example">maria@mariagarcia.example</a>
      <ul><li><a class="u-url" rel="me" href="https://www.linkedin.com/in/maria-garcia-sales/">LinkedIn</a></li>
          <li><a class="u-url" rel="me" href="https://github.com/mgarcia">GitHub</a></li></ul>
    </div>`;
  const head = '<title>María García</title>';

  it('name, title, company, e-mail', () => {
    expect(run(body, head, url).person).toMatchObject({ fullName: 'María García', title: 'Founder', companyName: 'SalesCraft', email: 'maria@mariagarcia.example' });
  });

  it('the LinkedIn profile among several u-url values', () => {
    expect(run(body, head, url).person?.linkedinUrl).toBe('https://www.linkedin.com/in/maria-garcia-sales/');
  });
});

// ---------------------------------------------------------------------------------------------
// 8. GitHub user profile (its real microdata + h-card markup).
// ---------------------------------------------------------------------------------------------
describe('GitHub user profile', () => {
  const url = 'https://github.com/janedoe';
  const head = `<title>janedoe (Jane Doe) · GitHub</title><meta property="og:type" content="profile">
    <meta property="og:title" content="janedoe - Overview"><meta property="og:site_name" content="GitHub">
    <meta property="profile:username" content="janedoe">`;
  const body = `<div class="h-card mt-md-n5" data-acv-badge-hovercards-enabled itemscope itemtype="http://schema.org/Person">
    <div class="clearfix d-flex d-md-block flex-items-center mb-4 mb-md-0">
      <a itemprop="image" href="https://avatars.githubusercontent.com/u/1234567?v=4" class="d-block position-relative"><img style="height:auto;" alt="View janedoe's full-sized avatar" src="https://avatars.githubusercontent.com/u/1234567?v=4" width="260" height="260" class="avatar avatar-user width-full border color-bg-default"></a>
      <div class="vcard-names-container float-left js-profile-editable-names col-12 py-3 js-sticky js-user-profile-sticky-fields">
        <h1 class="vcard-names"><span class="p-name vcard-fullname d-block overflow-hidden" itemprop="name">
          Jane Doe
        </span><span class="p-nickname vcard-username d-block" itemprop="additionalName">janedoe</span></h1>
      </div></div>
    <div class="p-note user-profile-bio mb-3 js-user-profile-bio f4" data-bio-text="Sales engineer. Building integrations."><div>Sales engineer. Building integrations.</div></div>
    <ul class="vcard-details">
      <li class="vcard-detail pt-1 hide-sm hide-md" itemprop="worksFor" show_title="false" aria-label="Organization: @acme-corp">
        <svg class="octicon octicon-organization" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true"><path d="M1.75 16A1.75"></path></svg>
        <span class="p-org"><div><a class="user-mention notranslate" data-hovercard-type="organization" data-hovercard-url="/orgs/acme-corp/hovercard" href="https://github.com/acme-corp">@acme-corp</a></div></span></li>
      <li class="vcard-detail pt-1 hide-sm hide-md" itemprop="homeLocation" show_title="false" aria-label="Home location: Berlin, Germany">
        <svg class="octicon octicon-location" aria-hidden="true"><path d="M11.536"></path></svg><span class="p-label">Berlin, Germany</span></li>
      <li itemprop="email" aria-label="Email: jane@acme-corp.example" class="vcard-detail pt-1 hide-sm hide-md">
        <svg class="octicon octicon-mail" aria-hidden="true"><path d="M1.75"></path></svg><a class="u-email Link--primary " href="mailto:jane@acme-corp.example">jane@acme-corp.example</a></li>
      <li itemprop="url" data-test-selector="profile-website-url" class="vcard-detail pt-1 ">
        <svg class="octicon octicon-link" aria-hidden="true"><path d="m7.775"></path></svg><a rel="nofollow me" class="Link--primary" href="https://janedoe.dev">https://janedoe.dev</a></li>
      <li itemprop="social" class="vcard-detail pt-1 ">
        <svg role="img" aria-hidden="true" viewBox="0 0 16 16" class="octicon" width="16" height="16"><title>LinkedIn</title><path d="M0 1.146"></path></svg>
        <a rel="nofollow me" class="Link--primary" href="https://www.linkedin.com/in/jane-doe-se">in/jane-doe-se</a></li>
    </ul></div>`;

  it('name, location, e-mail, photo', () => {
    expect(run(body, head, url).person).toMatchObject({
      fullName: 'Jane Doe', location: 'Berlin, Germany', email: 'jane@acme-corp.example',
      photoUrl: 'https://avatars.githubusercontent.com/u/1234567?v=4',
    });
  });

  it('the LinkedIn profile from the "social" row', () => {
    expect(run(body, head, url).person?.linkedinUrl).toBe('https://www.linkedin.com/in/jane-doe-se/');
  });

  it('the company is "acme-corp", not the handle with its "@"', () => {
    const r = run(body, head, url);
    expect(r.person?.companyName).toBe('acme-corp');
  });

  it('GitHub is never the company', () => {
    const r = run(body, head, url);
    expect(r.company?.name).not.toBe('GitHub');
    expect(r.person?.website).toBeUndefined();
  });
});

// ---------------------------------------------------------------------------------------------
// 9. Medium article: NewsArticle with nested author and publisher "Medium".
// ---------------------------------------------------------------------------------------------
describe('Medium article', () => {
  const url = 'https://medium.com/@janedoe/cold-email-is-not-dead-5f2a1c';
  const head = `<title>Cold email is not dead | by Jane Doe | Medium</title><meta property="og:site_name" content="Medium">
    <meta property="og:type" content="article"><meta name="author" content="Jane Doe">` +
    ld({ '@context': 'http://schema.org', '@type': 'NewsArticle', headline: 'Cold email is not dead', url,
      author: { '@type': 'Person', name: 'Jane Doe', url: 'https://medium.com/@janedoe' },
      creator: ['Jane Doe'],
      publisher: { '@type': 'Organization', name: 'Medium', url: 'https://medium.com/', logo: { '@type': 'ImageObject', url: 'https://miro.medium.com/logo.png' } },
      mainEntityOfPage: url });
  it('Medium is not the company of anyone', () => {
    const r = run('<article><h1>Cold email is not dead</h1></article>', head, url);
    expect(r.person?.companyName).not.toBe('Medium');
    expect(r.company?.name).not.toBe('Medium');
  });
});

// ---------------------------------------------------------------------------------------------
// 10. Press release on a wire service, "Media contact:" block.
// ---------------------------------------------------------------------------------------------
describe('press release on a newswire with a media contact', () => {
  const url = 'https://www.prnewswire.com/news-releases/acme-raises-20m-series-b-302111111.html';
  const head = `<title>Acme Raises $20M Series B to Expand in Europe</title><meta property="og:site_name" content="PR Newswire">
    <meta property="og:type" content="article">` +
    ld({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Acme Raises $20M Series B',
      publisher: { '@type': 'Organization', name: 'PR Newswire', url: 'https://www.prnewswire.com' } });
  const body = `<article><p>WARSAW, Poland, June 3, 2025 /PRNewswire/ -- Acme Corp today announced...</p>
    <p><b>Media contact:</b><br>Ewa Nowak<br>Head of Communications, Acme Corp<br>
    <a href="mailto:ewa.nowak@acme.example">ewa.nowak@acme.example</a><br>+48 601 234 567</p>
    <p>SOURCE Acme Corp</p></article>
    <footer><a href="mailto:mediainquiries@cision.example">Contact PR Newswire</a></footer>`;
  it('the wire service is not the media contact\'s company', () => {
    const r = run(body, head, url);
    expect(r.person?.email).toBe('ewa.nowak@acme.example');
    expect(r.person?.companyName).not.toBe('PR Newswire');
    expect(r.person?.website).not.toBe('https://www.prnewswire.com/');
  });
});

// ---------------------------------------------------------------------------------------------
// 11. Linktree / Sessionize style profile hubs (hosts not on the platform list).
// ---------------------------------------------------------------------------------------------
describe('link-in-bio and speaker-profile platforms', () => {
  it('Linktree: "Linktree" is not the company, linktr.ee not the website', () => {
    const url = 'https://linktr.ee/janedoe';
    const head = `<title>Jane Doe | Instagram, TikTok | Linktree</title><meta property="og:site_name" content="Linktree">
      <meta property="og:title" content="Jane Doe | Instagram, TikTok | Linktree"><meta property="og:type" content="profile">`;
    const body = `<h1>@janedoe</h1><a href="https://www.linkedin.com/in/janedoe-growth">LinkedIn</a><a href="mailto:jane@growthlab.example">Email</a>`;
    const r = run(body, head, url);
    expect(r.company?.name).toBeUndefined();
    expect(r.person?.companyName).toBeUndefined();
    expect(r.person?.website).toBeUndefined();
  });

  it('Sessionize speaker profile: "Sessionize" is not the company', () => {
    const url = 'https://sessionize.com/jane-doe/';
    const head = `<title>Jane Doe's Speaker Profile @ Sessionize</title><meta property="og:site_name" content="Sessionize">
      <meta property="og:title" content="Jane Doe's Speaker Profile @ Sessionize">`;
    const r = run('<h2>Jane Doe</h2><h3>VP Sales at Acme</h3>', head, url);
    expect(r.company?.name).toBeUndefined();
  });
});

// ---------------------------------------------------------------------------------------------
// 12. Shopify contact page: theme JSON-LD with HTML-escaped shop name and page URL as org url.
// ---------------------------------------------------------------------------------------------
describe('Shopify contact page', () => {
  const url = 'https://smithandsons.example/pages/contact';
  // Older themes write `"name": "{{ shop.name | escape }}"` and `"url": "{{ shop.url }}{{ page.url }}"`.
  const head = `<title>Contact &ndash; Smith &amp; Sons Outfitters</title><meta property="og:site_name" content="Smith &amp; Sons Outfitters">
    <script type="application/ld+json">{"@context": "http://schema.org","@type": "Organization","name": "Smith &amp; Sons Outfitters",
      "logo": "https:\\/\\/cdn.shopify.com\\/s\\/files\\/1\\/0001\\/logo.png","sameAs": ["https:\\/\\/instagram.com\\/smithsons","",""],
      "url": "https:\\/\\/smithandsons.example\\/pages\\/contact"}</script>` +
    ld({ '@context': 'https://schema.org', '@type': 'LocalBusiness', name: 'Smith & Sons Outfitters', telephone: '+1 503-555-0142',
      email: 'hello@smithandsons.example', address: { '@type': 'PostalAddress', streetAddress: '12 Oak St', addressLocality: 'Portland', addressRegion: 'OR', addressCountry: 'US' } });
  const body = '<form action="/contact#contact_form"></form><a href="mailto:hello@smithandsons.example">hello@smithandsons.example</a>';

  it('company name without HTML entities', () => {
    expect(run(body, head, url).company?.name).toBe('Smith & Sons Outfitters');
  });
  it('company website is the shop\'s origin, not the contact page', () => {
    expect(run(body, head, url).company?.website).toBe('https://smithandsons.example/');
  });
  it('headquarters from the LocalBusiness address', () => {
    expect(run(body, head, url).company?.headquarters).toBe('Portland, OR, US');
  });
});

// ---------------------------------------------------------------------------------------------
// 13. Polish company page: header contact bar with a department address, bio with the CEO.
// ---------------------------------------------------------------------------------------------
describe('Polish company page (sp. z o.o.)', () => {
  const url = 'https://www.drewbud.example/zespol/jan-kowalski';
  const head = `<title>Jan Kowalski - Prezes Zarządu - DREWBUD Sp. z o.o.</title>` +
    ld({ '@context': 'https://schema.org', '@type': 'Person', name: 'Jan Kowalski', jobTitle: 'Prezes Zarządu',
      worksFor: { '@type': 'Organization', name: 'DREWBUD Sp. z o.o.', address: { '@type': 'PostalAddress', streetAddress: 'ul. Przemysłowa 12', postalCode: '61-001', addressLocality: 'Poznań', addressCountry: 'PL' } } });
  const header = `<div class="top-bar">tel. <a href="tel:+48618001122">+48 61 800 11 22</a> |
    <a href="mailto:sekretariat@drewbud.example">sekretariat@drewbud.example</a> | <a href="mailto:handlowy@drewbud.example">handlowy@drewbud.example</a></div>`;
  const bio = `<main><h1>Jan Kowalski</h1><p>Prezes Zarządu</p><p>e-mail: <a href="mailto:jan.kowalski@drewbud.example">jan.kowalski@drewbud.example</a>,
    tel. kom. <a href="tel:+48601234567">601 234 567</a></p></main>`;

  it("Jan's own address, not the secretariat's or the sales department's", () => {
    expect(run(header + bio, head, url).person?.email).toBe('jan.kowalski@drewbud.example');
  });
  it('name, title, company, company website', () => {
    const r = run(header + bio, head, url);
    expect(r.person).toMatchObject({ fullName: 'Jan Kowalski', title: 'Prezes Zarządu', companyName: 'DREWBUD Sp. z o.o.' });
    expect(r.company).toMatchObject({ name: 'DREWBUD Sp. z o.o.', headquarters: 'Poznań, PL', website: 'https://www.drewbud.example/' });
  });
  it('a contact page with only department addresses gives no "personal" e-mail from sekretariat@/handlowy@ over biuro@', () => {
    const contact = `<a href="mailto:biuro@drewbud.example">biuro@</a> <a href="mailto:sekretariat@drewbud.example">sek</a>`;
    const r = run(contact, '<title>Kontakt - DREWBUD Sp. z o.o.</title>', 'https://www.drewbud.example/kontakt');
    expect(r.person?.email).toBe('biuro@drewbud.example');
  });
  it('without structured data, the bio page title "Name - Title - Company" gives the person', () => {
    const r = run(bio, '<title>Jan Kowalski - Prezes Zarządu - DREWBUD Sp. z o.o.</title>', url);
    expect(r.person).toMatchObject({ fullName: 'Jan Kowalski', title: 'Prezes Zarządu', companyName: 'DREWBUD Sp. z o.o.' });
  });
  it('plain-text e-mail (no link), as Polish SME sites often print it', () => {
    const r = run('<p>Jan Kowalski, Prezes Zarządu<br>e-mail: jan.kowalski@drewbud.example<br>tel. +48 601 234 567</p>',
      head, url);
    expect(r.person?.email).toBe('jan.kowalski@drewbud.example');
  });
});

// ---------------------------------------------------------------------------------------------
// 14. Romanian company contact page (S.R.L., "Director General"), site-first title.
// ---------------------------------------------------------------------------------------------
describe('Romanian company page (S.R.L.)', () => {
  const url = 'https://www.carpatsoft.example/contact';
  const head = '<title>CarpatSoft S.R.L. | Contact</title>';
  const body = `<h1>Contact</h1><p>Director General: Andrei Popescu</p>
    <p>Tel: <a href="tel:+40 21 555 01 99">+40 21 555 01 99</a> · E-mail: <a href="mailto:vanzari@carpatsoft.example">vanzari@carpatsoft.example</a>
    · <a href="mailto:andrei.popescu@carpatsoft.example">andrei.popescu@carpatsoft.example</a></p>`;
  it('company from a "Site | Contact" title', () => {
    expect(run(body, head, url).company?.name).toBe('CarpatSoft S.R.L.');
  });
  it('"vanzari@" (sales) is a role address: the personal one is kept', () => {
    expect(run(body, head, url).person?.email).toBe('andrei.popescu@carpatsoft.example');
  });
  it('site-first title with a Romanian page word: "CarpatSoft S.R.L. - Despre noi"', () => {
    expect(run('', '<title>CarpatSoft S.R.L. - Despre noi</title>', url).company?.name).toBe('CarpatSoft S.R.L.');
  });
});

// ---------------------------------------------------------------------------------------------
// 15. Russian company page (ООО), JSON-LD Organization.
// ---------------------------------------------------------------------------------------------
describe('Russian company page (ООО)', () => {
  const url = 'https://romashka.example/kontakty/';
  const head = '<title>ООО «Ромашка» — Контакты</title>' +
    ld({ '@context': 'https://schema.org', '@type': 'Organization', name: 'ООО «Ромашка»', telephone: '+7 (495) 123-45-67',
      address: { '@type': 'PostalAddress', streetAddress: 'ул. Тверская, д. 1', addressLocality: 'Москва', addressCountry: 'RU' },
      employee: { '@type': 'Person', name: 'Иванов Иван Иванович', jobTitle: 'Генеральный директор' } });
  const body = `<p>Отдел продаж: <a href="mailto:zakaz@romashka.example">zakaz@romashka.example</a>, <a href="tel:+74951234567">+7 (495) 123-45-67</a></p>`;
  it('company and the general director', () => {
    const r = run(body, head, url);
    expect(r.company).toMatchObject({ name: 'ООО «Ромашка»', headquarters: 'Москва, RU', website: 'https://romashka.example/' });
    expect(r.person).toMatchObject({ fullName: 'Иванов Иван Иванович', title: 'Генеральный директор' });
  });
  it('"zakaz@" (orders) is not the director\'s e-mail', () => {
    expect(run(body, head, url).person?.email).toBeUndefined();
  });
  it('site-first title with "Контакты": the company, not "Контакты"', () => {
    expect(run('', '<title>ООО «Ромашка» — Контакты</title>', url).company?.name).toBe('ООО «Ромашка»');
  });
});

// ---------------------------------------------------------------------------------------------
// 16. JSON-LD that real CMSs emit broken: raw newline in a string, trailing comma, HTML comment.
// ---------------------------------------------------------------------------------------------
describe('imperfect JSON-LD', () => {
  const url = 'https://acme.example/team/jane-doe';
  it('a raw line break inside a description does not lose the whole Person', () => {
    const head = `<script type="application/ld+json">{"@context":"https://schema.org","@type":"Person","name":"Jane Doe","jobTitle":"CTO",
"description":"Jane joined Acme in 2019.
She leads engineering.","worksFor":{"@type":"Organization","name":"Acme Corp"}}</script>`;
    expect(run('', head, url).person).toMatchObject({ fullName: 'Jane Doe', title: 'CTO', companyName: 'Acme Corp' });
  });
  it('a trailing comma does not lose the whole Person', () => {
    const head = `<script type="application/ld+json">{"@context":"https://schema.org","@type":"Person","name":"Jane Doe","jobTitle":"CTO",}</script>`;
    expect(run('', head, url).person?.fullName).toBe('Jane Doe');
  });
  it('a block wrapped in an HTML comment / CDATA (old CMS habit) is still read', () => {
    const head = `<script type="application/ld+json">//<![CDATA[
{"@context":"https://schema.org","@type":"Person","name":"Jane Doe","jobTitle":"CTO"}
//]]></script>`;
    expect(run('', head, url).person?.fullName).toBe('Jane Doe');
  });
  it('a typed reference worksFor {"@type","@id"} is resolved to the full Organization', () => {
    const head = ld({ '@context': 'https://schema.org', '@graph': [
      { '@type': 'Organization', '@id': 'https://acme.example/#org', name: 'Acme Corp', sameAs: ['https://www.linkedin.com/company/acme-corp'] },
      { '@type': 'Person', name: 'Jane Doe', jobTitle: 'CTO', worksFor: { '@type': 'Organization', '@id': 'https://acme.example/#org' } },
    ] });
    const r = run('', head, url);
    expect(r.person?.companyName).toBe('Acme Corp');
    expect(r.person?.companyLinkedinUrl).toBe('https://www.linkedin.com/company/acme-corp/');
  });
  it('@type ["Person","Author"], sameAs array with a country-subdomain LinkedIn URL', () => {
    const head = ld({ '@context': 'https://schema.org', '@type': ['Person', 'Author'], name: 'Jane Doe',
      sameAs: ['https://twitter.com/jd', ['https://pl.linkedin.com/in/jane-doe-pl']], worksFor: [{ '@type': 'Corporation', name: 'Acme Corp' }] });
    expect(run('', head, url).person).toMatchObject({ fullName: 'Jane Doe', linkedinUrl: 'https://www.linkedin.com/in/jane-doe-pl/', companyName: 'Acme Corp' });
  });
  it('Google\'s ProfilePage markup (mainEntity Person)', () => {
    const head = ld({ '@context': 'https://schema.org', '@type': 'ProfilePage', dateCreated: '2019-12-23T12:34:00-05:00',
      mainEntity: { '@type': 'Person', name: 'Jane Doe', alternateName: 'jdoe', identifier: '123475623',
        image: 'https://acme.example/jd.jpg', sameAs: ['https://www.linkedin.com/in/jdoe-acme/'] } });
    expect(run('', head, url).person).toMatchObject({ fullName: 'Jane Doe', linkedinUrl: 'https://www.linkedin.com/in/jdoe-acme/', photoUrl: 'https://acme.example/jd.jpg' });
  });
});

// ---------------------------------------------------------------------------------------------
// 18. Microdata: nested Person inside Organization with employee; a team of three.
// ---------------------------------------------------------------------------------------------
describe('microdata team with nested employees', () => {
  const url = 'https://nordic-ai.example/team';
  const person = (name: string, title: string, email: string) => `<div itemprop="employee" itemscope itemtype="https://schema.org/Person">
      <h3 itemprop="name">${name}</h3><p itemprop="jobTitle">${title}</p><a itemprop="email" href="mailto:${email}">${email}</a></div>`;
  const body = `<div itemscope itemtype="https://schema.org/Organization"><meta itemprop="name" content="Nordic AI AB">
    ${person('Erik Lund', 'CEO', 'erik@nordic-ai.example')}${person('Sara Berg', 'CTO', 'sara@nordic-ai.example')}${person('Nils Holm', 'Head of Sales', 'nils@nordic-ai.example')}</div>`;
  it('the chosen member keeps their own e-mail (no mixing)', () => {
    const r = run(body, '<title>Team | Nordic AI</title>', url);
    expect(r.person).toMatchObject({ fullName: 'Erik Lund', email: 'erik@nordic-ai.example', companyName: 'Nordic AI AB' });
  });
});

// ---------------------------------------------------------------------------------------------
// 19. Open Graph profile with a "Name – Title at Company | Site" og:title.
// ---------------------------------------------------------------------------------------------
describe('og:type profile with a LinkedIn-like title', () => {
  it('name from first/last name; title and company from "CEO at Acme" in og:title', () => {
    const url = 'https://people.acme.example/jane-doe';
    const head = `<title>Jane Doe – CEO at Acme | Acme People</title><meta property="og:type" content="profile">
      <meta property="og:title" content="Jane Doe – CEO at Acme | Acme People"><meta property="profile:first_name" content="Jane">
      <meta property="profile:last_name" content="Doe"><meta property="og:site_name" content="Acme People">`;
    const r = run('', head, url);
    expect(r.person).toMatchObject({ fullName: 'Jane Doe', firstName: 'Jane', lastName: 'Doe' });
    expect(r.person).toMatchObject({ title: 'CEO', companyName: 'Acme' });
  });
  it('Crunchbase-style og:title "Name - Title @ Company - Crunchbase Person Profile"', () => {
    const url = 'https://www.crunchbase.com/person/jane-doe';
    const head = `<title>Jane Doe - Chief Executive Officer @ Acme - Crunchbase Person Profile</title><meta property="og:type" content="profile">
      <meta property="og:title" content="Jane Doe - Chief Executive Officer @ Acme - Crunchbase Person Profile"><meta property="og:site_name" content="Crunchbase">`;
    const r = run('', head, url);
    expect(r.person?.fullName).toBe('Jane Doe');
    expect(r.person).toMatchObject({ title: 'Chief Executive Officer', companyName: 'Acme' });
  });
});

// ---------------------------------------------------------------------------------------------
// 20. Company homepage, brand first then tagline in the title, no og:site_name.
// ---------------------------------------------------------------------------------------------
describe('company name from the title', () => {
  it.each([
    ['a brand, not its tagline', 'Kestrel Robotics | Warehouse automation that pays for itself', 'https://kestrel.example/', 'Kestrel Robotics'],
    ['"Page – Brand – Tagline": the brand', 'Contact Us – Kestrel Robotics – Warehouse Automation', 'https://kestrel.example/contact', 'Kestrel Robotics'],
    ['a brand, not the page ("Leadership Team")', 'Kestrel Robotics | Leadership Team', 'https://kestrel.example/leadership', 'Kestrel Robotics'],
    ['German "Impressum | Firma GmbH"', 'Impressum | Müller Maschinenbau GmbH', 'https://mueller.example/impressum', 'Müller Maschinenbau GmbH'],
    ['German "Firma GmbH - Impressum"', 'Müller Maschinenbau GmbH - Impressum', 'https://mueller.example/impressum', 'Müller Maschinenbau GmbH'],
    ['the host\'s own label, not a subdomain\'s page word ("Shop")', 'Shop | Acme Robotics', 'https://shop.acme-robotics.example/', 'Acme Robotics'],
    ['the host\'s own label under a support subdomain', 'Support | Kestrel Robotics', 'https://support.kestrelrobotics.example/', 'Kestrel Robotics'],
    ['not a word the host also holds ("Software" on acmesoftware)', 'Software | Acme', 'https://acmesoftware.example/software', 'Acme'],
  ])('%s', (_case, title, url, company) => {
    expect(run('', `<title>${title}</title>`, url).company?.name).toBe(company);
  });
  it('og:site_name wins over a tagline title', () => {
    const r = run('', '<title>Kestrel Robotics | Warehouse automation</title><meta property="og:site_name" content="Kestrel Robotics">', 'https://kestrel.example/');
    expect(r.company?.name).toBe('Kestrel Robotics');
  });
});

// ---------------------------------------------------------------------------------------------
// 21. E-mail obfuscation and mailto/tel spellings.
// ---------------------------------------------------------------------------------------------
describe('e-mail obfuscation and link spellings', () => {
  const url = 'https://acme.example/contact';
  it('entity-encoded mailto (&#64; / decimal entities)', () => {
    const r = run('<a href="mailto:&#106;&#97;&#110;&#101;&#64;acme.example">&#106;ane&#64;acme.example</a>', '', url);
    expect(r.person?.email).toBe('jane@acme.example');
  });
  it('"jane [at] acme [dot] example" text', () => {
    const r = run('<p>Write to Jane: jane [at] acme [dot] example</p>', '', url);
    expect(r.person?.email).toBe('jane@acme.example');
  });
  it('"jane(at)acme.example" text', () => {
    const r = run('<p>E-Mail: jane(at)acme.example</p>', '', url);
    expect(r.person?.email).toBe('jane@acme.example');
  });
  it('mailto with a display name "Jane Doe <jane@acme.example>"', () => {
    const r = run('<a href="mailto:Jane%20Doe%20%3Cjane@acme.example%3E">Jane</a>', '', url);
    expect(r.person?.email).toBe('jane@acme.example');
  });
  it('mailto with ?subject= and cc, several addresses', () => {
    const r = run('<a href="mailto:jane@acme.example,bob@acme.example?subject=Demo%20request&cc=sales@acme.example">Email us</a>', '', url);
    expect(r.person?.email).toBe('jane@acme.example');
  });
  it('share-by-email link is not a contact (body holds someone\'s address)', () => {
    const r = run('<a href="mailto:?subject=Look&body=From%20tom.reed@other.example">Share</a>', '', url);
    expect(r.person?.email).toBeUndefined();
  });
  it('tel: spellings: "tel://", spaces, parentheses', () => {
    expect(run('<a href="tel://+48221234567">call</a>', '', url).person?.phone).toBe('+48221234567');
    expect(run('<a href="tel:+1 (415) 555-0132">call</a>', '', url).person?.phone).toBe('+1 (415) 555-0132');
  });
});

// ---------------------------------------------------------------------------------------------
// 22. Role addresses: more generic local parts reps meet every day.
// ---------------------------------------------------------------------------------------------
describe('generic (role) e-mail addresses', () => {
  const url = 'https://acme.example/jane';
  const head = ld({ '@context': 'https://schema.org', '@type': 'Person', name: 'Jane Doe', jobTitle: 'CEO' });
  for (const local of ['reception', 'orders', 'events', 'careers', 'recruiting', 'invoices', 'accounting', 'vertrieb', 'anfrage', 'sekretariat', 'zamowienia', 'vanzari', 'zakaz', 'partnerships', 'investors', 'ir', 'privacy', 'dpo', 'security', 'booking', 'shop', 'customercare']) {
    it(`${local}@ is not the named person's e-mail`, () => {
      expect(run(`<a href="mailto:${local}@acme.example">${local}</a>`, head, url).person?.email).toBeUndefined();
    });
  }
});

// ---------------------------------------------------------------------------------------------
// 23. About.me / AngelList (Wellfound) profile with JSON-LD on a platform.
// ---------------------------------------------------------------------------------------------
describe('platform profiles with JSON-LD', () => {
  it('Wellfound profile: person with employer; Wellfound is not the company', () => {
    const url = 'https://wellfound.com/u/jane-doe';
    const head = '<title>Jane Doe - Founder at Acme | Wellfound</title><meta property="og:site_name" content="Wellfound">' +
      ld({ '@context': 'http://schema.org', '@type': 'Person', name: 'Jane Doe', jobTitle: 'Founder',
        worksFor: { '@type': 'Organization', name: 'Acme', url: 'https://acme.example' } }) +
      ld({ '@context': 'http://schema.org', '@type': 'Organization', name: 'Wellfound', url: 'https://wellfound.com' });
    const r = run('', head, url);
    expect(r.person).toMatchObject({ fullName: 'Jane Doe', title: 'Founder', companyName: 'Acme', website: 'https://acme.example/' });
    expect(r.company).toMatchObject({ name: 'Acme', website: 'https://acme.example/' });
  });
  it('about.me: name from og profile, no about.me company', () => {
    const url = 'https://about.me/janedoe';
    const head = `<title>Jane Doe - VP Sales - Acme | about.me</title><meta property="og:type" content="profile">
      <meta property="og:title" content="Jane Doe - VP Sales - Acme"><meta property="og:site_name" content="about.me">`;
    const r = run('<a href="https://www.linkedin.com/in/janedoe-vp">LinkedIn</a>', head, url);
    expect(r.person?.fullName).toBe('Jane Doe');
    expect(r.company).toBeUndefined();
  });
});

// ---------------------------------------------------------------------------------------------
// 24. Single-person bio on a company site, microdata Person not nested, org in the footer.
// ---------------------------------------------------------------------------------------------
describe('bio page with Person microdata and a footer Organization', () => {
  it('person with company, phone from its own card, not the switchboard', () => {
    const url = 'https://lexpartners.example/people/anna-nowak';
    const body = `<header><a href="tel:+48225550000">+48 22 555 00 00</a></header>
      <article itemscope itemtype="https://schema.org/Person"><h1 itemprop="name">Anna Nowak</h1>
        <p itemprop="jobTitle">Partner</p><a itemprop="telephone" href="tel:+48601000111">+48 601 000 111</a>
        <span itemprop="email">anna.nowak@lexpartners.example</span></article>
      <footer itemscope itemtype="https://schema.org/LegalService"><span itemprop="name">Lex Partners sp.k.</span>
        <div itemprop="address" itemscope itemtype="https://schema.org/PostalAddress"><span itemprop="streetAddress">ul. Prosta 20</span> <span itemprop="addressLocality">Warszawa</span></div></footer>`;
    const r = run(body, '<title>Anna Nowak | Lex Partners</title>', url);
    expect(r.person).toMatchObject({ fullName: 'Anna Nowak', title: 'Partner', phone: '+48601000111', email: 'anna.nowak@lexpartners.example' });
    expect(r.person?.companyName).toBe('Lex Partners sp.k.');
    expect(r.company).toMatchObject({ name: 'Lex Partners sp.k.', website: 'https://lexpartners.example/' });
  });
});

// ---------------------------------------------------------------------------------------------
// 25. Substack publication home (custom subdomain) with founder.
// ---------------------------------------------------------------------------------------------
describe('Substack publication', () => {
  it('the founder is the person (her company is the newsletter: acceptable)', () => {
    const url = 'https://revops.substack.com/';
    const head = '<title>The RevOps Letter | Jane Doe | Substack</title><meta property="og:site_name" content="The RevOps Letter">' +
      ld({ '@context': 'https://schema.org', '@type': 'NewsMediaOrganization', name: 'The RevOps Letter', url,
        founder: [{ '@type': 'Person', name: 'Jane Doe', url: 'https://substack.com/@janedoe' }] });
    const r = run('', head, url);
    expect(r.person?.fullName).toBe('Jane Doe');
    expect(r.person?.companyName).toBe('The RevOps Letter');
  });
});

// ---------------------------------------------------------------------------------------------
// 26. Several descriptions of the same company; schema.org types outside the whitelist.
// ---------------------------------------------------------------------------------------------
describe('organisation details spread over several nodes, and LocalBusiness subtypes', () => {
  const url = 'https://smithandsons.example/pages/contact';
  it('a theme Organization plus an app LocalBusiness (same name): the address of the second is used', () => {
    const head = ld({ '@context': 'http://schema.org', '@type': 'Organization', name: 'Smith & Sons Outfitters', url: 'https://smithandsons.example' }) +
      ld({ '@context': 'https://schema.org', '@type': 'LocalBusiness', name: 'Smith & Sons Outfitters',
        address: { '@type': 'PostalAddress', addressLocality: 'Portland', addressRegion: 'OR', addressCountry: 'US' } });
    expect(run('', head, url).company).toMatchObject({ name: 'Smith & Sons Outfitters', headquarters: 'Portland, OR, US' });
  });
  for (const type of ['LegalService', 'AccountingService', 'RealEstateAgent', 'Dentist', 'FinancialService', 'InsuranceAgency', 'Hotel', 'AutoDealer', 'TravelAgency', 'EmploymentAgency']) {
    it(`JSON-LD @type ${type} is a company`, () => {
      const head = ld({ '@context': 'https://schema.org', '@type': type, name: 'Kowalski & Partners', address: { '@type': 'PostalAddress', addressLocality: 'Kraków', addressCountry: 'PL' } });
      expect(run('', head, 'https://kowalski.example/kontakt').company).toMatchObject({ name: 'Kowalski & Partners', headquarters: 'Kraków, PL' });
    });
  }
  it('bio on the company\'s own site, worksFor "Acme" and Organization "Acme Inc.": website and LinkedIn of the company kept', () => {
    const head = ld({ '@context': 'https://schema.org', '@graph': [
      { '@type': 'Organization', '@id': 'https://acme.example/#org', name: 'Acme Inc.', url: 'https://acme.example/', sameAs: ['https://www.linkedin.com/company/acme-inc'] },
      { '@type': 'Person', name: 'Jane Doe', jobTitle: 'CFO', worksFor: { '@type': 'Organization', name: 'Acme' } },
    ] });
    const r = run('', head, 'https://acme.example/leadership/jane-doe');
    expect(r.company?.website).toBe('https://acme.example/');
    expect(r.company?.linkedinUrl).toBe('https://www.linkedin.com/company/acme-inc/');
  });
});
