/**
 * The parsers behind the rules: text folding, seniority from a title (English
 * plus Polish, German, French, Spanish, Romanian and Russian words) and the
 * company size from a size band. Tables, so a new case is one line.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { companySizeOf, sizeRangeOf } from '../../lib/scoring/company-size';
import { seniorityOf } from '../../lib/scoring/seniority';
import { SENIORITIES } from '../../lib/scoring/schema';
import { foldText, foldValue } from '../../lib/scoring/text-match';

describe('foldText', () => {
  it.each([
    ['Head of Sales', 'head of sales'],
    ['  Dyrektor   Sprzedaży\t', 'dyrektor sprzedazy'],
    ['ŁÓDŹ', 'lodz'],
    ['Straße', 'strasse'],
    ['Geschäftsführer', 'geschaftsfuhrer'],
    ['Ørsted', 'orsted'],
    ['Œuvre', 'oeuvre'],
    ['İstanbul', 'istanbul'],
    ['Ｆｕｌｌｗｉｄｔｈ', 'fullwidth'],
    // ё is е (people type it so), but й is a letter of its own, not an accented и.
    ['Генеральный директор', 'генеральный директор'],
    ['ГЛАВНЫЙ ИНЖЕНЕР', 'главный инженер'],
    ['Зам. начальника отдела продаж, ёлки', 'зам. начальника отдела продаж, елки'],
    ['Directeur\u00a0Général', 'directeur general'],
    ['c-level', 'c-level'],
    ['VP, Sales', 'vp, sales'],
  ])('%j → %j', (input, folded) => {
    expect(foldText(input)).toBe(folded);
  });

  it('a value that folds to nothing is missing', () => {
    expect(foldValue('   ')).toBeUndefined();
    expect(foldValue('\u0301')).toBeUndefined();
    expect(foldValue(42)).toBeUndefined();
    expect(foldValue(' x ')).toBe('x');
  });

  it('is idempotent on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (s) => {
        const once = foldText(s);
        expect(foldText(once)).toBe(once);
      }),
    );
  });
});

describe('seniorityOf', () => {
  it.each([
    // English
    ['CEO', 'c-level'],
    ['Co-Founder & CEO', 'c-level'],
    ['Chief Revenue Officer', 'c-level'],
    ['Owner', 'c-level'],
    ['Managing Director', 'c-level'],
    ['President', 'c-level'],
    ['VP of Sales', 'vp'],
    ['Vice-President, Sales', 'vp'],
    ['Senior Vice President', 'vp'],
    ['SVP Revenue', 'vp'],
    ['Head of Sales', 'head'],
    ['Department Head', 'head'],
    ['Sales Director', 'director'],
    ['Director of Marketing', 'director'],
    ['Senior Account Manager', 'manager'],
    ['Sr. Manager', 'manager'],
    ['Senior Software Engineer', 'senior'],
    ['Tech Lead', 'senior'],
    ['Principal Consultant', 'senior'],
    ['Product Owner', 'senior'],
    ['Lead Generation Specialist', 'entry'],
    ['Account Executive', 'entry'],
    ['Executive Assistant to the CEO', 'entry'],
    ['Sales Intern', 'entry'],
    ['Software Engineer', 'entry'],
    // Polish
    ['Prezes Zarządu', 'c-level'],
    ['Właściciel', 'c-level'],
    ['Dyrektor Generalny', 'c-level'],
    ['Członek Zarządu', 'c-level'],
    ['Wiceprezes Zarządu', 'vp'],
    ['Kierownik Działu Handlowego', 'head'],
    ['Szef sprzedaży', 'head'],
    ['Dyrektor Sprzedaży', 'director'],
    ['Kierownik projektu', 'manager'],
    ['Menedżer ds. sprzedaży', 'manager'],
    ['Starszy specjalista', 'senior'],
    ['Asystentka zarządu', 'entry'],
    ['Zastępca Prezesa Zarządu', 'vp'],
    ['Zastępca Dyrektora Generalnego', 'vp'],
    ['Zastępca dyrektora handlowego', 'director'],
    // German
    ['Geschäftsführer', 'c-level'],
    ['Mitgeschäftsführerin', 'c-level'],
    ['Inhaber', 'c-level'],
    ['Vertriebsleiter', 'head'],
    ['Leiterin Marketing', 'head'],
    ['Verkaufsdirektor', 'director'],
    ['Teamleiter Vertrieb', 'manager'],
    // French
    ['PDG', 'c-level'],
    ['Directeur Général', 'c-level'],
    ['Fondatrice', 'c-level'],
    ['Vice-Président Ventes', 'vp'],
    ['Directeur Commercial', 'director'],
    ['Responsable commercial', 'manager'],
    ['Chef de projet', 'manager'],
    // Spanish
    ['Director General', 'c-level'],
    ['Fundador', 'c-level'],
    ['Jefe de Ventas', 'head'],
    ['Directora Comercial', 'director'],
    ['Gerente de Ventas', 'manager'],
    // Romanian
    ['Fondator', 'c-level'],
    ['Vicepreședinte', 'vp'],
    ['Șef departament vânzări', 'head'],
    ['Director Vânzări', 'director'],
    ['Director General Adjunct', 'vp'],
    // Russian
    ['Генеральный директор', 'c-level'],
    ['Основатель', 'c-level'],
    ['Вице-президент', 'vp'],
    ['Руководитель отдела продаж', 'head'],
    ['Директор по продажам', 'director'],
    ['Менеджер по продажам', 'manager'],
    ['Заместитель генерального директора', 'vp'],
    ['Первый заместитель генерального директора', 'vp'],
    ['Заместитель директора по продажам', 'director'],
  ] as const)('%j → %s', (title, seniority) => {
    expect(seniorityOf(title)).toBe(seniority);
  });

  it('no title, or one with no words, has no seniority', () => {
    expect(seniorityOf(undefined)).toBeUndefined();
    expect(seniorityOf('')).toBeUndefined();
    expect(seniorityOf('  — ')).toBeUndefined();
  });

  it('answers one of SENIORITIES or undefined for any text, without throwing', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (s) => {
        const level = seniorityOf(s);
        expect(level === undefined || (SENIORITIES as readonly string[]).includes(level)).toBe(true);
      }),
    );
  });
});

describe('companySizeOf (lower bound of the band)', () => {
  it.each([
    ['2-10', 2],
    ['2-10 employees', 2],
    ['201-500 employees', 201],
    ['501-1,000 employees', 501],
    ['1,001-5,000 employees', 1001],
    ['10,001+ employees', 10001],
    ['51–200 pracowników', 51],
    ['1 001–5 000 salariés', 1001],
    ['1.001-5.000 Mitarbeiter', 1001],
    ['10\u00a0001+', 10001],
    ['0-1 employees', 0],
    ['Self-employed', 1],
    ['under 10', 1],
    ['<10', 1],
    ['do 10 pracowników', 1],
    ['10k+', 10000],
    ['2.5k', 2500],
    ['51 kierowników', 51],
    ['Company size: 51-200', 51],
    ['SMB', undefined],
    ['', undefined],
    [undefined, undefined],
    ['12345678901234567890', undefined],
  ] as const)('%j → %s', (band, size) => {
    expect(companySizeOf(band)).toBe(size);
  });

  it('is a non-negative safe integer or undefined for any text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 30 }), fc.stringMatching(/^[0-9 ,.+k–-]{0,20}$/)), (s) => {
        const size = companySizeOf(s);
        expect(size === undefined || (Number.isSafeInteger(size) && size >= 0)).toBe(true);
      }),
    );
  });
});

describe('sizeRangeOf (a persona term that is itself a band)', () => {
  it.each([
    ['51-200', { min: 51, max: 200 }],
    ['201 – 500 employees', { min: 201, max: 500 }],
    ['51 to 200', { min: 51, max: 200 }],
    ['1,001-5,000', { min: 1001, max: 5000 }],
    ['10,001+', { min: 10001, max: Number.POSITIVE_INFINITY }],
    ['500', undefined],
    ['SMB', undefined],
    ['200-51', undefined],
    ['about 51-200', undefined],
  ] as const)('%j → %j', (term, range) => {
    expect(sizeRangeOf(term)).toEqual(range);
  });
});
