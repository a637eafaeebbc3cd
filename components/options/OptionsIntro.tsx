import type { ReactNode } from 'react';
import { t, type MessageKey } from '@/lib/i18n';
import { OPTIONS_SECTIONS, type OptionsSection } from '@/lib/options/sections';
import { LanguagePicker } from '../LanguagePicker';
import type { OptionsPart } from './OptionsLayout';

/** The page's header: the same in the first view (options-start) and the live page, which adds the demo offer. */
export function OptionsIntro({ shortcut, demo }: { shortcut: string | undefined; demo?: ReactNode }) {
  return (
    <>
      <h1>{t('options.title')}</h1>
      <LanguagePicker />
      <p>{t('options.welcome', { shortcut: shortcut || t('options.shortcutNone') })}</p>
      {demo}
    </>
  );
}

/** The navigation's parts, each with the content the page has for it. */
export function optionsParts(content: Partial<Record<OptionsSection, ReactNode>>): OptionsPart[] {
  return OPTIONS_SECTIONS.map((id) => ({ id, label: t(`options.section.${id}` as MessageKey), content: content[id] }));
}

