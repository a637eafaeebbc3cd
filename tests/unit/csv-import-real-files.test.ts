import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { autoMapping, parseCsv, parseCsvInChunks, previewImport, type CsvTable, type ImportMapping } from '../../lib/transfer/csv-import';
import { NOW } from './helpers/db';

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
    const { captures } = imported(`Name,LinkedIn,Sales Navigator\nAnna,${SALES},${PEOPLE}\n`);
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
