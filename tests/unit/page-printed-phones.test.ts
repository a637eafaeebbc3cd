import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineOfSomeoneElse } from '../../lib/capture/page/contact-owner';
import { printedPhones } from '../../lib/capture/page/text-phones';
import { normalizePhone } from '../../lib/schema/text';
import { run } from './helpers/page-doc';
import { parseTel } from '../../lib/capture/page';

const phonesInText = (text: string, before?: string) => printedPhones(text, before).map((p) => p.phone);

/** "Save this page" reads phone numbers printed as text, as most small sites write them, and nothing else that is digits. */

describe('phone numbers printed in a text', () => {
  it.each([
    ['tel. +48 600 100 200', '+48 600 100 200'],
    ['Phone: (415) 555-0100', '(415) 555-0100'],
    ['Моб.: 8 (912) 345-67-89', '8 (912) 345-67-89'],
    ['Telefon: 22 123 45 67, e-mail: biuro@drewbud.pl', '22 123 45 67'],
    ['Tel./Fax: +48 22 123 45 67', '+48 22 123 45 67'],
    ['Call us on +44 20 7946 0958.', '+44 20 7946 0958'],
    ['Zentrale +49 (0)6221 123456', '+49 (0)6221 123456'],
    ['M: 0722 123 456', '0722 123 456'],
    ['☎ 600-100-200', '600-100-200'],
    ['Тел.: +7 495 123-45-67', '+7 495 123-45-67'],
  ])('%s', (text, phone) => {
    expect(phonesInText(text)).toEqual([phone]);
  });

  it('a label in the element before the number counts', () => {
    expect(phonesInText(' 600 100 200', 'Tel:')).toEqual(['600 100 200']);
    expect(phonesInText(' 600 100 200', 'Faks:')).toEqual([]);
  });

  it('a fax number is not a phone; a phone and a fax in one line give the phone', () => {
    expect(phonesInText('Fax: +48 22 123 45 68')).toEqual([]);
    expect(phonesInText('Tel. +48 22 123 45 67, fax +48 22 123 45 68')).toEqual(['+48 22 123 45 67']);
    expect(phonesInText('Факс: +7 495 123-45-68')).toEqual([]);
  });

  it.each([
    'Price: 12 500 000 PLN',
    'NIP 123-456-78-90, REGON 012345678, KRS 0000123456',
    'Founded 2019-05-01, 10.05.2024',
    'IBAN PL61 1090 1014 0000 0712 1981 2874',
    'Order #4815162342 shipped',
    'In 2019-2023 we grew by 250 000 users',
    'Tel: 2024-05-01',
    'version 1.2.3-456789',
  ])('no phone in “%s”', (text) => {
    expect(phonesInText(text)).toEqual([]);
  });

  it('hostile text: never throws, and whatever it gives is a number the schema keeps', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('1', '2', ' ', '-', '(', ')', '+', 't', 'e', 'l', '.', ':', 'F', 'a', 'x', '/') , maxLength: 3000 }), fc.string({ maxLength: 40 }), (text, before) => {
        const phones = phonesInText(text, before);
        expect(phones.length).toBeLessThanOrEqual(10);
        for (const phone of phones) expect(normalizePhone(phone)).toBe(phone);
      }),
      { numRuns: 300 },
    );
  });
});

describe('a number with a dial pause', () => {
  it('reads the digits after the pause as the extension, never as more of the number', () => {
    expect(normalizePhone('+1 555 555 0100,123')).toBe('+1 555 555 0100 ext. 123');
    expect(normalizePhone('+48 22 123 45 67,,15')).toBe('+48 22 123 45 67 ext. 15');
    expect(run('<script type="application/ld+json">{"@type":"Person","name":"Jane Doe","telephone":"+1 555 555 0100,123"}</script>', '', 'https://acme.example/jane').person?.phone).toBe('+1 555 555 0100 ext. 123');
    // Too short to be a whole number before it: not a pause.
    expect(normalizePhone('600,100')).not.toContain('ext.');
  });
});

describe('printed phone numbers on a page', () => {
  const url = 'https://drewbud.example/zespol/jan';

  it('a bio page: the number in the paragraph naming the person, not the header’s switchboard', () => {
    const page = run(
      '<header><p>Biuro: tel. +48 61 800 11 22</p></header><main><h1>Jan Kowalski</h1><p>Jan Kowalski, Prezes Zarządu. <b>Tel:</b> 600 111 222</p></main>',
      '<title>Jan Kowalski - Prezes Zarządu - DREWBUD Sp. z o.o.</title>',
      url,
    );
    expect(page.person).toMatchObject({ fullName: 'Jan Kowalski', phone: '600 111 222' });
    expect(page.sources).toContain('page-text');
  });

  it('a team page: each person’s number stays theirs', () => {
    const body =
      '<h1>Anna Nowak</h1><ul><li><h3>Anna Nowak</h3><p>Dyrektor sprzedaży</p><p>tel. +48 600 200 300</p></li>' +
      '<li><h3>Piotr Zieliński</h3><p>Handlowiec</p><p>tel. +48 600 400 500</p></li></ul>';
    const page = run(body, '<title>Anna Nowak – Dyrektor sprzedaży – DREWBUD</title>', url);
    expect(page.person?.phone).toBe('+48 600 200 300');
  });

  it('a personal site: its one printed number is the owner’s', () => {
    const page = run('<h1>Jane Doe</h1><p>Sales coach for SaaS founders.</p><p>Call me: +48 600 100 200</p>', '<title>Jane Doe – Sales Coach</title><meta property="og:type" content="profile">', 'https://janedoe.example/');
    expect(page.person).toMatchObject({ fullName: 'Jane Doe', phone: '+48 600 100 200' });
  });

  it('a number both linked and printed is one number, credited to the link', () => {
    const page = run('<p>Telefon: <a href="tel:+48221234567">22 123 45 67</a></p><footer>Tel. +48 22 123 45 67</footer>', '<title>Kontakt | Drewbud</title>', 'https://drewbud.example/kontakt');
    expect(page.person?.phone).toBe('+48221234567');
    expect(page.sources).toContain('tel');
    expect(page.sources).not.toContain('page-text');
  });

  it('a contact page naming nobody: its printed phone, not its fax', () => {
    const page = run('<address>ul. Polna 1, 00-001 Warszawa<br>Fax: +48 22 123 45 68<br>Tel.: +48 22 123 45 67</address>', '<title>Kontakt | Drewbud</title>', 'https://drewbud.example/kontakt');
    expect(page.person?.phone).toBe('+48 22 123 45 67');
  });

  it('a platform’s page naming nobody: a number printed in its text is nobody’s (a linked one still counts)', () => {
    const text = '<article><h1>10 cold-call openers</h1><p>Try it now: call +1 415 555 0100 and ask for the manager.</p></article>';
    expect(run(text, '<title>10 cold-call openers | Medium</title>', 'https://medium.com/@someone/openers').person?.phone).toBeUndefined();
    expect(run(text, '<title>10 cold-call openers | Acme</title>', 'https://acme.example/blog/openers').person?.phone).toBe('+1 415 555 0100');
  });

  it('a page with figures and dates but no number to call gives no phone', () => {
    const page = run('<h1>Annual report 2024</h1><p>Revenue grew to 12 500 000 EUR between 2023-01-01 and 2024-12-31.</p>', '<title>Annual report | Acme</title>', 'https://acme.example/report');
    expect(page.person?.phone).toBeUndefined();
  });
});

describe('a line labelled as someone else’s', () => {
  it.each([
    ['Asystentka: Maria Nowak, tel. ', true],
    ['Switchboard ', true],
    ['Jan Kowalski, tel. 600 111 222, biuro: ', true],
    ['Секретарь: ', true],
    ['Sekretariat Zarządu, tel. ', true],
    ['Jan Kowalski, tel. ', false],
    ['Tom Baker · Office: ', false],
    ['Philadelphia, PA 19103 · Tel: ', false],
    ['Biuro Jana: tel. 600 111 222, kom. ', false],
  ])('“%s” → %s', (lead, expected) => {
    expect(lineOfSomeoneElse(lead)).toBe(expected);
  });

  const url = 'https://drewbud.example/zespol/jan';
  const head = '<title>Jan Kowalski - Prezes Zarządu - DREWBUD Sp. z o.o.</title>';

  it('an assistant’s number in the block naming the person is not theirs', () => {
    const page = run('<h1>Jan Kowalski</h1><p>Jan Kowalski, Prezes Zarządu. Asystentka: Maria Nowak, tel. 600 111 333</p>', head, url);
    expect(page.person?.fullName).toBe('Jan Kowalski');
    expect(page.person?.phone).toBeUndefined();
  });

  it('the secretariat’s linked number first, then the person’s: the person’s', () => {
    const page = run(
      '<h1>Jan Kowalski</h1><p>Jan Kowalski, Prezes Zarządu. Sekretariat: <a href="tel:+48221234567">22 123 45 67</a>, bezpośrednio: <a href="tel:+48600111222">600 111 222</a></p>',
      head,
      url,
    );
    expect(page.person?.phone).toBe('+48600111222');
  });

  it('on the person’s own site, a lone number labelled as the switchboard is not theirs either', () => {
    const page = run('<h1>Jane Doe</h1><p>Switchboard: <a href="tel:+442079460958">+44 20 7946 0958</a></p>', '<title>Jane Doe – Sales Coach</title>', 'https://janedoe.example/');
    expect(page.person?.phone).toBeUndefined();
  });
});

describe('extensions', () => {
  it('a printed number keeps its extension ("wew. 15", "доб. 123", "ext. 22")', () => {
    expect(run('<main><p>tel. +48 22 123 45 67 wew. 15</p></main>', '<title>Kontakt | Budex</title>', 'https://budex.pl/kontakt').person?.phone).toBe('+48 22 123 45 67 ext. 15');
    expect(run('<main><p>Тел.: +7 (495) 123-45-67 доб. 123</p></main>', '<title>Контакты | Ромашка</title>', 'https://romashka.ru/contacts').person?.phone).toBe('+7 (495) 123-45-67 ext. 123');
    expect(run('<main><p>Phone: +1 415 555 0100 ext. 22</p></main>', '<title>Contact | Acme</title>', 'https://acme.example/contact').person?.phone).toBe('+1 415 555 0100 ext. 22');
  });
  it('a tel: link with a dial pause or an RFC 3966 extension: the digits after it are never glued onto the number', () => {
    expect(parseTel('tel:+15555550100,123')).toBe('+15555550100 ext. 123');
    expect(parseTel('tel:+48221234567p15')).toBe('+48221234567 ext. 15');
    expect(parseTel('tel:+1-555-555-0100;ext=123')).toBe('+1-555-555-0100 ext. 123');
    // Two numbers in one link: the first, as before; a conference PIN after pauses is not an extension.
    expect(parseTel('tel:+48 22 123 45 67, +48 600 100 200')).toBe('+48 22 123 45 67');
    expect(parseTel('tel:+15555550100,,,12345678#')).toBe('+15555550100');
  });
  it('the same tel: link in a microdata or hCard card keeps its extension apart', () => {
    expect(run('<div itemscope itemtype="https://schema.org/Person"><h1 itemprop="name">Jane Doe</h1><a itemprop="telephone" href="tel:+15555550100,123">call</a></div>', '', 'https://acme.example/jane').person?.phone).toBe('+15555550100 ext. 123');
    expect(run('<div class="h-card"><span class="p-name">Jane Doe</span><a class="p-tel" href="tel:+15555550100;ext=123">call</a></div>', '', 'https://acme.example/jane').person?.phone).toBe('+15555550100 ext. 123');
  });
});

describe('digits that are not a number to dial, and a second line written short', () => {
  it('an amount with a sign ("+12 500 000 zł", "+25 %") or a coordinate is not a phone', () => {
    expect(phonesInText('Przychody wzrosły o +12 500 000 zł w 2024')).toEqual([]);
    expect(phonesInText('Sprzedaż: +12 345 678 PLN')).toEqual([]);
    expect(phonesInText('Coordinates +52.229770, +21.011780')).toEqual([]);
    expect(phonesInText('tel. +48 600 100 200, NIP 525-000-12-34')).toEqual(['+48 600 100 200']);
  });
  it('"22 123 45 67 / 68" is the first line, not eleven digits', () => {
    expect(phonesInText('tel. 22 123 45 67 / 68')).toEqual(['22 123 45 67']);
    expect(phonesInText('Tel. +49 (0)6221 / 123456')).toEqual(['+49 (0)6221 123456']);
  });
});
