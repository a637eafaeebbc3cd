import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addressNamesPerson, foldToAscii, textNamesPerson } from '../../lib/capture/page/contact-owner';
import { decodeEntities, parseLenient } from '../../lib/capture/page/json-ld';
import { emailsInText } from '../../lib/capture/page/text-emails';
import { extractPage } from '../../lib/capture/page';
import { decodeCloudflareEmail } from '../../lib/capture/page/links';
import { bareName } from '../../lib/capture/page/names';
import { elementText } from '../../lib/capture/page/text';
import { profileNamesPerson } from '../../lib/capture/page/contact-owner';

/** The pieces "Save this page" uses to tell whose contact link is whose, and to read what pages print. */

describe('whose e-mail address is it', () => {
  it.each([
    ['jan.kowalski@drewbud.pl', 'Jan Kowalski'],
    ['jkowalski@drewbud.pl', 'Jan Kowalski'],
    ['kowalski.j@drewbud.pl', 'Jan Kowalski'],
    ['jane@janedoe.com', 'Jane Doe'],
    ['hello@janedoe.com', 'Jane Doe'],
    ['jd@acme.example', 'Jane Doe'],
    ['lukasz.zolc@firma.pl', 'Łukasz Żółć'],
    ['ivan.petrov@romashka.ru', 'Иван Петров'],
    ['s.ionescu@carpatsoft.ro', 'Ștefan Ionescu'],
    ['li.na@acme.example', 'Li Na'],
    ['andrey@romashka.ru', 'Андрей Петров'],
    ['biuro@jan-kowalski.pl', 'Jan Kowalski'],
  ])('%s is %s’s', (address, name) => {
    expect(addressNamesPerson(address, name)).toBe(true);
  });

  it.each([
    ['marcus.lee@brightpath.example', 'Olivia Hart'],
    ['anna.kowalska@saleslive.example', 'Jane Doe'],
    ['sekretariat@drewbud.pl', 'Jan Kowalski'],
    ['ab@acme.example', 'Jane Doe'],
    ['nadia@acme.example', 'Li Na'],
    ['janina.nowak@firma.pl', 'Jan Kowalski'],
    ['sarah.jones@bottomline.example', 'Tom Baker'],
    ['biuro@kowalski-meble.pl', 'Jan Kowalski'],
  ])('%s is not %s’s', (address, name) => {
    expect(addressNamesPerson(address, name)).toBe(false);
  });

  it('text beside a link names the person by their last name, or by every word of their name', () => {
    expect(textNamesPerson('Kontakt: Jan Kowalski, tel. +48 600 100 200', 'Jan Kowalski')).toBe(true);
    expect(textNamesPerson('Call Ms Hart on', 'Olivia Hart')).toBe(true);
    expect(textNamesPerson('Marcus Lee Head of Sales', 'Olivia Hart')).toBe(false);
    // A first name alone is too common to tell.
    expect(textNamesPerson('Ask Jane from our events team', 'Jane Doe')).toBe(false);
    expect(textNamesPerson('Генеральный директор Иван Петров', 'Иван Петров')).toBe(true);
  });

  it('folds letters of the four languages to ASCII', () => {
    expect(foldToAscii('Łódź Żółć Ştefan Țîrcă Щукин Ærø')).toBe('lodz zolc stefan tirca shchukin aero');
  });
});

describe('addresses printed as text', () => {
  it('finds plain and spelled-out addresses, without a sentence’s full stop', () => {
    expect(emailsInText('e-mail: jan.kowalski@drewbud.pl.')).toEqual(['jan.kowalski@drewbud.pl']);
    expect(emailsInText('jane [at] acme [dot] example or jane(at)acme.example')).toEqual(['jane@acme.example']);
    expect(emailsInText('pisz: biuro (małpa) firma (kropka) pl')).toEqual(['biuro@firma.pl']);
    expect(emailsInText('we meet at the dot of noon @ the office')).toEqual([]);
  });

  it('never throws and finds only valid addresses, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 3000 }), (text) => {
        for (const address of emailsInText(text)) expect(address).toMatch(/^[^@\s]+@[^@\s]+\.[^@\s]+$/);
      }),
      { numRuns: 300 },
    );
  });
});

describe('JSON-LD as CMS templates write it', () => {
  it('reads a raw line break inside a string, a trailing comma and a comment or CDATA wrapper', () => {
    expect(parseLenient('{"name": "Jane\nDoe",\t"jobTitle": "CEO",\n}')).toEqual({ name: 'Jane\nDoe', jobTitle: 'CEO' });
    expect(parseLenient('<!-- {"@type": "Person", "name": "Jane Doe"} -->')).toEqual({ '@type': 'Person', name: 'Jane Doe' });
    expect(parseLenient('//<![CDATA[\n{"name": "Acme", "sameAs": ["a", "b",]}\n//]]>')).toEqual({ name: 'Acme', sameAs: ['a', 'b'] });
    expect(parseLenient('{"name": "a, }"}')).toEqual({ name: 'a, }' });
    expect(parseLenient('{"name": ')).toBeUndefined();
  });

  it('reads valid JSON as JSON.parse does, and never throws on anything else', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(parseLenient(JSON.stringify(value))).toEqual(JSON.parse(JSON.stringify(value)));
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 500 }), (text) => {
        parseLenient(text);
      }),
      { numRuns: 300 },
    );
  });

  it('reads back the HTML entities themes print into names', () => {
    expect(decodeEntities('Smith &amp; Sons &#8211; &#x41;cme &quot;Ltd&quot; &bogus;')).toBe('Smith & Sons – Acme "Ltd" &bogus;');
    expect(decodeEntities('&#0; &#xD800; &#99999999;')).toBe('&#0; &#xD800; &#99999999;');
  });
});

describe('contact links on a page that names its person', () => {
  const page = (head: string, body: string) => new DOMParser().parseFromString(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, 'text/html');

  it('a personal site: its role address on the owner’s own domain, and its one phone, are the owner’s', () => {
    const doc = page('<title>Jane Doe – Sales Coach</title><meta property="og:type" content="profile">', '<p><a href="mailto:hello@janedoe.example">Write to me</a> <a href="tel:+48600100200">Call</a></p>');
    expect(extractPage(doc, 'https://janedoe.example/', 1_750_000_000_000).person).toMatchObject({ fullName: 'Jane Doe', title: 'Sales Coach', email: 'hello@janedoe.example', phone: '+48600100200' });
  });

  it('a bio page: the address and phone in the paragraph naming the person, not the header’s switchboard', () => {
    const doc = page(
      '<title>Jan Kowalski - Prezes Zarządu - DREWBUD Sp. z o.o.</title>',
      '<header><div>tel. <a href="tel:+48618001122">+48 61 800 11 22</a></div></header><main><h1>Jan Kowalski</h1><p>Jan Kowalski, tel. <a href="tel:+48600111222">600 111 222</a>, e-mail: j.k@drewbud.example</p></main>',
    );
    expect(extractPage(doc, 'https://drewbud.example/zespol/jan', 1_750_000_000_000).person).toMatchObject({ fullName: 'Jan Kowalski', title: 'Prezes Zarządu', email: 'j.k@drewbud.example', phone: '+48600111222' });
  });

  it('with no person named, the page’s address and phone are all there is (a contact page)', () => {
    const doc = page('<title>Contact | Acme</title>', '<a href="mailto:sales@acme.example">Sales</a> <a href="tel:+15550100">Call</a>');
    expect(extractPage(doc, 'https://acme.example/contact', 1_750_000_000_000).person).toMatchObject({ email: 'sales@acme.example', phone: '+15550100' });
  });
});

describe('names and addresses as pages write them', () => {
  it('a name without honorifics, letters after it or a bracketed job title', () => {
    expect(bareName('Dr. Anna Nowak, MBA')).toBe('Anna Nowak');
    expect(bareName('Prof. dr hab. Jan Kowalski')).toBe('Jan Kowalski');
    expect(bareName('Jan Kowalski (CEO)')).toBe('Jan Kowalski');
    expect(bareName('Jan Kowalski (Warszawa)')).toBe('Jan Kowalski (Warszawa)');
    expect(bareName('Dr. Who')).toBe('Dr. Who');
  });

  it('a LinkedIn profile is the person’s by their last name or their name run together, not a first name alone', () => {
    expect(profileNamesPerson('olivia-hart-1a2b3c', 'Olivia Hart')).toBe(true);
    expect(profileNamesPerson('oliviahart', 'Olivia Hart')).toBe(true);
    expect(profileNamesPerson('ohart', 'Olivia Hart')).toBe(true);
    expect(profileNamesPerson('olivia-smith-42', 'Olivia Hart')).toBe(false);
  });

  it('reads Cloudflare-protected addresses without their script, and refuses what is not one', () => {
    const key = 0x4f;
    const hex = [key, ...Array.from('jane@acme.example').map((c) => c.charCodeAt(0) ^ key)].map((b) => b.toString(16).padStart(2, '0')).join('');
    expect(decodeCloudflareEmail(hex)).toBe('jane@acme.example');
    expect(decodeCloudflareEmail('zz')).toBeUndefined();
    expect(decodeCloudflareEmail('4f20')).toBeUndefined();
  });

  it('keeps text in different blocks apart, as a browser shows it, and inline text together', () => {
    const doc = new DOMParser().parseFromString('<div id="a"><div>Anna</div><div>Nowak</div></div><p id="b">Ann<b>a</b> <i>Nowak</i></p>', 'text/html');
    expect(elementText(doc.getElementById('a')!)).toBe('Anna Nowak');
    expect(elementText(doc.getElementById('b')!)).toBe('Anna Nowak');
  });
});
