import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGS } from '@/lib/i18n/all-catalogs';
import { parseContentMessages, pickContentMessages } from '@/lib/i18n/content-messages';

/** The keys the content script's code names, literally or by a `prefix.${…}` template. */
function keysNamedIn(dir: string): { exact: string[]; prefixes: string[] } {
  const exact = new Set<string>();
  const prefixes = new Set<string>();
  for (const file of readdirSync(dir)) {
    const source = readFileSync(join(dir, file), 'utf8');
    for (const [, key] of source.matchAll(/\bt\('([a-zA-Z]+\.[\w.-]+)'/g)) exact.add(key!);
    for (const [, prefix] of source.matchAll(/\bt\(`([a-zA-Z]+\.)\$\{/g)) prefixes.add(prefix!);
  }
  return { exact: [...exact], prefixes: [...prefixes] };
}

describe('the strings handed to the LinkedIn content script', () => {
  it('hold every key its code asks for, in every language', () => {
    const { exact, prefixes } = keysNamedIn(join(process.cwd(), 'lib', 'content'));
    expect(exact.length).toBeGreaterThan(10);
    for (const [locale, catalog] of Object.entries(CATALOGS)) {
      const { messages } = pickContentMessages(locale, catalog);
      expect(exact.filter((key) => !(key in messages)), locale).toEqual([]);
      for (const prefix of prefixes) expect(Object.keys(messages).some((key) => key.startsWith(prefix)), `${locale} ${prefix}`).toBe(true);
    }
  });

  it('stay a small part of the catalog (the content script carries only these)', () => {
    const { messages } = pickContentMessages('pl', CATALOGS.pl);
    expect(Object.keys(messages).length).toBeLessThan(Object.keys(CATALOGS.pl).length / 4);
  });

  it('are read back only in their own shape', () => {
    expect(parseContentMessages({ locale: 'ru', messages: { 'capture.saveLead': 'Сохранить', bad: 3 } })).toEqual({ locale: 'ru', messages: { 'capture.saveLead': 'Сохранить' } });
    expect(parseContentMessages({ locale: '<script>', messages: {} })).toBeUndefined();
    expect(parseContentMessages('pl')).toBeUndefined();
  });
});
