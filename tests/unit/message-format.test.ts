import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatMessage, isWellFormed, placeholders, pluralBranches } from '@/lib/i18n/message-format';

const LEADS_PL = '{count, plural, one {# lead} few {# leady} many {# leadów} other {# leada}}';

describe('ICU messages on CLDR plural rules', () => {
  it('fills placeholders as text and formats numbers for the locale', () => {
    expect(formatMessage('Saved {name}', { name: '<b>Ann</b>' }, 'en')).toBe('Saved <b>Ann</b>');
    expect(formatMessage('{n} rows', { n: 12345.5 }, 'en')).toBe('12,345.5 rows');
    // Polish groups only from five digits; Russian with a (narrow) no-break space; Romanian with a dot.
    expect(formatMessage('{n}', { n: 1785 }, 'pl')).toBe('1785');
    expect(formatMessage('{n}', { n: 12345 }, 'pl')).toBe('12\u00a0345');
    expect(formatMessage('{n}', { n: 12345 }, 'ro')).toBe('12.345');
    expect(formatMessage('{n}', { n: 12345 }, 'ru')).toMatch(/^12\s345$/u);
  });

  it('picks Polish one/few/many/other', () => {
    const say = (count: number) => formatMessage(LEADS_PL, { count }, 'pl');
    expect([1, 2, 4, 5, 12, 22, 25, 1.5].map(say)).toEqual(['1 lead', '2 leady', '4 leady', '5 leadów', '12 leadów', '22 leady', '25 leadów', '1,5 leada']);
  });

  it('picks Russian and Romanian categories', () => {
    const ru = '{count, plural, one {# лид} few {# лида} many {# лидов} other {# лида}}';
    expect([1, 21, 3, 11, 5].map((count) => formatMessage(ru, { count }, 'ru'))).toEqual(['1 лид', '21 лид', '3 лида', '11 лидов', '5 лидов']);
    const ro = '{count, plural, one {# lead} few {# leaduri} other {# de leaduri}}';
    expect([1, 2, 19, 20, 101].map((count) => formatMessage(ro, { count }, 'ro'))).toEqual(['1 lead', '2 leaduri', '19 leaduri', '20 de leaduri', '101 leaduri']);
  });

  it('prefers an exact =N branch, and nests placeholders and plurals inside branches', () => {
    const message = '{count, plural, =0 {No lead in {stage}} one {# lead in {stage}} other {# leads in {stage}, {days, plural, one {# day} other {# days}}}}';
    expect(formatMessage(message, { count: 0, stage: 'Won' }, 'en')).toBe('No lead in Won');
    expect(formatMessage(message, { count: 3, stage: 'Won', days: 1 }, 'en')).toBe('3 leads in Won, 1 day');
    expect([...placeholders(message)].sort()).toEqual(['count', 'days', 'stage']);
    expect(pluralBranches(message).get('count')).toEqual(new Set(['=0', 'one', 'other']));
  });

  it('keeps apostrophes as text and quotes braces the ICU way', () => {
    expect(formatMessage("don't {x}", { x: 'go' }, 'en')).toBe("don't go");
    expect(formatMessage("a '{'b'}'", {}, 'en')).toBe('a {b}');
    expect(formatMessage('# at the top level', {}, 'en')).toBe('# at the top level');
  });

  it('shows a malformed message as written, and flags it', () => {
    for (const bad of ['{count, plural, one {x}}', '{unclosed', 'a } b', '{count, plural, one {#} other {#}']) {
      expect(isWellFormed(bad)).toBe(false);
      expect(formatMessage(bad, { count: 1 }, 'en')).toBe(bad);
    }
  });

  it('never throws and never reads a value as syntax, whatever the template and values', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.double(), (template, text, n) => {
        const out = formatMessage(template, { name: text, count: n }, 'pl');
        expect(typeof out).toBe('string');
        // A value is inserted verbatim: syntax characters in it are not interpreted.
        expect(formatMessage('[{name}]', { name: text }, 'ru')).toBe(`[${text}]`);
      }),
    );
  });
});
