import { afterEach, describe, expect, it } from 'vitest';
import { formatMoney } from '@/lib/pipeline/deal-input';
import { formatDuration, formatShare, formatUnit } from '@/components/format';
import { activateMessages } from '@/lib/i18n/runtime';
import { en } from '@/lib/i18n/en';
import { CATALOGS } from '@/lib/i18n/all-catalogs';
import { resolveLocale, supportedLocale } from '@/lib/i18n/locales';

// Intl writes no-break spaces (U+00A0, U+202F) where a line must not break; compare with plain ones.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

afterEach(() => activateMessages('en', en));

describe('numbers, money and durations in the rep’s language', () => {
  it('writes money as each language does; deals keep their own currency', () => {
    expect(plain(formatMoney(1785.71, 'USD', 'pl'))).toBe('1785,71 USD');
    expect(plain(formatMoney(1785.71, 'USD', 'ro'))).toBe('1.785,71 USD');
    expect(plain(formatMoney(1785.71, 'USD', 'ru'))).toBe('1 785,71 USD');
    expect(plain(formatMoney(1785.71, 'USD', 'en'))).toBe('$1,785.71');
    // A reader's own currency keeps its sign.
    expect(plain(formatMoney(12000, 'PLN', 'pl'))).toBe('12 000 zł');
    expect(plain(formatMoney(12000, 'RUB', 'ru'))).toBe('12 000 ₽');
    // Romanian readers call theirs "lei", not by its code.
    expect(plain(formatMoney(1785.71, 'RON', 'ro'))).toBe('1.785,71 lei');
    expect(plain(formatMoney(1785.71, 'RON', 'ro-RO'))).toBe('1.785,71 lei');
    expect(plain(formatMoney(1785.71, 'PLN', 'pl'))).toBe('1785,71 zł');
    expect(plain(formatMoney(1785.71, 'EUR', 'ro'))).toBe('1.785,71 EUR');
  });

  it('says days, hours and minutes with CLDR plurals', () => {
    activateMessages('pl', {});
    expect(plain(formatUnit(1, 'day'))).toBe('1 dzień');
    expect(plain(formatUnit(3, 'day'))).toBe('3 dni');
    expect(plain(formatUnit(2.5, 'day'))).toBe('2,5 dnia');
    activateMessages('ru', {});
    expect(plain(formatUnit(5, 'day'))).toBe('5 дней');
    expect(plain(formatDuration(90 * 60_000))).toBe('1,5 ч');
    activateMessages('ro', {});
    expect(plain(formatUnit(20, 'day'))).toBe('20 de zile');
    expect(plain(formatShare(0.25))).toBe('25 %');
  });

  it('says working days with each language’s plural, fractions included', () => {
    const hours = (h: number) => h * 3_600_000;
    activateMessages('pl', CATALOGS.pl);
    expect(plain(formatDuration(hours(16), { businessHours: true }))).toBe('2 dni robocze');
    expect(plain(formatDuration(hours(60), { businessHours: true }))).toBe('7,5 dnia roboczego');
    expect(plain(formatDuration(hours(40), { businessHours: true }))).toBe('5 dni roboczych');
    activateMessages('ru', CATALOGS.ru);
    expect(plain(formatDuration(hours(40), { businessHours: true }))).toBe('5 рабочих дней');
    expect(plain(formatDuration(hours(24), { businessHours: true }))).toBe('3 рабочих дня');
    activateMessages('ro', CATALOGS.ro);
    expect(plain(formatDuration(hours(160), { businessHours: true }))).toBe('20 de zile lucrătoare');
  });

  it('follows the browser language unless the rep picked one', () => {
    expect(supportedLocale('pl-PL')).toBe('pl');
    expect(supportedLocale('ru')).toBe('ru');
    expect(supportedLocale('de-DE')).toBe('en');
    expect(resolveLocale('auto', 'ro-RO')).toBe('ro');
    expect(resolveLocale('ru', 'pl-PL')).toBe('ru');
    expect(resolveLocale('xx', 'pl-PL')).toBe('pl');
  });
});
