/**
 * The name a stage shows in each of the four languages. An untouched shipped stage follows the
 * language ("Qualified", "Zakwalifikowany"…); any other shows its text everywhere. The stages
 * editor needs all four: a name free in the rep's language may be another stage's in another,
 * and the editor in that language would then refuse every save. Only the options page imports
 * this (it holds the shipped names of all four catalogs; other pages load one).
 */
import { enDefaults } from './en-defaults';
import { LOCALES, type Locale } from './locales';
import { plDefaults } from './pl/defaults';
import { roDefaults } from './ro/defaults';
import { ruDefaults } from './ru/defaults';

const SHIPPED: Readonly<Record<Locale, Readonly<Record<string, string>>>> = { en: enDefaults, pl: plDefaults, ro: roDefaults, ru: ruDefaults };

type StoredStage = { id: string; name: string; renamed?: boolean | undefined };

/** Whether `stage` (as stored: unlocalizePipeline) is a shipped stage left as shipped, whose name changes with the language. */
export function followsLanguage(stage: StoredStage): boolean {
  return stage.renamed !== true && SHIPPED.en[`default.stage.${stage.id}`] === stage.name;
}

/** Every name `stage` (as stored) shows, one per language: the rep's own name shows as written in all four. */
export function stageNamesEverywhere(stage: StoredStage): string[] {
  if (!followsLanguage(stage)) return [stage.name];
  const key = `default.stage.${stage.id}`;
  return LOCALES.map((locale) => SHIPPED[locale][key] ?? stage.name);
}
