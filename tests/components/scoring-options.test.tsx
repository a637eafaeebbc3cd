import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { DbProvider } from '../../components/db-context';
import { ScoringOptions } from '../../components/ScoringOptions';
import { saveRuleSet } from '../../lib/db/settings';
import { DEFAULT_RULESET } from '../../lib/scoring/defaults';
import { freshDb, NOW } from '../unit/helpers/db';

/** The options page's scoring section when the live page takes over from its first view (lib/pages/options-start.tsx). */
describe('the scoring section after its first view', () => {
  it('draws what the first view read until its live reads answer, never "Loading…", then says it is live once', async () => {
    const db = freshDb();
    const stored = { ...DEFAULT_RULESET, thresholds: { mql: 10, sql: 87 } };
    await saveRuleSet(db, stored, NOW);
    const onLive = vi.fn();
    render(
      <DbProvider db={db}>
        <ScoringOptions save={vi.fn()} first={{ ruleSet: { ...stored, thresholds: { mql: 10, sql: 83 } }, job: undefined, anyLead: true }} onLive={onLive} />
      </DbProvider>,
    );
    // Drawn in the same turn as the mount, before any live read answers: the first view's rules.
    expect(screen.queryByText('Loading…')).toBeNull();
    expect(screen.getByDisplayValue('83')).toBeInTheDocument();
    // Then the rules in force, read live, and the page told once.
    expect(await screen.findByDisplayValue('87')).toBeInTheDocument();
    await waitFor(() => expect(onLive).toHaveBeenCalledTimes(1));
  });

  it('without a first view, says "Loading…" until it has read', async () => {
    const db = freshDb();
    render(
      <DbProvider db={db}>
        <ScoringOptions save={vi.fn()} />
      </DbProvider>,
    );
    expect(screen.getByText('Loading…')).toBeInTheDocument();
    expect(await screen.findByDisplayValue(String(DEFAULT_RULESET.thresholds.sql))).toBeInTheDocument();
  });
});
