import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { autoMapping, decodeCsvFile, parseCsv, parseCsvInChunks, previewImport, type CsvTable, type ImportMapping } from '../../lib/transfer/csv-import';
import { normalizePhone } from '../../lib/schema/text';
import { NOW } from './helpers/db';
import { utf16, windows1250, windows1251, windows1252 } from './helpers/encodings';

/**
 * Files as real tools write them (LinkedIn, Excel, Salesforce, HubSpot, Apollo),
 * fed through the import path: each case is a file a review saw refused or garbled.
 */

/** Parse text that must parse. */
function table(text: string): CsvTable {
  const parsed = parseCsv(text);
  if (!parsed.ok) throw new Error(`parse failed: ${parsed.error}`);
  return parsed;
}

/** The people a file would import, with the rows it refuses, mapped as the import screen maps it (or as given). */
function imported(text: string, mapping?: ImportMapping) {
  const parsed = table(text);
  return previewImport(parsed, mapping ?? autoMapping(parsed.headers, parsed.rows), NOW);
}

/** Header → field for the mapped columns only. */
function mapped(text: string): Record<string, string> {
  const parsed = table(text);
  const mapping = autoMapping(parsed.headers, parsed.rows);
  return Object.fromEntries(parsed.headers.flatMap((h, i) => (mapping[i] === 'ignore' ? [] : [[h, mapping[i]!]])));
}

// LinkedIn's "Connections.csv" (Settings › Data privacy › Get a copy of your data), as downloaded.
const CONNECTIONS = [
  'Notes:',
  '"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261"',
  '',
  'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
  'Anna,Nowak,https://www.linkedin.com/in/anna-nowak-123,,Żabka Polska,Head of Sales,12 Mar 2024',
  'Ion,Popescu,https://www.linkedin.com/in/ionpopescu,ion@firma.ro,Firma SRL,CEO,01 Feb 2023',
].join('\r\n');

describe('a preamble above the header (LinkedIn Connections.csv)', () => {
  it('takes the row that names the known columns as the header, and numbers rows as the spreadsheet does', () => {
    const parsed = table(CONNECTIONS);
    expect(parsed.headers).toEqual(['First Name', 'Last Name', 'URL', 'Email Address', 'Company', 'Position', 'Connected On']);
    expect(parsed.rows.map((r) => r[0])).toEqual(['Anna', 'Ion']);
    // Line 4 is the header: the people are on lines 5 and 6.
    expect(parsed.rowNumbers).toEqual([5, 6]);
  });

  it('imports every connection instead of refusing them all', () => {
    const { captures, refused } = imported(CONNECTIONS);
    expect(refused).toEqual([]);
    expect(captures.map((c) => [c.row, c.person.fullName, c.person.companyName, c.person.title])).toEqual([
      [5, 'Anna Nowak', 'Żabka Polska', 'Head of Sales'],
      [6, 'Ion Popescu', 'Firma SRL', 'CEO'],
    ]);
  });

  it('stores the URL column as the LinkedIn profile, not as a website', () => {
    const { captures } = imported(CONNECTIONS);
    expect(captures.map((c) => [c.person.linkedinUrl, c.person.website])).toEqual([
      ['https://www.linkedin.com/in/anna-nowak-123/', undefined],
      ['https://www.linkedin.com/in/ionpopescu/', undefined],
    ]);
  });

  it('reads the same table chunk by chunk', async () => {
    for (const chunkSize of [7, 64, 1 << 20]) expect(await parseCsvInChunks(CONNECTIONS, undefined, chunkSize)).toEqual(parseCsv(CONNECTIONS));
  });

  it('keeps the first row as the header unless a later one clearly names more columns', () => {
    // A data row that happens to hold a header word does not win over the real header.
    expect(table('Name,Notes\nAnna,Email\nBob,x').headers).toEqual(['Name', 'Notes']);
    // A first row of unknown names is kept when no later row names at least two more.
    expect(table('Kod,Uwagi\nA1,Email\nB2,x').headers).toEqual(['Kod', 'Uwagi']);
    // Only the first rows are searched: a header-like row far down is data.
    const far = `Kod\n${'x\n'.repeat(30)}Name,Email,Company\n`;
    expect(table(far).headers).toEqual(['Kod']);
  });
});

describe('a column of LinkedIn links goes to the field of what the links are', () => {
  const SALES = 'https://www.linkedin.com/sales/lead/ACwAAB1234xyz,NAME_SEARCH,abcd';
  const PEOPLE = 'https://www.linkedin.com/sales/people/ACwAAC9876abc,NAME_SEARCH,x1';

  it('maps a column by its values, whatever its header says', () => {
    expect(mapped('Name,URL\nAnna,https://www.linkedin.com/in/anna\nBob,linkedin.com/in/bob')).toEqual({ Name: 'fullName', URL: 'linkedinUrl' });
    expect(mapped(`Name,LinkedIn URL\nAnna,${SALES}\nBob,${PEOPLE}`)).toEqual({ Name: 'fullName', 'LinkedIn URL': 'salesNavUrl' });
    expect(mapped('Name,Link\nAnna,https://pl.linkedin.com/company/acme\nBob,')).toEqual({ Name: 'fullName', Link: 'companyLinkedinUrl' });
    // A website column with a LinkedIn link or two among web addresses stays a website column.
    expect(mapped('Name,Website\nA,acme.io\nB,https://www.linkedin.com/in/b\nC,https://c.pl')).toEqual({ Name: 'fullName', Website: 'website' });
  });

  it('a Sales Navigator link in a LinkedIn profile column is kept as the Sales Navigator link, not refused', () => {
    const { captures, refused } = imported(`Name,LinkedIn URL\nAnna,https://www.linkedin.com/in/anna\nBob,${SALES}\nCarl,https://www.linkedin.com/company/acme/`);
    expect(refused).toEqual([]);
    expect(captures.map((c) => [c.person.fullName, c.person.linkedinUrl, c.person.salesNavUrl, c.person.companyLinkedinUrl])).toEqual([
      ['Anna', 'https://www.linkedin.com/in/anna/', undefined, undefined],
      ['Bob', undefined, 'https://www.linkedin.com/sales/lead/ACwAAB1234xyz/', undefined],
      ['Carl', undefined, undefined, 'https://www.linkedin.com/company/acme/'],
    ]);
  });

  it('a link with no identity in it is still refused, naming its column', () => {
    expect(imported('Name,LinkedIn URL\nAnna,https://www.linkedin.com/feed/\n').refused).toEqual([{ row: 2, column: 'LinkedIn URL', reason: 'bad-url' }]);
  });

  it("respects the rep's choice: a column mapped to Website stays a website, and among LinkedIn fields the link decides", () => {
    const text = 'Name,Profile\nAnna,https://www.linkedin.com/in/anna\n';
    expect(imported(text, { 0: 'fullName', 1: 'website' }).captures[0]?.person).toMatchObject({ website: 'https://www.linkedin.com/in/anna' });
    expect(imported(text, { 0: 'fullName', 1: 'salesNavUrl' }).captures[0]?.person).toMatchObject({ linkedinUrl: 'https://www.linkedin.com/in/anna/' });
  });

  it('the first non-empty link of a kind wins when two columns give one', () => {
    const { captures } = imported(`Name,LinkedIn,Sales Navigator\nAnna,"${SALES}","${PEOPLE}"\n`);
    expect(captures[0]?.person.salesNavUrl).toBe('https://www.linkedin.com/sales/lead/ACwAAB1234xyz/');
  });
});

describe('a "sep=" first line (Excel-targeted exports)', () => {
  it('uses the separator it names and drops the line; rows are numbered as Excel shows them, without it', () => {
    const expected = { ok: true, headers: ['Name', 'Notes'], rows: [['Anna', 'a;b;c']], rowNumbers: [2] };
    expect(parseCsv('sep=,\r\nName,Notes\r\nAnna,a;b;c\r\n')).toEqual(expected);
    expect(parseCsv('SEP=;\nName;Notes\nAnna;a;b;c')).toEqual({ ...expected, rows: [['Anna', 'a', 'b', 'c']] });
    expect(parseCsv('sep=\t\nName\tNotes\nAnna\ta;b;c\n')).toEqual(expected);
  });

  it('forces the separator where guessing would pick another', () => {
    // More commas than semicolons on every row: a guess splits at the commas; the file says semicolons.
    expect(parseCsv('sep=;\nName;Notes\nAnna;a, b, c\nBob;d, e, f')).toMatchObject({ headers: ['Name', 'Notes'], rows: [['Anna', 'a, b, c'], ['Bob', 'd, e, f']] });
  });

  it('reads the same chunk by chunk', async () => {
    const text = 'sep=;\r\nName;Email\r\nAnna;a@x.pl\r\n';
    for (const chunkSize of [1, 3, 8, 1 << 20]) expect(await parseCsvInChunks(text, undefined, chunkSize)).toEqual(parseCsv(text));
  });

  it('is a header like any other when it names no separator', () => {
    expect(parseCsv('sep=abc,Name\nx,Anna')).toMatchObject({ headers: ['sep=abc', 'Name'] });
  });
});

describe('files Excel saves in other encodings', () => {
  const POLISH = 'Imię;Nazwisko;Firma;Miasto\r\nŁukasz;Żółć;Pszczółka Sp. z o.o.;Łódź\r\nAnna;Wiśniewska;Zakłady Mięsne;Kraków\r\n';
  const ROMANIAN = 'Prenume;Nume;Companie;Oraş\r\nŞtefan;Ţîrcă;Brăila Prod SRL;Bucureşti\r\nIoana;Mândru;Pâine şi Lapte;Iaşi\r\n';
  const RUSSIAN = 'Имя;Фамилия;Компания;Город\r\nДмитрий;Шостакович;ООО «Ромашка»;Москва\r\nЕлена;Иванова;АО Северсталь;Череповец\r\n';

  it('reads UTF-16 with a byte order mark, little or big endian (Excel "Unicode text", tab separated)', () => {
    const text = 'Name\tEmail\tCity\r\nДмитрий Шостакович\td@x.ru\tŁódź\r\n';
    for (const order of ['le', 'be'] as const) {
      const decoded = decodeCsvFile(utf16(text, order));
      expect(decoded).toEqual({ ok: true, text });
      expect(decoded.ok && parseCsv(decoded.text)).toMatchObject({ headers: ['Name', 'Email', 'City'], rows: [['Дмитрий Шостакович', 'd@x.ru', 'Łódź']] });
    }
  });

  it('refuses damaged UTF-16 (half a character) as not readable', () => {
    expect(decodeCsvFile(new Uint8Array([0xff, 0xfe, 0x6e, 0x00, 0x00, 0xd8]))).toEqual({ ok: false, error: 'encoding' });
  });

  it('reads Polish and Romanian text in windows-1250, and says so', () => {
    expect(decodeCsvFile(windows1250(POLISH))).toEqual({ ok: true, text: POLISH, assumed: 'windows-1250' });
    expect(decodeCsvFile(windows1250(ROMANIAN))).toEqual({ ok: true, text: ROMANIAN, assumed: 'windows-1250' });
  });

  it('reads English, French, Spanish and Scandinavian text Excel saved in windows-1252, and says so', () => {
    // Excel's plain "CSV" in the US, the UK and Western Europe: read as windows-1250, è would be č, ñ ń, ø ř, à ŕ.
    const western = 'First Name,Last Name,Company,Title\r\nHélène,Lefèvre,Crème & Co,Directrice\r\nJosé,Muñoz,Peña Ibáñez SL,CEO\r\nSøren,Ærøskøbing,Åsa AB,“Head” of Sales – EMEA\r\nJoão,Conceição,São Paulo Ltda,Gerente\r\n';
    expect(decodeCsvFile(windows1252(western))).toEqual({ ok: true, text: western, assumed: 'windows-1252' });
    // Its 0x80-0x9F signs (curly quotes, dashes, €, ™) read as those, not as control characters.
    expect(decodeCsvFile(windows1252('Name,Note\r\nZoë,“€5k” budget – Q3™\r\n'))).toMatchObject({ text: 'Name,Note\r\nZoë,“€5k” budget – Q3™\r\n', assumed: 'windows-1252' });
  });

  it('tells Polish ń from Spanish ñ, and Romanian ă from Portuguese ã, by the letter after them', () => {
    expect(decodeCsvFile(windows1250('Name\r\nGdańsk\r\nPoznań\r\n'))).toMatchObject({ assumed: 'windows-1250', text: 'Name\r\nGdańsk\r\nPoznań\r\n' });
    expect(decodeCsvFile(windows1252('Name\r\nMuñoz\r\nPeña\r\n'))).toMatchObject({ assumed: 'windows-1252', text: 'Name\r\nMuñoz\r\nPeña\r\n' });
    expect(decodeCsvFile(windows1250('Name\r\nBrăila\r\nBălan\r\n'))).toMatchObject({ assumed: 'windows-1250', text: 'Name\r\nBrăila\r\nBălan\r\n' });
    expect(decodeCsvFile(windows1252('Name\r\nJoão\r\nMagalhães\r\n'))).toMatchObject({ assumed: 'windows-1252', text: 'Name\r\nJoão\r\nMagalhães\r\n' });
  });

  it('reads Czech and Hungarian as windows-1250 when their words say so (š, ž, ě and ů inside a word, ő before a consonant)', () => {
    const czech = 'Jméno,Firma\r\nJiří Růžička,Věra Šťastná s.r.o.\r\n';
    expect(decodeCsvFile(windows1250(czech))).toEqual({ ok: true, text: czech, assumed: 'windows-1250' });
    expect(decodeCsvFile(windows1250('Név\r\nErdős Győr\r\n'))).toMatchObject({ assumed: 'windows-1250', text: 'Név\r\nErdős Győr\r\n' });
    expect(decodeCsvFile(windows1252('Nome\r\nLuís Camões\r\n'))).toMatchObject({ assumed: 'windows-1252', text: 'Nome\r\nLuís Camões\r\n' });
  });

  it('a file whose bytes past ASCII read the same in both (ü, ö, ß, é, ç) is said to be Western unless it holds a Polish or Romanian letter', () => {
    expect(decodeCsvFile(windows1252('Name\r\nMüller Straße\r\nFrançois\r\n'))).toMatchObject({ assumed: 'windows-1252', text: 'Name\r\nMüller Straße\r\nFrançois\r\n' });
    expect(decodeCsvFile(windows1250('Name\r\nKraków\r\nMândru\r\n'))).toMatchObject({ assumed: 'windows-1250', text: 'Name\r\nKraków\r\nMândru\r\n' });
  });

  it('reads Russian text in windows-1251, and says so', () => {
    expect(decodeCsvFile(windows1251(RUSSIAN))).toEqual({ ok: true, text: RUSSIAN, assumed: 'windows-1251' });
  });

  it('says nothing of an encoding for UTF-8', () => {
    expect(decodeCsvFile(new TextEncoder().encode(RUSSIAN))).toEqual({ ok: true, text: RUSSIAN });
  });

  it('still refuses a binary file that has no known signature and no NUL byte', () => {
    let seed = 7;
    const noise = Array.from({ length: 4096 }, () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return 1 + (seed % 255);
    });
    expect(decodeCsvFile(new Uint8Array(noise))).toEqual({ ok: false, error: 'binary' });
  });

  it('reads the words each language has that the other encoding reads as letters too', () => {
    // "ООО" (a Russian company form) reads "ÎÎÎ" in windows-1250; "Żółć" reads "Їуіж" in windows-1251.
    expect(decodeCsvFile(windows1251('Компания\r\nООО Север\r\n'))).toMatchObject({ assumed: 'windows-1251', text: 'Компания\r\nООО Север\r\n' });
    expect(decodeCsvFile(windows1251('ООО\r\n'))).toMatchObject({ assumed: 'windows-1251' });
    expect(decodeCsvFile(windows1250('Name\r\nŻółć\r\n'))).toMatchObject({ assumed: 'windows-1250', text: 'Name\r\nŻółć\r\n' });
  });

  it('reads a short file ending in an old end-of-file mark (^Z)', () => {
    expect(decodeCsvFile(new TextEncoder().encode('Name\r\nAnna\r\n\u001a'))).toMatchObject({ ok: true });
  });

  it('chooses by the letters each reading gives, for any mix of the languages’ words', () => {
    const words = {
      'windows-1250': ['Łódź', 'Żółć', 'Kraków', 'Wiśniewska', 'Gdańsk', 'Sprzedaży', 'Dyrektorka działu', 'Bucureşti', 'Brăila', 'Ţîrcă', 'Mândru', 'Iaşi', 'vânzări'],
      'windows-1251': ['Москва', 'Дмитрий', 'Шостакович', 'Директор', 'продаж', 'Санкт-Петербург', 'Елена', 'Иванова', 'ООО', 'Компания', 'Новосибирск'],
      'windows-1252': ['Hélène', 'Lefèvre', 'Muñoz', 'Peña', 'Søren', 'Åsa', 'François', 'Crème', 'Zoë', 'São Paulo', 'Müller', 'Ibáñez', 'Gonçalves', 'Björk', 'Michèle', 'à la carte', 'Jørgensen'],
    } as const;
    // Words both Latin code pages read alike say nothing of which of the two it is: each draw holds one that differs.
    const telling = { 'windows-1250': ['Łódź', 'Wiśniewska', 'Bucureşti', 'Iaşi'], 'windows-1251': words['windows-1251'], 'windows-1252': ['Hélène', 'Søren', 'Muñoz', 'Crème', 'à la carte'] } as const;
    const encode = { 'windows-1250': windows1250, 'windows-1251': windows1251, 'windows-1252': windows1252 };
    for (const encoding of ['windows-1250', 'windows-1251', 'windows-1252'] as const) {
      fc.assert(
        fc.property(
          fc.constantFrom(...telling[encoding]),
          fc.array(fc.constantFrom(...words[encoding]), { minLength: 1, maxLength: 12 }),
          fc.array(fc.constantFrom('Anna', 'CEO', 'Acme', 'x@y.io', '+48 600'), { maxLength: 6 }),
          (first, own, ascii) => {
            const text = `Name;Title\r\n${[...own, first, ...ascii].join(';')}\r\n`;
            expect(decodeCsvFile(encode[encoding](text))).toEqual({ ok: true, text, assumed: encoding });
          },
        ),
        { numRuns: 300 },
      );
    }
  });
});

describe('header names of CRM and prospecting tools', () => {
  const fieldOf = (header: string) => autoMapping([header])[0];

  it("maps Salesforce's report column 'Company / Account' to the company", () => {
    expect(fieldOf('Company / Account')).toBe('companyName');
    for (const header of ['Firma / Konto', 'Companie / Cont']) expect([header, fieldOf(header)]).toEqual([header, 'companyName']);
  });

  it("maps Apollo's phone columns, and their Polish, Romanian and Russian names, to the phone", () => {
    const headers = ['First Phone', 'Work Direct Phone', 'Corporate Phone', 'Mobile Phone', 'Home Phone', 'Other Phone'];
    const translated = ['Telefon służbowy', 'Telefon stacjonarny', 'Telefon mobil', 'Telefon serviciu', 'Рабочий телефон', 'Контактный телефон'];
    for (const header of [...headers, ...translated]) expect([header, fieldOf(header)]).toEqual([header, 'phone']);
  });
});

describe('contacts exported from mail programs and CRMs', () => {
  it('Google Contacts: e-mail, phone and title are read, the first of several values kept, and an e-mail-only contact imported', () => {
    const csv =
      'First Name,Middle Name,Last Name,Nickname,File As,Organization Name,Organization Title,Organization Department,Birthday,Notes,Photo,Labels,E-mail 1 - Label,E-mail 1 - Value,E-mail 2 - Label,E-mail 2 - Value,Phone 1 - Label,Phone 1 - Value,Website 1 - Label,Website 1 - Value\n' +
      'Anna,,Nowak,,,Acme Sp. z o.o.,Head of Sales,,,,,* myContacts,* Work,anna@acme.pl,,,Mobile,+48 600 100 200,,\n' +
      ',,,,,,,,,,,* other,* ,jan@firma.pl,,,,,,\n' +
      'Piotr,,Zieliński,,,,,,,,,* myContacts,* Work,piotr@a.pl ::: p.z@b.pl,,,Work,+48 22 111 22 33 ::: +48 601 000 000,,\n';
    const result = imported(csv);
    expect(result.refused).toEqual([]);
    expect(result.captures.map((c) => c.person)).toMatchObject([
      { fullName: 'Anna Nowak', title: 'Head of Sales', email: 'anna@acme.pl', phone: '+48 600 100 200' },
      { email: 'jan@firma.pl' },
      { fullName: 'Piotr Zieliński', email: 'piotr@a.pl', phone: '+48 22 111 22 33' },
    ]);
    const old = 'Name,Given Name,Family Name,Group Membership,E-mail 1 - Type,E-mail 1 - Value,Phone 1 - Type,Phone 1 - Value,Organization 1 - Type,Organization 1 - Name,Organization 1 - Title\n';
    expect(imported(`${old}Anna Nowak,Anna,Nowak,* myContacts,* Work,anna@acme.pl,Mobile,+48 600 100 200,,Acme,CEO\n`).captures[0]?.person).toMatchObject({
      email: 'anna@acme.pl',
      phone: '+48 600 100 200',
      companyName: 'Acme',
      title: 'CEO',
    });
  });

  it('Outlook: its "Title" column holds a salutation, not the job title; "Business Phone" is the phone', () => {
    const csv =
      '"Title","First Name","Middle Name","Last Name","Suffix","Company","Department","Job Title","Business Phone","Home Phone","Mobile Phone","E-mail Address","E-mail Type"\n' +
      '"Mr.","John","","Smith","","Contoso Ltd","Sales","Sales Director","+1 206 555 0100","","","john@contoso.com","SMTP"\n' +
      '"Dr.","Anna","","Kowalska","","Acme","","","+48 22 123 45 67","","","anna@acme.pl","SMTP"\n';
    const [john, anna] = imported(csv).captures.map((c) => c.person);
    expect(john).toMatchObject({ title: 'Sales Director', phone: '+1 206 555 0100' });
    expect(anna).toMatchObject({ phone: '+48 22 123 45 67' });
    expect(anna?.title).toBeUndefined();
    for (const salutation of ['Mrs', 'Ms.', 'Pan', 'Pani', 'Dna', 'г-н', 'Г-жа']) expect(imported(`Name,Title\nX,${salutation}\n`).captures[0]?.person.title).toBeUndefined();
    expect(imported('Name,Title\nX,Dr. of Sales\n').captures[0]?.person.title).toBe('Dr. of Sales');
  });

  it('Outlook in Russian and a Polish sheet: "Адрес эл. почты" is the e-mail, "Nr telefonu" the phone', () => {
    const ru = 'Обращение;Имя;Отчество;Фамилия;Организация;Должность;Рабочий телефон;Адрес эл. почты;Тип эл. почты\nг-н;Иван;Петрович;Иванов;ООО Ромашка;Директор;+7 495 123-45-67;ivan@romashka.ru;SMTP\n';
    expect(imported(ru).captures[0]?.person).toMatchObject({ email: 'ivan@romashka.ru', title: 'Директор' });
    expect(imported('Imię i nazwisko;Adres e-mail;Nr telefonu;Firma\nJan Kowal;jan@acme.pl;600 100 200;Acme\n').captures[0]?.person).toMatchObject({ phone: '600 100 200' });
  });

  it('Pipedrive: e-mails and phones by kind, in person and deal exports', () => {
    const deals = 'Person - Name,Person - Organization,Person - Email - Work,Person - Email - Home,Person - Phone - Work,Person - Phone - Mobile\nAnna Nowak,Acme,anna@acme.pl,,,+48 600 100 200\n';
    expect(imported(deals).captures[0]?.person).toMatchObject({ fullName: 'Anna Nowak', companyName: 'Acme', email: 'anna@acme.pl', phone: '+48 600 100 200' });
    const persons = 'Name,Organization,Email - Work,Email - Home,Email - Other,Phone - Work,Phone - Mobile,Phone - Home\nJan Kowal,Beta,,jan@gmail.com,,,+48 601 100 200,\n';
    expect(imported(persons).captures[0]?.person).toMatchObject({ email: 'jan@gmail.com', phone: '+48 601 100 200' });
  });

  it('an e-mail cell with a display name or several addresses gives the (first) address instead of refusing the row', () => {
    const result = imported('Name,Email\nAnna,Anna Nowak <anna@acme.pl>\nJan,jan@acme.pl; jan2@acme.pl\nOla,"ola@acme.pl, o@b.pl"\nPiotr,not an address\n');
    expect(result.captures.map((c) => c.person.email)).toEqual(['anna@acme.pl', 'jan@acme.pl', 'ola@acme.pl']);
    expect(result.refused).toEqual([{ row: 5, reason: 'bad-email', column: 'Email' }]);
  });

  it('Salesforce Classic: the lines below a report are not leads', async () => {
    const csv =
      '"First Name","Last Name","Title","Company / Account","Email","Lead Status"\n"Anna","Nowak","CEO","Acme","anna@acme.pl","Open"\n' +
      '""\n"Confidential Information - Do Not Distribute"\n"Copyright (c) 2000-2024 salesforce.com, inc. All rights reserved."\n"Generated By:  Jan Rep  12/7/2026 9:00 AM"\n';
    expect(imported(csv)).toMatchObject({ captures: [{ row: 2, person: { fullName: 'Anna Nowak' } }], refused: [] });
    expect(await parseCsvInChunks(csv, undefined, 7)).toEqual(parseCsv(csv));
    // The same words in a lead's row are a lead.
    expect(imported('Name,Email\nConfidential Information - Do Not Distribute,x@y.pl\n').captures).toHaveLength(1);
  });
});

describe('several columns for one field', () => {
  it("HubSpot: an empty 'Phone Number' falls back to 'Mobile Phone Number'", () => {
    const { captures } = imported('First Name,Last Name,Email,Phone Number,Mobile Phone Number\nAnna,Nowak,anna@x.pl,,+48 600 100 200\nJan,Kowalski,jan@x.pl,+48 22 123 45 67,+48 601 200 300\n');
    expect(captures.map((c) => c.person.phone)).toEqual(['+48 600 100 200', '+48 22 123 45 67']);
  });

  it('Apollo: the first phone column with a number, in the order of the file', () => {
    const text = 'Name,Work Direct Phone,Home Phone,Mobile Phone,Corporate Phone,Other Phone\nA,,,+48 600 100 200,+48 22 100 00 00,\nB,,,,,+40 721 000 111\n';
    expect(mapped(text)).toEqual({ Name: 'fullName', 'Work Direct Phone': 'phone', 'Home Phone': 'phone', 'Mobile Phone': 'phone', 'Corporate Phone': 'phone', 'Other Phone': 'phone' });
    expect(imported(text).captures.map((c) => c.person.phone)).toEqual(['+48 600 100 200', '+40 721 000 111']);
  });
});

describe('phones as spreadsheets hold them', () => {
  it('refuses a number Excel wrote in scientific notation (its digits are lost) rather than storing it garbled', () => {
    for (const value of ['4,86001E+10', '4.86E+10', '4,86E+10', '1E+11']) expect([value, normalizePhone(value)]).toEqual([value, undefined]);
    expect(imported('Name;Phone\nAnna;4,86001E+10\n').refused).toEqual([{ row: 2, column: 'Phone', reason: 'bad-phone' }]);
  });

  it('keeps the first of two numbers in one cell', () => {
    expect(normalizePhone('600 100 200 / 601 200 300')).toBe('600 100 200');
    expect(normalizePhone('+48 600 100 200; +48 601 200 300')).toBe('+48 600 100 200');
    expect(normalizePhone('+40 721 000 111, 0721 000 222')).toBe('+40 721 000 111');
    // A slash after an area code is part of one number.
    expect(normalizePhone('030/1234567')).toBe('0301234567');
  });

  it('keeps an extension as " ext. N" in any of the reps\' languages', () => {
    expect(normalizePhone('+48 22 123 45 67 wew. 12')).toBe('+48 22 123 45 67 ext. 12');
    expect(normalizePhone('+48 22 123 45 67 wewn. 12')).toBe('+48 22 123 45 67 ext. 12');
    expect(normalizePhone('+1 415 555 0100 ext. 12')).toBe('+1 415 555 0100 ext. 12');
    expect(normalizePhone('+1 415 555 0100 x12')).toBe('+1 415 555 0100 ext. 12');
    expect(normalizePhone('+1 (415) 555-0100, ext 3456')).toBe('+1 (415) 555-0100 ext. 3456');
    expect(normalizePhone('+7 495 123-45-67 доб. 12')).toBe('+7 495 123-45-67 ext. 12');
    expect(normalizePhone('+40 21 300 00 00 int. 12')).toBe('+40 21 300 00 00 ext. 12');
    expect(imported('Name;Phone\nAnna;600 100 200 / 601 200 300 wew. 5\n').captures[0]?.person.phone).toBe('600 100 200');
  });

  it('a phone read again reads the same (a backup, an export imported again)', () => {
    const part = fc.constantFrom('+48', '600', '100-200', '(22)', ' ', '/', ';', ',', 'wew.', 'ext', 'x', 'доб.', '12', 'E+10', '4,86', 'abc', '  ', '.');
    fc.assert(
      fc.property(fc.array(part, { maxLength: 10 }).map((parts) => parts.join('')), (value) => {
        const once = normalizePhone(value);
        if (once !== undefined) expect(normalizePhone(once)).toBe(once);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('=HYPERLINK formulas in cells', () => {
  /** A CSV cell holding `formula`, quoted as a spreadsheet writes it. */
  const cell = (formula: string) => `"${formula.replace(/"/g, '""')}"`;

  it('gives a text field the label and a link field the URL, in any case and with either separator', () => {
    const profile = cell('=HYPERLINK("https://www.linkedin.com/in/anna-nowak","Anna Nowak")');
    const site = cell('=hyperlink("https://acme.io/pl"; "Acme")');
    const text = `Name,LinkedIn,Company,Website\n${profile},${profile},${site},${site}\n`;
    // A name linked to its profile stays the name: the link is behind it, not what the sheet shows.
    expect(mapped(text)).toEqual({ Name: 'fullName', LinkedIn: 'linkedinUrl', Company: 'companyName', Website: 'website' });
    const { captures, refused } = imported(text);
    expect(refused).toEqual([]);
    expect(captures[0]?.person).toMatchObject({ fullName: 'Anna Nowak', linkedinUrl: 'https://www.linkedin.com/in/anna-nowak/', companyName: 'Acme', website: 'https://acme.io/pl' });
  });

  it('reads doubled quotes in a label, a formula without a label, and mailto: and tel: links', () => {
    const text = [
      'Name,Email,Phone,Website',
      [cell('=HYPERLINK("https://x.io","Pat ""The Closer"" O\'Brien")'), cell('=HYPERLINK("mailto:pat@x.io","Write to Pat")'), cell('=HYPERLINK("tel:+48600100200","Call")'), cell('=HYPERLINK("https://x.io")')].join(','),
    ].join('\n');
    expect(imported(text).captures[0]?.person).toMatchObject({ fullName: 'Pat "The Closer" O\'Brien', email: 'pat@x.io', phone: '+48600100200', website: 'https://x.io/' });
  });

  it('maps a column of formulas linking to profiles by their links', () => {
    expect(mapped(`Name,Profil\nAnna,${cell('=HYPERLINK("https://www.linkedin.com/in/anna";"Anna")')}\n`)).toEqual({ Name: 'fullName', Profil: 'linkedinUrl' });
  });

  it('="..." text formulas (written so Excel keeps leading zeros and plus signs) give their text in every field', () => {
    const result = imported('Imię;Nazwisko;Firma;Telefon;E-mail\n="Anna";="Nowak";="Beta ""Plus""";="0048 600 100 200";= "anna@beta.pl"\n');
    expect(result.refused).toEqual([]);
    expect(result.captures[0]?.person).toMatchObject({ fullName: 'Anna Nowak', companyName: 'Beta "Plus"', phone: '0048 600 100 200', email: 'anna@beta.pl' });
    // Any other formula is left as the text it is.
    expect(imported('Name,Title\nAnna,="CEO"&" of X"\n').captures[0]?.person.title).toBe('="CEO"&" of X"');
  });

  it('leaves a formula an export escaped with an apostrophe as the text it is', () => {
    expect(imported(`Name,Title\nAnna,${cell('\'=HYPERLINK("https://x.io","Boss")')}\n`).captures[0]?.person.title).toBe('=HYPERLINK("https://x.io","Boss")');
  });
});

describe('header properties', () => {
  // Lines a tool writes above its header: words that name no field.
  const preambleLine = fc.array(fc.constantFrom('Notes:', 'Exported', '2024-03-12', 'Report', '"a, b"', ''), { minLength: 1, maxLength: 3 }).map((cells) => cells.join(','));

  it('whatever lines come above it, a header naming known columns is found, and its rows keep their line numbers', () => {
    fc.assert(
      fc.property(fc.array(preambleLine, { maxLength: 8 }), fc.integer({ min: 1, max: 5 }), (preamble, people) => {
        const lines = [...preamble, 'Name,Email,Company', ...Array.from({ length: people }, (_, i) => `P${i},p${i}@x.io,Acme`)];
        const parsed = table(lines.join('\n'));
        expect(parsed.headers).toEqual(['Name', 'Email', 'Company']);
        expect(parsed.rowNumbers).toEqual(Array.from({ length: people }, (_, i) => preamble.length + 2 + i));
      }),
      { numRuns: 200 },
    );
  });
});

/** What a review of the change above found on files like the reps' (each failed before its mend). */
describe('files that must not be misread', () => {
  it('a UTF-8 file with one damaged byte is refused as damaged, not read in a code page with every letter garbled', () => {
    const utf8 = new TextEncoder().encode('Name,Company\nŁukasz Żółć,Mazowsze Meble\nAnna Wiśniewska,Kraków\n');
    const cut = new Uint8Array([...utf8.subarray(0, 20), 0xc5, ...utf8.subarray(20)]);
    expect(decodeCsvFile(cut)).toEqual({ ok: false, error: 'encoding' });
    expect(decodeCsvFile(new Uint8Array([0xef, 0xbb, 0xbf, ...cut]))).toEqual({ ok: false, error: 'encoding' });
  });

  it('a windows-1251 file whose first thousands of rows are plain ASCII is still read as Cyrillic', () => {
    const latin = Array.from({ length: 6000 }, (_, i) => `Adam Smith ${i},Acme`).join('\n');
    const decoded = decodeCsvFile(windows1251(`Name,Company\n${latin}\nИван Петров,ООО Ромашка\n`));
    expect(decoded.ok && decoded.assumed).toBe('windows-1251');
    expect(decoded.ok && decoded.text).toContain('Иван Петров,ООО Ромашка');
  });

  it('a data row never displaces a header that uses names of its own', () => {
    const parsed = parseCsv('Klient,Adres e-mail kontaktowy,Źródło,Kanał\nJan Kowalski,jan@x.pl,LinkedIn,Email\nAnna Nowak,anna@x.pl,LinkedIn,Email\n');
    expect(parsed.ok && parsed.headers).toEqual(['Klient', 'Adres e-mail kontaktowy', 'Źródło', 'Kanał']);
    expect(parsed.ok && parsed.rows).toHaveLength(2);
  });

  it('a number split by a slash after its area code keeps all its digits', () => {
    expect(normalizePhone('+49 (0)6221 / 123456')).toBe('+49 (0)6221 123456');
    expect(normalizePhone('0049 221 / 1234567')).toBe('0049 221 1234567');
    expect(normalizePhone('600 100 200 / 601 200 300')).toBe('600 100 200');
  });

  it('a value past the last column in every row is a column without a name, not a shifted row', () => {
    const parsed = parseCsv('Name,Email,Company\nJan,jan@x.pl,ACME,called 3x\nAnna,anna@x.pl,Beta,no answer\n');
    if (!parsed.ok) throw new Error(parsed.error);
    const preview = previewImport(parsed, autoMapping(parsed.headers), NOW);
    expect(preview.refused).toEqual([]);
    expect(preview.captures.map((c) => [c.person.fullName, c.person.companyName])).toEqual([
      ['Jan', 'ACME'],
      ['Anna', 'Beta'],
    ]);
  });
});
