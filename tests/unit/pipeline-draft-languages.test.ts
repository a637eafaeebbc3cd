import { afterEach, describe, expect, it } from 'vitest';
import { deriveDraft, draftFrom, nameTaken } from '@/components/pipeline/draft';
import { CATALOGS } from '@/lib/i18n/all-catalogs';
import { localizePipeline, unlocalizePipeline } from '@/lib/i18n/default-names';
import { activateMessages } from '@/lib/i18n/runtime';
import { DEFAULT_PIPELINE } from '@/lib/pipeline/defaults';

/**
 * An untouched shipped stage shows another name in each language: a name the rep gives another
 * stage must not be one of those, or the editor in that language refuses every save.
 */

afterEach(() => activateMessages('en', CATALOGS.en));

function editorIn(locale: 'en' | 'pl' | 'ro' | 'ru', pipeline = DEFAULT_PIPELINE) {
  activateMessages(locale, CATALOGS[locale]);
  return draftFrom(localizePipeline(pipeline));
}

describe('stage names that clash in another language', () => {
  it('pl: renaming "Rozmowa wstępna" to "Qualified" is refused while the shipped qualified stage is untouched', () => {
    const draft = editorIn('pl');
    draft.names.discovery = 'Qualified';
    const derived = deriveDraft(draft);
    expect(derived.valid).toBe(false);
    expect(derived.errors.discovery?.name).toBe('duplicate-name-other-language');
    expect(derived.errors.qualified).toBeUndefined();
  });

  it.each([
    ['pl', 'Calificat'],
    ['pl', 'квалифицирован'],
    ['en', 'Zakwalifikowany'],
    ['ru', 'won'],
  ] as const)('%s: "%s" on another stage is refused too', (locale, name) => {
    const draft = editorIn(locale);
    draft.names.trial = name;
    expect(deriveDraft(draft).errors.trial?.name).toBe('duplicate-name-other-language');
  });

  it('a name the rep had saved that way is refused in English as well as in Polish, on the renamed stage', () => {
    activateMessages('pl', CATALOGS.pl);
    const pl = editorIn('pl');
    pl.names.discovery = 'Qualified';
    const saved = unlocalizePipeline({ ...DEFAULT_PIPELINE, stages: deriveDraft(pl).pipeline.stages });
    const en = deriveDraft(editorIn('en', saved));
    expect(en.valid).toBe(false);
    expect(en.errors.discovery?.name).toBeDefined();
  });

  it.each([
    ['pl', 'discovery', 'Discovery call'],
    ['pl', 'discovery', 'Apel de descoperire'],
    ['pl', 'qualified', 'Qualified'],
    ['ro', 'qualified', 'Zakwalifikowany'],
    ['en', 'demo', 'Demo'],
  ] as const)('%s: renaming %s to "%s" (its own name elsewhere, or no other stage’s) is accepted', (locale, id, name) => {
    const draft = editorIn(locale);
    draft.names[id] = name;
    expect(deriveDraft(draft).valid).toBe(true);
  });

  it('renaming the untouched stage away frees its names in every language', () => {
    const draft = editorIn('pl');
    draft.names.discovery = 'Qualified';
    draft.names.qualified = 'Kwalifikacja';
    expect(deriveDraft(draft).valid).toBe(true);
  });

  it('adding a stage: a name another stage shows in another language is refused', () => {
    const draft = editorIn('pl');
    const { pipeline } = deriveDraft(draft);
    expect(nameTaken(pipeline, draft.names, 'Qualified')).toBe('duplicate-name-other-language');
    expect(nameTaken(pipeline, draft.names, 'zakwalifikowany')).toBe('duplicate-name');
    expect(nameTaken(pipeline, draft.names, 'Pilot')).toBeUndefined();
  });
});
