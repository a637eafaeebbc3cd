import { afterEach, describe, expect, it } from 'vitest';
import { draftFrom, deriveDraft } from '@/components/pipeline/draft';
import { CATALOGS } from '@/lib/i18n/all-catalogs';
import { localizePipeline, localizeRuleSet, unlocalizePipeline, unlocalizeRuleSet } from '@/lib/i18n/default-names';
import { activateMessages } from '@/lib/i18n/runtime';
import { DEFAULT_PIPELINE } from '@/lib/pipeline/defaults';
import { DEFAULT_RULESET } from '@/lib/scoring/defaults';
import { formFromRuleSet, validateForm } from '@/lib/ui/scoring-editor-store';

afterEach(() => activateMessages('en', CATALOGS.en));

// A shipped name typed back or pasted in decomposed form (a macOS document, a PDF: "ș" as "s"
// plus a comma below) reads the same as the shipped name in the rep's language: it is the shipped
// name, so it must keep following the language, not freeze as that language's text.
describe('the shipped name in the rep’s language, in another Unicode form', () => {
  it('ro: a stage name pasted decomposed (NFD) is stored as shipped', () => {
    activateMessages('ro', CATALOGS.ro);
    const draft = draftFrom(localizePipeline(DEFAULT_PIPELINE));
    draft.names.won = CATALOGS.ro['default.stage.won'].normalize('NFD');
    const derived = deriveDraft(draft);
    expect(derived.valid).toBe(true);
    expect(unlocalizePipeline(derived.pipeline).stages.find((s) => s.id === 'won')).toEqual(DEFAULT_PIPELINE.stages.find((s) => s.id === 'won'));
  });

  it('pl: a rule name typed back decomposed (NFD) is stored as shipped', () => {
    activateMessages('pl', CATALOGS.pl);
    const form = formFromRuleSet(localizeRuleSet(DEFAULT_RULESET));
    form.rules[0]!.name = CATALOGS.pl['default.rule.pricing-visited'].normalize('NFD');
    const valid = validateForm(form);
    if (!valid.ok) throw new Error('invalid');
    expect(unlocalizeRuleSet(valid.ruleSet).rules[0]).toEqual(DEFAULT_RULESET.rules[0]);
  });
});
