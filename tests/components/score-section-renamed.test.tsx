import { render, screen, within } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { DbProvider } from '../../components/db-context';
import { ScoreSection } from '../../components/ScoreSection';
import { getScoring, saveRuleSet } from '../../lib/db/settings';
import { CATALOGS } from '../../lib/i18n/all-catalogs';
import { activateMessages } from '../../lib/i18n/runtime';
import { freshDb, NOW } from '../unit/helpers/db';
import { leadRecord } from '../unit/helpers/lead';

afterEach(() => activateMessages('en', CATALOGS.en));

// A shipped rule renamed to its English name in Polish (flagged `renamed`) reads as typed in the
// lead's score breakdown too, not only on the options page.
it('the score breakdown shows a rule renamed to the shipped English as typed', async () => {
  activateMessages('pl', CATALOGS.pl);
  const db = freshDb();
  const { ruleSet } = await getScoring(db);
  const rules = ruleSet.rules.map((r) => (r.id === 'inaccurate-data' ? { ...r, name: 'Inaccurate company data', renamed: true } : r));
  await saveRuleSet(db, { ...ruleSet, rules }, NOW);
  render(
    <DbProvider db={db}>
      <ScoreSection lead={leadRecord({ tags: ['inaccurate data'] })} />
    </DbProvider>,
  );
  const breakdown = await screen.findByRole('list', { name: CATALOGS.pl['score.breakdown'] });
  expect(within(breakdown).getByText('Inaccurate company data')).toBeTruthy();
});
