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
});
