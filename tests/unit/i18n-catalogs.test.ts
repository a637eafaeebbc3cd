import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGS } from '@/lib/i18n/all-catalogs';
import { LOCALES } from '@/lib/i18n/locales';
import { isWellFormed, placeholders, pluralBranches } from '@/lib/i18n/message-format';
import type { MessageKey } from '@/lib/i18n';
import { activateMessages } from '@/lib/i18n/runtime';
import { localizePipeline, localizeRuleSet, localizeSequence, shippedDefaults } from '@/lib/i18n/default-names';
import { DEFAULT_PIPELINE } from '@/lib/pipeline/defaults';
import { DEFAULT_RULESET } from '@/lib/scoring/defaults';
import { defaultSequences } from '@/lib/sequences/defaults';

const en = CATALOGS.en;
const keys = Object.keys(en) as MessageKey[];

/** Messages that are names or codes, the same in every language (checked by hand, not guessed). */
const SAME_IN_EVERY_LANGUAGE = new Set<string>([
  'source.linkedin',
  'source.sales-navigator',
  // A file format's name.
  'found.vcard',
  // Sales acronyms reps use as they are in every one of these markets.
  'label.mql',
  'label.sql',
  'scoring.label.mql',
  'scoring.label.sql',
  // "MQL: 4 → 6": the acronym and figures only.
  'scoring.preview.mql',
  'scoring.preview.sql',
]);

/** Words spelled the same in a language as in English (a Polish CRM says "Tag" too; HubSpot's Polish and Romanian interfaces say "Lead"). */
const SAME_WORD: Partial<Record<string, readonly string[]>> = { pl: ['table.tag', 'crmLookup.stage.lead'], ro: ['crmLookup.stage.lead'] };

/** A message whose every letter sits in a placeholder (e.g. "{points}") has nothing to translate. */
const onlyPlaceholders = (text: string) => !/\p{L}/u.test(text.replace(/\{[^{}]*\}/g, ''));

describe.each(LOCALES)('the %s catalog', (locale) => {
  const catalog = CATALOGS[locale];
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;

  it('has exactly the English keys', () => {
    expect(Object.keys(catalog).sort()).toEqual([...keys].sort());
  });

  it('has well-formed messages with the English placeholders', () => {
    const wrong = keys.filter((key) => !isWellFormed(catalog[key]) || [...placeholders(catalog[key])].sort().join() !== [...placeholders(en[key])].sort().join());
    expect(wrong).toEqual([]);
  });

  it(`gives every plural all of its CLDR categories (${categories.join(', ')}), wherever English has a plural`, () => {
    const missing: string[] = [];
    for (const key of keys) {
      const own = pluralBranches(catalog[key]);
      for (const [name, branches] of own) {
        for (const category of categories) if (!branches.has(category)) missing.push(`${key}: ${name} lacks ${category}`);
      }
      for (const name of pluralBranches(en[key]).keys()) if (!own.has(name)) missing.push(`${key}: no plural for ${name}`);
    }
    expect(missing).toEqual([]);
  });

  it.skipIf(locale === 'en')('holds no English text left untranslated (names and codes excepted)', () => {
    const english = keys.filter((key) => catalog[key] === en[key] && !SAME_IN_EVERY_LANGUAGE.has(key) && !SAME_WORD[locale]?.includes(key) && !onlyPlaceholders(en[key]));
    expect(english).toEqual([]);
  });
});

describe.each(LOCALES)('the %s manifest strings (_locales)', (locale) => {
  const read = (code: string) => JSON.parse(readFileSync(join(process.cwd(), 'public', '_locales', code, 'messages.json'), 'utf8')) as Record<string, { message: string }>;

  it('name the extension, describe it within the stores’ limits, and name the shortcut', () => {
    const own = read(locale);
    expect(Object.keys(own).sort()).toEqual(Object.keys(read('en')).sort());
    // Chrome's manifest limits: a name of at most 75 characters, a description of at most 132.
    expect(own.extName!.message.length).toBeLessThanOrEqual(75);
    expect(own.extDescription!.message.length).toBeLessThanOrEqual(132);
    if (locale !== 'en') expect(own.extDescription!.message).not.toBe(read('en').extDescription!.message);
  });
});

describe('the shipped defaults (stages, sequences, rules, persona)', () => {
  it('are in the English catalog exactly as shipped, so an untouched default is recognised', () => {
    const inCatalog = Object.fromEntries(Object.entries(en).filter(([key]) => key.startsWith('default.')));
    expect(inCatalog).toEqual(Object.fromEntries(shippedDefaults()));
  });

  it('show in the rep’s language until renamed, then as the rep wrote them', () => {
    activateMessages('pl', CATALOGS.pl);
    try {
      const pipeline = localizePipeline({ ...DEFAULT_PIPELINE, stages: DEFAULT_PIPELINE.stages.map((s) => (s.id === 'demo' ? { ...s, name: 'Demo u klienta' } : s)) });
      expect(pipeline.stages.find((s) => s.id === 'won')?.name).toBe(CATALOGS.pl['default.stage.won']);
      expect(pipeline.stages.find((s) => s.id === 'demo')?.name).toBe('Demo u klienta');
      const [sequence] = defaultSequences(0).map(localizeSequence);
      expect(sequence?.steps[0]?.title).toBe(CATALOGS.pl['default.seq.default-linkedin-email-5.invite']);
      expect(sequence?.steps[0]?.template).toContain('{firstName}');
      expect(localizeRuleSet(DEFAULT_RULESET).persona.name).toBe(CATALOGS.pl['default.persona']);
    } finally {
      activateMessages('en', en);
    }
  });
});
