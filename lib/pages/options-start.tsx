import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { OptionsProps } from '@/components/OptionsApp';
import { OptionsFirstView, type FirstScoring } from '@/components/options/OptionsFirstView';
import { readScoringRowsAsStored } from '../db/first-read';
import { rescoreJobOf, scoringOf } from '../db/settings';
import { t } from '../i18n';
import { loadPageLanguage, reloadOnLanguageChange } from '../i18n/load';
import { optionsFirstView } from '../i18n/options-first-view';
import { sectionFromHash } from '../options/sections';
// The design tokens first: every stylesheet after them reads their variables.
import '@/components/tokens.css';
import '@/components/styles.css';

/**
 * The options page's start (issue 15): the scoring section, which an empty hash shows, is
 * on screen before Dexie, the write layer and the other sections load. Its rules are read
 * with plain IndexedDB (lib/db/first-read.ts) while the first view's strings load, and
 * parsed with the schemas Dexie's reads use (the editor needs them anyway); then the live
 * page (lib/pages/mount's database gate, live queries) takes over and draws the same.
 * When they cannot be read that way (no database yet, an upgrade to run), or another
 * section is asked for, the live page draws everything, as other pages do.
 */
export function startOptions(props: OptionsProps): void {
  reloadOnLanguageChange();
  const scoringFirst = sectionFromHash(location.hash) === 'scoring';
  void Promise.all([loadPageLanguage(optionsFirstView), scoringFirst ? firstScoring() : undefined]).then(([, first]) => {
    document.title = t('app.name');
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <OptionsFirstView first={first} {...props} />
      </StrictMode>,
    );
  });
}

async function firstScoring(): Promise<FirstScoring | undefined> {
  const rows = await readScoringRowsAsStored().catch(() => undefined);
  return rows && { ruleSet: scoringOf(rows.scoring).ruleSet, job: rescoreJobOf(rows.job), anyLead: rows.anyLead };
}
