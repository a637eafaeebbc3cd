import { describe, expect, it } from 'vitest';
import { formatDateInput, formatDealInput, formatMoney, parseCloseDate, parseDealValue } from '../../lib/pipeline/deal-input';

describe('parseDealValue', () => {
  it.each([
    ['25000', 'en', 25_000],
    ['25 000', 'en', 25_000],
    ['25,000', 'en', 25_000],
    ['25,000.50', 'en', 25_000.5],
    ['1,234,567.89', 'en-US', 1_234_567.89],
    ['12,34,567', 'en-IN', 1_234_567],
    ['.5', 'en', 0.5],
    ['0', 'en', 0],
    ['+100', 'en', 100],
    ['25.000,50', 'pl', 25_000.5],
    ['25 000,50', 'pl', 25_000.5],
    ['25\u00a0000,50', 'pl-PL', 25_000.5],
    ['25000,5', 'pl', 25_000.5],
    ['25.000,50', 'de', 25_000.5],
    ['25.000', 'de-DE', 25_000],
    ['1.000.000', 'de', 1_000_000],
    ["25'000.50", 'de-CH', 25_000.5],
    ['19.9999', 'en', 20], // rounded to cents
    ['0.125', 'en', 0.13], // no thousands grouping starts with 0
    ['1234,567', 'pl', 1234.57], // nor has four digits before the separator
    ['25.000', 'pl', 25_000], // the grouping separator
    ['1000000000000', 'en', 1e12],
  ])('reads %s in %s', (text, locale, value) => {
    expect(parseDealValue(text, locale)).toEqual({ ok: true, value });
  });

  it('treats empty as no value', () => {
    expect(parseDealValue('', 'en')).toEqual({ ok: true, value: undefined });
    expect(parseDealValue('   ', 'pl')).toEqual({ ok: true, value: undefined });
  });

  it.each([
    ['-5', 'en', 'negative'],
    ['\u22125 000', 'pl', 'negative'],
    ['- 1,000', 'en', 'negative'],
    ['abc', 'en', 'not-a-number'],
    ['-abc', 'en', 'not-a-number'],
    ['1e5', 'en', 'not-a-number'],
    ['Infinity', 'en', 'not-a-number'],
    ['NaN', 'en', 'not-a-number'],
    ['$100', 'en', 'not-a-number'],
    ['12.5.3', 'en', 'not-a-number'],
    ['25,5', 'en', 'not-a-number'],
    ['1.5', 'de', 'not-a-number'],
    ['25.000,50', 'en', 'not-a-number'],
    ['1,,000', 'en', 'not-a-number'],
    ['.', 'en', 'not-a-number'],
    ['-', 'en', 'not-a-number'],
    ['<b>5</b>', 'en', 'not-a-number'],
    ['1000000000001', 'en', 'absurd'],
    ['999 999 999 999 999', 'pl', 'absurd'],
    ['9'.repeat(400), 'en', 'absurd'],
    // Three decimals after one to three digits: thousands elsewhere, so asked rather than read as 25.
    ['25,000', 'pl', 'ambiguous'],
    ['1,500', 'ro', 'ambiguous'],
    ['25.000', 'en', 'ambiguous'],
    ['19.999', 'en', 'ambiguous'],
    ['-25,000', 'ru', 'ambiguous'],
  ])('refuses %s in %s as %s', (text, locale, error) => {
    expect(parseDealValue(text, locale)).toEqual({ ok: false, error });
  });

  it('rounds to cents and falls back to English for an unknown locale', () => {
    expect(parseDealValue('10.0051', 'en')).toEqual({ ok: true, value: 10.01 });
    expect(parseDealValue('1,000.5', 'not a locale!')).toEqual({ ok: true, value: 1000.5 });
  });

  it('reads back what formatDealInput writes', () => {
    for (const locale of ['en', 'pl', 'de', 'de-CH', 'fr', 'ru']) {
      for (const value of [0, 7, 1234.5, 25_000.5, 999_999_999]) {
        expect(parseDealValue(formatDealInput(value, locale), locale)).toEqual({ ok: true, value });
      }
    }
    expect(formatDealInput(undefined, 'en')).toBe('');
  });
});

describe('parseCloseDate', () => {
  const created = new Date(2025, 2, 10, 15, 30).getTime();
  const now = new Date(2025, 5, 1, 12, 0).getTime();

  it('reads a date as local midnight of that day', () => {
    expect(parseCloseDate('2025-09-30', created, now)).toEqual({ ok: true, value: new Date(2025, 8, 30).getTime() });
    // The day the lead was created is allowed, even though midnight is earlier.
    expect(parseCloseDate('2025-03-10', created, now)).toEqual({ ok: true, value: new Date(2025, 2, 10).getTime() });
    expect(parseCloseDate('', created, now)).toEqual({ ok: true, value: undefined });
    expect(parseCloseDate('2035-06-01', created, now)).toEqual({ ok: true, value: new Date(2035, 5, 1).getTime() });
  });

  it('refuses a day before the lead existed', () => {
    expect(parseCloseDate('2025-03-09', created, now)).toEqual({ ok: false, error: 'before-lead' });
    expect(parseCloseDate('1999-01-01', created, now)).toEqual({ ok: false, error: 'before-lead' });
  });

  it('refuses more than ten years ahead', () => {
    expect(parseCloseDate('2035-06-02', created, now)).toEqual({ ok: false, error: 'too-far' });
    expect(parseCloseDate('9999-12-31', created, now)).toEqual({ ok: false, error: 'too-far' });
  });

  it('refuses dates that do not exist or are not dates', () => {
    for (const text of ['2025-02-30', '2025-13-01', '2025-00-10', '2025-6-1', '01/06/2025', 'tomorrow', '2025-06-01T00:00', '<script>']) {
      expect(parseCloseDate(text, created, now)).toEqual({ ok: false, error: 'invalid' });
    }
  });

  it('formats a time for a date input', () => {
    expect(formatDateInput(new Date(2025, 0, 5, 23, 59).getTime())).toBe('2025-01-05');
    expect(formatDateInput(undefined)).toBe('');
  });
});

describe('formatMoney', () => {
  it('formats with Intl, without decimals for whole amounts', () => {
    expect(formatMoney(1000, 'USD', 'en-US')).toBe('$1,000');
    expect(formatMoney(600.5, 'USD', 'en-US')).toBe('$600.50');
    expect(formatMoney(25_000.5, 'PLN', 'pl-PL').replace(/\s/g, ' ')).toBe('25 000,50 zł');
    expect(formatMoney(1000, 'EUR', 'de-DE').replace(/\s/g, ' ')).toBe('1.000 €');
  });

  it('does not throw on a bad currency or locale', () => {
    expect(formatMoney(1000, 'usd!', 'en')).toBe('1,000 usd!');
    expect(formatMoney(1000, 'USD', 'not a locale!')).toBe('$1,000');
  });
});
