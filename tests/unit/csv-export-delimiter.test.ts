/**
 * Excel opened in Polish, Romanian or Russian (a decimal comma) splits CSV columns at ";",
 * so a file written with commas showed as one column there. The export follows the language
 * by default, can be chosen, and any of them imports back as the same people.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { PersonCaptureSchema, type PersonCaptureInput } from '../../lib/capture/schema';
import { saveCapture } from '../../lib/db/save-capture';
import { DEFAULT_PIPELINE } from '../../lib/pipeline/defaults';
import { activitiesCsv, companiesCsv, CSV_DELIMITERS, csvDelimiterFor, leadsCsv, toCsv, type CsvDelimiter } from '../../lib/transfer/csv-export';
import { CSV_PRESETS, leadCsvContext } from '../../lib/transfer/csv-presets';
import { autoMapping, decodeCsvFile, importCaptures, parseCsv, previewImport } from '../../lib/transfer/csv-import';
import { freshDb, NOW } from './helpers/db';

describe('the separator', () => {
  it('follows the language: ";" where Excel uses a decimal comma, "," in English', () => {
    expect(['en', 'pl', 'ro', 'ru'].map(csvDelimiterFor)).toEqual([',', ';', ';', ';']);
    expect(CSV_DELIMITERS).toEqual([',', ';']);
  });

  it('";" splits every row where Excel splits it, with the BOM and CRLF kept, and quotes cells holding it', () => {
    const csv = toCsv([['Kowalski; Jan', 'Warszawa, Polska', 12.5]], ['name', 'location', 'value'], ';');
    expect(csv).toBe('\uFEFFname;location;value\r\n"Kowalski; Jan";Warszawa, Polska;12.5');
    expect(Papa.parse<string[]>(csv.slice(1), { delimiter: ';', newline: '\r\n' }).data).toEqual([
      ['name', 'location', 'value'],
      ['Kowalski; Jan', 'Warszawa, Polska', '12.5'],
    ]);
  });

  it('is a comma unless asked, as before', () => {
    expect(toCsv([['a', 1]], ['x', 'y'])).toBe('\uFEFFx,y\r\na,1');
    expect(activitiesCsv([], ';')).toMatch(/^\uFEFFid;leadId;kind;/);
    expect(companiesCsv([], ';')).toMatch(/^\uFEFFid;name;industry;/);
  });
});

describe('round trip with either separator', () => {
  const people: Partial<PersonCaptureInput>[] = [
    {
      fullName: 'Łukasz Żółć',
      email: 'lukasz@pszczolka.pl',
      title: 'Dyrektor sprzedaży; Polska, CEE',
      companyName: 'Pszczółka Sp. z o.o.',
      linkedinUrl: 'https://www.linkedin.com/in/lukasz-zolc/',
      location: 'Łódź, Łódzkie, Poland',
      phone: '+48 600 100 200',
      headline: 'Sprzedaż B2B\n"SaaS"; CEE',
    },
    { fullName: 'Дмитрий Шостакович', email: 'dmitry@example.ru', title: 'Генеральный директор', companyName: 'ООО "Ромашка"', linkedinUrl: 'https://www.linkedin.com/in/dshost/' },
    { fullName: 'Ștefan Țîrcă', title: '=Head of "Growth"\nEMEA', companyName: '-Minus SRL', website: 'https://tirca.ro/', salesNavUrl: 'https://www.linkedin.com/sales/lead/ACwAAA123456,NAME_SEARCH,x1' },
    { fullName: 'O’Brien, Pat', email: 'pat@obrien.ie', firstName: 'Pat', lastName: 'O’Brien', companyLinkedinUrl: 'https://www.linkedin.com/company/obrien/' },
  ];
  const KEPT = ['fullName', 'firstName', 'lastName', 'email', 'title', 'companyName', 'companyLinkedinUrl', 'linkedinUrl', 'salesNavUrl', 'location', 'phone', 'headline', 'website'] as const;
  const project = (leads: Record<string, unknown>[]) =>
    leads.map((l) => Object.fromEntries(KEPT.map((k) => [k, l[k]]))).sort((a, b) => String(a.fullName).localeCompare(String(b.fullName)));

  it.each(CSV_DELIMITERS.flatMap((d) => CSV_PRESETS.map((p) => [d, p] as [CsvDelimiter, (typeof CSV_PRESETS)[number]])))(
    'with "%s", the %s export reads back into the same rows and, for all fields, the same people',
    async (delimiter, preset) => {
      const source = freshDb();
      for (const p of people) await saveCapture(source, { kind: 'person', person: PersonCaptureSchema.parse({ source: 'linkedin', capturedAt: NOW, ...p }) }, NOW);
      const leads = await source.leads.toArray();
      const csv = leadsCsv(leads, preset, leadCsvContext(DEFAULT_PIPELINE), delimiter);
      const decoded = decodeCsvFile(new TextEncoder().encode(csv));
      if (!decoded.ok) throw new Error(decoded.error);
      const parsed = parseCsv(decoded.text);
      if (!parsed.ok) throw new Error(parsed.error);
      expect(parsed.rows).toHaveLength(people.length);
      const preview = previewImport(parsed, autoMapping(parsed.headers, parsed.rows), NOW + 1);
      expect(preview.refused).toEqual([]);
      if (preset !== 'all') return;
      const target = freshDb();
      expect(await importCaptures(target, preview.captures, NOW + 1)).toEqual({ created: people.length, merged: 0 });
      expect(project(await target.leads.toArray())).toEqual(project(leads));
    },
  );
});
