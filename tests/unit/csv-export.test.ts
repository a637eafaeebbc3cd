import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PIPELINE } from '../../lib/pipeline/defaults';
import type { Activity, Company, Lead } from '../../lib/schema/records';
import { activitiesCsv, companiesCsv, FORMULA_START, leadsCsv, toCsv } from '../../lib/transfer/csv-export';
import { CSV_PRESETS, LEAD_CSV_COLUMNS, leadCsvContext, nameParts, type CsvCell } from '../../lib/transfer/csv-presets';
import { NOW } from './helpers/db';
import { leadRecord } from './helpers/lead';

const ctx = leadCsvContext(DEFAULT_PIPELINE);

/** The cells of a CSV as a spreadsheet reads them (BOM off, CRLF rows). */
function cells(csv: string): string[][] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const parsed = Papa.parse<string[]>(csv.slice(1), { delimiter: ',', newline: '\r\n' });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

const jane = leadRecord({
  id: 'lead-jane',
  fullName: 'Jane Doe',
  title: 'Head of Sales',
  companyName: 'Acme Analytics',
  location: 'Warsaw, Masovian, Poland',
  email: 'jane@acme.io',
  phone: '600 100 200',
  website: 'https://acme.io/',
  linkedinUrl: 'https://www.linkedin.com/in/jane-doe/',
  notes: 'Met at SaaStock',
  tags: ['events', 'poland'],
  score: 72.5,
  scoreLabel: 'sql',
  stageId: 'demo',
  dealValue: 12000,
  expectedCloseAt: Date.UTC(2026, 11, 31, 15),
  nextStep: { text: 'Send pricing', dueAt: Date.UTC(2026, 10, 25, 9) },
});

describe('toCsv', () => {
  it('starts with a UTF-8 BOM and ends rows with CRLF', () => {
    const csv = toCsv([['a', 1], ['b', 2]], ['x', 'y']);
    expect(csv).toBe('\uFEFFx,y\r\na,1\r\nb,2');
  });

  it('with no rows is the header line alone', () => {
    expect(toCsv([], ['x', 'y'])).toBe('\uFEFFx,y');
  });

  it('quotes cells with commas, quotes and newlines, and they read back unchanged', () => {
    const tricky = ['Doe, Jane', 'The "Boss"', 'line one\nline two', 'cr\r\nlf', ' padded '];
    const csv = toCsv([tricky], ['a', 'b', 'c', 'd', 'e']);
    expect(csv).toContain('"Doe, Jane","The ""Boss""","line one\nline two","cr\r\nlf"," padded "');
    expect(cells(csv)[1]).toEqual(tricky);
  });

  it('keeps Polish and Russian names as they are', () => {
    const names = ['Łukasz Żółć-Gęślą', 'Дмитрий Шостакович', 'Ștefan Țîrcă'];
    const csv = toCsv([names], ['pl', 'ru', 'ro']);
    expect(csv).toContain(names.join(','));
    expect(cells(csv)[1]).toEqual(names);
  });

  it('writes an empty cell for a missing value', () => {
    expect(cells(toCsv([[undefined, 'b', undefined]], ['x', 'y', 'z']))[1]).toEqual(['', 'b', '']);
  });

  it.each(['=', '+', '-', '@', '\t', '\r'])('puts an apostrophe before text starting with %j', (prefix) => {
    const value = `${prefix}1+1`;
    expect(cells(toCsv([[value]], ['x']))[1]).toEqual([`'${value}`]);
  });

  it('escapes a HYPERLINK formula scraped from a page', () => {
    const csv = toCsv([['=HYPERLINK("http://x","y")']], ['name']);
    expect(csv).toBe('\uFEFFname\r\n"\'=HYPERLINK(""http://x"",""y"")"');
  });

  it('escapes a formula that continues on a second line (Papa’s own pattern misses it)', () => {
    expect(cells(toCsv([['=cmd|"/c calc"!A1\nrest']], ['x']))[1]).toEqual(['\'=cmd|"/c calc"!A1\nrest']);
  });

  it('leaves a negative number a number, but escapes the same text', () => {
    expect(toCsv([[-5, '-5']], ['n', 's'])).toBe('\uFEFFn,s\r\n-5,"\'-5"');
  });

  it('leaves text with a formula character later on as it is', () => {
    expect(cells(toCsv([['Jane = CEO', 'a@b.c']], ['x', 'y']))[1]).toEqual(['Jane = CEO', 'a@b.c']);
  });
});

describe('lead presets', () => {
  it('header rows are exactly what each tool expects', () => {
    const headerRow = (preset: (typeof CSV_PRESETS)[number]) => cells(leadsCsv([], preset, ctx))[0];
    expect(headerRow('hubspot')).toEqual([
      'First Name', 'Last Name', 'Email', 'Phone Number', 'Job Title', 'Company Name', 'City', 'Website URL', 'LinkedIn URL', 'Lead Status',
      'Lifecycle Stage', 'Notes',
    ]);
    expect(headerRow('pipedrive')).toEqual([
      'Name', 'First name', 'Last name', 'Email', 'Phone', 'Organization', 'Job title', 'Label', 'Deal value', 'Deal currency', 'Deal stage', 'Notes',
    ]);
    expect(headerRow('salesforce')).toEqual([
      'First Name', 'Last Name', 'Title', 'Company', 'Email', 'Phone', 'Website', 'Lead Source', 'Lead Status', 'Description', 'Rating', 'LinkedIn URL',
    ]);
    expect(headerRow('all')).toEqual([
      'id', 'fullName', 'firstName', 'lastName', 'headline', 'title', 'companyName', 'companyLinkedinUrl', 'location', 'email', 'phone', 'website',
      'linkedinUrl', 'salesNavUrl', 'source', 'tags', 'notes', 'score', 'scoreLabel', 'stage', 'dealValue', 'currency', 'expectedCloseAt',
      'referredBy', 'nextStep', 'nextStepDueAt', 'createdAt', 'updatedAt',
    ]);
  });

  /** One lead's row as header → cell. */
  const row = (lead: Lead, preset: (typeof CSV_PRESETS)[number]) => {
    const [headers = [], values = []] = cells(leadsCsv([lead], preset, ctx));
    return Object.fromEntries(headers.map((h, i) => [h, values[i]]));
  };

  it('all: every field, the stage by name, tags joined, times as ISO', () => {
    expect(row(jane, 'all')).toMatchObject({
      id: 'lead-jane',
      fullName: 'Jane Doe',
      firstName: '',
      email: 'jane@acme.io',
      tags: 'events; poland',
      score: '72.5',
      scoreLabel: 'sql',
      stage: 'Product demo',
      dealValue: '12000',
      currency: 'USD',
      expectedCloseAt: '2026-12-31',
      nextStep: 'Send pricing',
      nextStepDueAt: '2026-11-25T09:00:00.000Z',
      createdAt: new Date(NOW).toISOString(),
    });
  });

  it('hubspot: names split, city from the location, lifecycle from the label', () => {
    expect(row(jane, 'hubspot')).toMatchObject({
      'First Name': 'Jane',
      'Last Name': 'Doe',
      City: 'Warsaw',
      'Lead Status': 'Product demo',
      'Lifecycle Stage': 'salesqualifiedlead',
    });
    expect(row(leadRecord({ fullName: 'X', scoreLabel: 'mql' }), 'hubspot')['Lifecycle Stage']).toBe('marketingqualifiedlead');
    expect(row(leadRecord({ fullName: 'X', scoreLabel: 'cold' }), 'hubspot')['Lifecycle Stage']).toBe('lead');
  });

  it('pipedrive: label from the score, deal currency only with a value', () => {
    expect(row(jane, 'pipedrive')).toMatchObject({ Name: 'Jane Doe', Label: 'Hot', 'Deal value': '12000', 'Deal currency': 'USD', 'Deal stage': 'Product demo' });
    expect(row(leadRecord({ fullName: 'X' }), 'pipedrive')).toMatchObject({ Label: 'Cold', 'Deal value': '', 'Deal currency': '' });
    expect(row(leadRecord({ fullName: 'X', dealValue: 5, currency: 'PLN' }), 'pipedrive')['Deal currency']).toBe('PLN');
  });

  it('salesforce: rating, lead source and description', () => {
    expect(row(jane, 'salesforce')).toMatchObject({ Rating: 'Hot', 'Lead Source': 'LinkedIn', Description: 'Met at SaaStock', Company: 'Acme Analytics' });
    expect(row(leadRecord({ fullName: 'X', source: 'referral', scoreLabel: 'mql' }), 'salesforce')).toMatchObject({ Rating: 'Warm', 'Lead Source': 'External Referral' });
  });

  it('a stage removed from the pipeline shows its id', () => {
    expect(row(leadRecord({ fullName: 'X', stageId: 'gone' }), 'all').stage).toBe('gone');
  });

  it('splits names only when first and last are not stored', () => {
    expect(nameParts({ fullName: 'Anna Maria Nowak' })).toEqual({ first: 'Anna Maria', last: 'Nowak' });
    expect(nameParts({ fullName: 'Cher' })).toEqual({ last: 'Cher' });
    expect(nameParts({ fullName: 'Jan Kowalski', firstName: 'Janek', lastName: 'K.' })).toEqual({ first: 'Janek', last: 'K.' });
    expect(nameParts({})).toEqual({});
  });
});

describe('activities and companies', () => {
  it('write every field', () => {
    const activity: Activity = { id: 'a1', leadId: 'lead-jane', kind: 'call', direction: 'outbound', at: NOW, note: '=SUM(A1)', createdAt: NOW, sequenceId: 's1', stepId: 'st1' };
    expect(cells(activitiesCsv([activity]))).toEqual([
      ['id', 'leadId', 'kind', 'direction', 'at', 'note', 'sequenceId', 'stepId', 'createdAt'],
      ['a1', 'lead-jane', 'call', 'outbound', new Date(NOW).toISOString(), "'=SUM(A1)", 's1', 'st1', new Date(NOW).toISOString()],
    ]);
    const company: Company = { id: 'c1', name: 'Acme', website: 'https://acme.io/', source: 'linkedin', editedFields: ['name'], createdAt: NOW, updatedAt: NOW };
    expect(cells(companiesCsv([company]))).toEqual([
      ['id', 'name', 'industry', 'sizeBand', 'website', 'headquarters', 'linkedinUrl', 'logoUrl', 'source', 'sourceUrl', 'editedFields', 'createdAt', 'updatedAt'],
      ['c1', 'Acme', '', '', 'https://acme.io/', '', '', '', 'linkedin', '', 'name', new Date(NOW).toISOString(), new Date(NOW).toISOString()],
    ]);
  });
});

describe('property: any leads read back cell for cell', () => {
  const hostile = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 30 }),
    fc.string({ unit: fc.constantFrom(',', '"', '\n', '\r', '=', '+', '-', '@', '\t', ' ', ';', "'", 'ł', 'Ж', 'a'), maxLength: 12 }),
    fc.constantFrom('=HYPERLINK("http://x","y")', '@SUM(1)', '-2', '+48 600', 'Łódź', 'Москва'),
  );
  const text = fc.option(hostile, { nil: undefined });
  const leadArb = fc
    .record({
      fullName: text,
      firstName: text,
      title: text,
      companyName: text,
      location: text,
      email: text,
      notes: text,
      tags: fc.array(hostile, { maxLength: 3 }),
      score: fc.double({ min: -1000, max: 1000, noNaN: true }),
      dealValue: fc.option(fc.integer({ min: 0, max: 1e9 }), { nil: undefined }),
    })
    .map((fields) => leadRecord(fields));

  /** What a cell must read as: the value's text, with the apostrophe only where a formula was. */
  const expected = (value: CsvCell) => {
    if (value === undefined) return '';
    if (typeof value === 'number') return String(value);
    return FORMULA_START.test(value) ? `'${value}` : value;
  };

  it('holds for every preset', () => {
    fc.assert(
      fc.property(fc.array(leadArb, { maxLength: 5 }), fc.constantFrom(...CSV_PRESETS), (leads, preset) => {
        const columns = LEAD_CSV_COLUMNS[preset];
        const [headers, ...rows] = cells(leadsCsv(leads, preset, ctx));
        expect(headers).toEqual(columns.map((c) => c.header));
        expect(rows).toEqual(leads.map((lead) => columns.map((c) => expected(c.value(lead, ctx)))));
      }),
      { numRuns: 300 },
    );
  });
});
