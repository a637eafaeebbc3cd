import { describe, expect, it } from 'vitest';
import { PersonCaptureSchema } from '@/lib/capture/schema';
import { saveCapture } from '@/lib/db/save-capture';
import { companyKey, personNameKey, searchWords } from '@/lib/leads/keys';
import { DEFAULT_LIST_QUERY, fetchLeadPage } from '@/lib/leads/list-query';
import { freshDb, NOW } from './helpers/db';

/**
 * Letters NFKD leaves whole (ł, ø, ß…) are spelled plainly in the search words and the
 * duplicate keys, as every other accented letter is: a Polish rep types "Michal" without the
 * stroke (stored keys from before are respelled by migration v013, tested there).
 */
describe('stroked letters in search and keys', () => {
  it('"Michal" and "michał" both find Michał Wiśniewski, as "Wisniewski" finds Wiśniewski', async () => {
    const db = freshDb();
    const person = PersonCaptureSchema.parse({ fullName: 'Michał Wiśniewski', linkedinUrl: 'https://www.linkedin.com/in/mw/', source: 'linkedin', capturedAt: NOW });
    await saveCapture(db, { kind: 'person', person }, NOW);
    const find = async (search: string) => (await fetchLeadPage(db, { ...DEFAULT_LIST_QUERY, search }, NOW, { offset: 0, limit: 10 })).length;
    expect(await find('Wisniewski')).toBe(1);
    expect(await find('michał')).toBe(1);
    expect(await find('Michal')).toBe(1);
    expect(await find('Michel')).toBe(0);
  });

  it('ł, ø, ß fold in search words, company keys and name keys', () => {
    expect(searchWords('Łódź', 'Straße', 'Søren')).toEqual(['lodz', 'strasse', 'soren']);
    expect(companyKey('Wałbrzyskie Zakłady')).toBe(companyKey('Walbrzyskie Zaklady Sp. z o.o.'));
    expect(personNameKey('Paweł Kołodziej', 'Żabka')).toBe(personNameKey('Pawel Kolodziej', 'Zabka S.A.'));
  });

  it('a CSV row without the strokes is the same person as the lead saved from LinkedIn', async () => {
    const db = freshDb();
    const fromLinkedIn = PersonCaptureSchema.parse({ fullName: 'Paweł Kołodziej', companyName: 'Wałbrzyskie Zakłady', source: 'linkedin', capturedAt: NOW });
    const fromCsv = PersonCaptureSchema.parse({ fullName: 'Pawel Kolodziej', companyName: 'Walbrzyskie Zaklady', title: 'CFO', source: 'import', capturedAt: NOW });
    const first = await saveCapture(db, { kind: 'person', person: fromLinkedIn }, NOW);
    const second = await saveCapture(db, { kind: 'person', person: fromCsv }, NOW + 1);
    expect(second.id).toBe(first.id);
    expect(await db.leads.count()).toBe(1);
  });
});

describe('legal forms in company keys', () => {
  it.each([
    ['ООО «Ромашка»', 'Ромашка'],
    ['АО "Газпром нефть"', 'Газпром нефть'],
    ['ПАО Сбербанк', 'Сбербанк'],
    ['Acme Sp. z o.o. sp. k.', 'Acme'],
    ['Kowalski i Wspólnicy Spółka Jawna', 'Kowalski i Wspólnicy'],
    ['Żabka Polska Spółka z ograniczoną odpowiedzialnością', 'Żabka Polska'],
    ['Romsoft S.R.L.', 'Romsoft'],
    ['Acme GmbH & Co. KG', 'Acme'],
  ])('%s is the company %s', (withForm, bare) => {
    expect(companyKey(withForm)).toBe(companyKey(bare));
  });

  it('words that only contain a form are kept ("Ao Lab", "Saab", "Coca")', () => {
    expect(companyKey('Saab')).toBe('saab');
    expect(companyKey('Coca Cola')).toBe('coca cola');
    expect(companyKey('Зао лаборатория')).toBe('лаборатория');
    expect(companyKey('Заосинка')).toBe('заосинка');
  });

  it('a lead saved at "Ромашка" and a sheet row at "ООО «Ромашка»" are one person', async () => {
    const db = freshDb();
    const saved = PersonCaptureSchema.parse({ fullName: 'Иван Петров', companyName: 'Ромашка', source: 'linkedin', capturedAt: NOW });
    const row = PersonCaptureSchema.parse({ fullName: 'Иван Петров', companyName: 'ООО «Ромашка»', title: 'Директор', source: 'import', capturedAt: NOW });
    const first = await saveCapture(db, { kind: 'person', person: saved }, NOW);
    expect((await saveCapture(db, { kind: 'person', person: row }, NOW + 1)).id).toBe(first.id);
    expect(await db.leads.count()).toBe(1);
    expect(await db.companies.count()).toBe(1);
  });
});
