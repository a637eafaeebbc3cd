import { afterEach, describe, expect, it } from 'vitest';
import { draftFrom, deriveDraft } from '@/components/pipeline/draft';
import { getPipeline, getScoring, saveRuleSet } from '@/lib/db/settings';
import { listSequences, saveSequence } from '@/lib/db/sequences';
import { savePipeline } from '@/lib/db/stage';
import { CATALOGS } from '@/lib/i18n/all-catalogs';
import { localizePipeline, localizeRuleSet, localizeSequence, unlocalizePipeline, unlocalizeRuleSet, unlocalizeSequence } from '@/lib/i18n/default-names';
import { activateMessages } from '@/lib/i18n/runtime';
import { DEFAULT_PIPELINE } from '@/lib/pipeline/defaults';
import type { PipelineSettings } from '@/lib/pipeline/schema';
import { DEFAULT_RULESET } from '@/lib/scoring/defaults';
import { exportRuleSet, importRuleSet } from '@/lib/scoring/rules-file';
import type { RuleSet } from '@/lib/scoring/schema';
import { defaultSequences } from '@/lib/sequences/defaults';
import { checkDraft, draftOf } from '@/lib/sequences/draft';
import type { Sequence } from '@/lib/sequences/schema';
import { backupJson, exportBackup, importBackup } from '@/lib/transfer/backup';
import { formFromRuleSet, validateForm } from '@/lib/ui/scoring-editor-store';
import { freshDb, NOW } from './helpers/db';

const pl = CATALOGS.pl;
const use = (locale: 'en' | 'pl' | 'ru') => activateMessages(locale, CATALOGS[locale]);
afterEach(() => use('en'));

const SEQ = defaultSequences(NOW)[0]!;
const STEP = SEQ.steps[0]!;
const RULE = DEFAULT_RULESET.rules[0]!;

/** The stages form: the pipeline as shown, `name` typed for a stage, saved (as PipelineOptions does). */
function saveStages(stored: PipelineSettings, id: string, name: string, probability?: [string, string]): PipelineSettings {
  const draft = draftFrom(localizePipeline(stored));
  draft.names[id] = name;
  if (probability) draft.probabilities[probability[0]] = probability[1];
  const derived = deriveDraft(draft);
  expect(derived.valid).toBe(true);
  return unlocalizePipeline(derived.pipeline);
}
const stageShown = (p: PipelineSettings, id: string) => localizePipeline(p).stages.find((s) => s.id === id)?.name;

/** The scoring form: the rules as shown, edited, validated and saved (as ScoringSection does). */
function saveRules(stored: RuleSet, edit: (form: ReturnType<typeof formFromRuleSet>) => void): RuleSet {
  const form = formFromRuleSet(localizeRuleSet(stored));
  edit(form);
  const valid = validateForm(form);
  if (!valid.ok) throw new Error(JSON.stringify(valid.errors));
  return unlocalizeRuleSet(valid.ruleSet);
}

/** The sequence form, as SequencesOptions saves it. */
function saveSeq(stored: Sequence, edit: (draft: ReturnType<typeof draftOf>) => void): Sequence {
  const draft = draftOf(localizeSequence(stored));
  edit(draft);
  const checked = checkDraft(draft, NOW + 1);
  if (!checked.sequence) throw new Error(JSON.stringify(checked.errors));
  return unlocalizeSequence(checked.sequence);
}

describe('a shipped name renamed to the shipped English in another language', () => {
  it('stage: a Polish rep renaming "Wygrany" to "Won" sees "Won", in every language', () => {
    use('pl');
    const saved = saveStages(DEFAULT_PIPELINE, 'won', 'Won');
    expect(stageShown(saved, 'won')).toBe('Won');
    use('ru');
    expect(stageShown(saved, 'won')).toBe('Won');
  });

  it('stage: saving the pipeline in English afterwards keeps the rename', () => {
    use('pl');
    const renamed = saveStages(DEFAULT_PIPELINE, 'won', 'Won');
    use('en');
    const later = saveStages(renamed, 'trial', 'Product trial', ['trial', '65']);
    use('pl');
    expect(stageShown(later, 'won')).toBe('Won');
    expect(stageShown(later, 'trial')).toBe(pl['default.stage.trial']);
  });

  it('stage: renamed back to the Polish shipped name, it is shipped again and follows the language', () => {
    use('pl');
    const renamed = saveStages(DEFAULT_PIPELINE, 'won', 'Won');
    const back = saveStages(renamed, 'won', pl['default.stage.won']);
    expect(back.stages.find((s) => s.id === 'won')).toEqual(DEFAULT_PIPELINE.stages.find((s) => s.id === 'won'));
    use('en');
    expect(stageShown(back, 'won')).toBe('Won');
  });

  it('stage: typed with surrounding spaces, it is still the rename', () => {
    use('pl');
    expect(stageShown(saveStages(DEFAULT_PIPELINE, 'won', '  Won  '), 'won')).toBe('Won');
  });

  it('untouched and English-UI saves add no flag, so older data reads as before', () => {
    use('en');
    const saved = saveStages(DEFAULT_PIPELINE, 'trial', 'Product trial', ['trial', '65']);
    expect(saved.stages.some((s) => 'renamed' in s)).toBe(false);
    use('pl');
    expect(stageShown(saved, 'won')).toBe(pl['default.stage.won']);
  });

  it('rule and persona: renamed to the English in Polish, kept through a save in English', () => {
    use('pl');
    const renamed = saveRules(DEFAULT_RULESET, (form) => {
      form.rules[0]!.name = RULE.name;
      form.persona.name = ` ${DEFAULT_RULESET.persona.name} `;
    });
    use('en');
    const later = saveRules(renamed, (form) => void (form.thresholds.mql = '12'));
    use('pl');
    const shown = localizeRuleSet(later);
    expect(shown.rules[0]!.name).toBe(RULE.name);
    expect(shown.persona.name).toBe(DEFAULT_RULESET.persona.name);
    expect(shown.rules[1]!.name).toBe(pl[`default.rule.${DEFAULT_RULESET.rules[1]!.id}` as keyof typeof pl]);
  });

  it('sequence: name, step title and template renamed to the English in Polish, kept through a save in English', () => {
    use('pl');
    const renamed = saveSeq(SEQ, (draft) => {
      draft.name = SEQ.name;
      draft.steps[0]!.title = STEP.title;
      draft.steps[0]!.template = STEP.template;
    });
    use('en');
    const later = saveSeq(renamed, (draft) => void (draft.steps[1]!.delay = '4'));
    use('pl');
    const shown = localizeSequence(later);
    expect([shown.name, shown.steps[0]!.title, shown.steps[0]!.template]).toEqual([SEQ.name, STEP.title, STEP.template]);
    expect(shown.steps[1]!.title).toBe(pl[`default.seq.${SEQ.id}.${SEQ.steps[1]!.id}` as keyof typeof pl]);
  });

  it('rules file: the flags go out and come back in', () => {
    use('pl');
    const renamed = saveRules(DEFAULT_RULESET, (form) => void (form.rules[0]!.name = RULE.name));
    use('en');
    const imported = importRuleSet(exportRuleSet(renamed, NOW));
    if (!imported.ok) throw new Error('refused');
    use('pl');
    expect(localizeRuleSet(imported.ruleSet).rules[0]!.name).toBe(RULE.name);
  });

  it('backup: the stored flags survive an export and a restore', { timeout: 30_000 }, async () => {
    use('pl');
    const db = freshDb();
    await savePipeline(db, saveStages(await getPipeline(db), 'won', 'Won'), [], NOW);
    await saveRuleSet(db, saveRules((await getScoring(db)).ruleSet, (form) => void (form.rules[0]!.name = RULE.name)), NOW);
    await saveSequence(db, saveSeq(SEQ, (draft) => void (draft.name = SEQ.name)));
    const json = backupJson(await exportBackup(db, NOW));
    const other = freshDb();
    expect((await importBackup(other, json, 'replace', NOW + 1)).ok).toBe(true);
    expect(stageShown(await getPipeline(other), 'won')).toBe('Won');
    expect(localizeRuleSet((await getScoring(other)).ruleSet).rules[0]!.name).toBe(RULE.name);
    expect(localizeSequence((await listSequences(other)).find((s) => s.id === SEQ.id)!).name).toBe(SEQ.name);
  });
});
