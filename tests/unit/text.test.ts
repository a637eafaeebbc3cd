import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanLine, normalizeEmail } from '../../lib/schema/text';

describe('cleanLine', () => {
  it('removes bidi overrides and control characters', () => {
    expect(cleanLine('Ja\u202Ene\u0007 Doe', 50)).toBe('Jane Doe');
  });
  it('cuts to the limit without splitting a surrogate pair', () => {
    expect(cleanLine('ab😀', 3)).toBe('ab');
  });
  it('normalizes e-mail', () => {
    expect(normalizeEmail('mailto:Jane.Doe@Example.COM?subject=hi')).toBe('jane.doe@example.com');
    expect(normalizeEmail('not an email')).toBeUndefined();
  });
  it('keeps addresses at domains in other scripts (Russian .рф, Polish letters)', () => {
    expect(normalizeEmail('Info@Пример.РФ')).toBe('info@пример.рф');
    expect(normalizeEmail('biuro@żabka.pl')).toBe('biuro@żabka.pl');
    expect(normalizeEmail('a@-пример.рф')).toBeUndefined();
    expect(normalizeEmail('a@пример')).toBeUndefined();
  });
  it('never keeps a control character decoded from a percent escape', () => {
    expect(normalizeEmail('%00@a.aa')).toBeUndefined();
    expect(normalizeEmail('a%00b@a.aa')).toBe('ab@a.aa');
  });
  it('is stable: a normalized address normalizes to itself (backups and exports read back the same)', () => {
    const input = fc.oneof(fc.emailAddress(), fc.string(), fc.string({ unit: 'binary' }).map((s) => `${s}@example.com`));
    fc.assert(
      fc.property(input, (raw) => {
        const once = normalizeEmail(raw);
        if (once !== undefined) expect(normalizeEmail(once)).toBe(once);
      }),
      // Found by fast-check: a decoded "%3f" was a "?" the second reading cut at.
      { numRuns: 2000, examples: [['%3fa.a@a.aa']] },
    );
  });
});
