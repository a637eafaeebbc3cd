import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { DbProvider } from '../../components/db-context';
import { PipelineOptions } from '../../components/PipelineOptions';
import { stageLabel } from '../../components/panel/stage-label';
import { ScoringSection } from '../../components/scoring/ScoringSection';
import { SequencesOptions } from '../../components/sequences/SequencesOptions';
import { listSequences } from '../../lib/db/sequences';
import { getPipeline } from '../../lib/db/settings';
import { rebuildFigures } from '../../lib/db/write/figures-store';
import { CATALOGS } from '../../lib/i18n/all-catalogs';
import { localizePipeline, unlocalizePipeline } from '../../lib/i18n/default-names';
import { activateMessages } from '../../lib/i18n/runtime';
import { DEFAULT_PIPELINE } from '../../lib/pipeline/defaults';
import { DEFAULT_RULESET } from '../../lib/scoring/defaults';
import type { RuleSet } from '../../lib/scoring/schema';
import { defaultSequences } from '../../lib/sequences/defaults';
import { freshDb, NOW } from '../unit/helpers/db';

const pl = CATALOGS.pl;

afterEach(() => activateMessages('en', CATALOGS.en));

// A Polish rep saves a form holding shipped names they never renamed: those stay the shipped
// English in storage, so they still follow the rep's language when it changes later.
describe('shipped names saved from a form in another language', () => {
  it('stages: changing a probability in Polish leaves the other names shipped', { timeout: 20_000 }, async () => {
    activateMessages('pl', pl);
    const user = userEvent.setup();
    const db = freshDb();
    await rebuildFigures(db, NOW);
    render(
      <DbProvider db={db}>
        <PipelineOptions />
      </DbProvider>,
    );
    const list = await screen.findByRole('list', { name: pl['pipeline.stages.list'] });
    const trial = within(list).getByRole('listitem', { name: pl['default.stage.trial'] });
    const probability = within(trial).getByLabelText(pl['pipeline.stage.probability']);
    await user.clear(probability);
    await user.type(probability, '65');
    await user.click(screen.getByRole('button', { name: pl['pipeline.save'] }));
    await waitFor(async () => expect((await getPipeline(db)).stages.find((s) => s.id === 'trial')?.probability).toBe(65));
    activateMessages('en', CATALOGS.en);
    expect(localizePipeline(await getPipeline(db)).stages.map((s) => s.name)).toEqual(DEFAULT_PIPELINE.stages.map((s) => s.name));
  });

  it('scoring: changing a threshold in Polish saves the rule and persona names as shipped', async () => {
    activateMessages('pl', pl);
    const user = userEvent.setup();
    const saved: RuleSet[] = [];
    render(<ScoringSection ruleSet={DEFAULT_RULESET} job={undefined} save={async (r) => void saved.push(r)} preview={() => new Promise(() => undefined)} />);
    const mql = screen.getByLabelText(pl['scoring.thresholds.mql']);
    await user.clear(mql);
    await user.type(mql, '12');
    await user.click(screen.getByRole('button', { name: pl['scoring.save'] }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.thresholds.mql).toBe(12);
    expect(saved[0]!.rules.map((r) => r.name)).toEqual(DEFAULT_RULESET.rules.map((r) => r.name));
    expect(saved[0]!.persona.name).toBe(DEFAULT_RULESET.persona.name);
  });

  it('sequences: changing a delay in Polish keeps the untouched name, titles and templates shipped', { timeout: 20_000 }, async () => {
    activateMessages('pl', pl);
    const user = userEvent.setup();
    const db = freshDb();
    render(
      <DbProvider db={db}>
        <SequencesOptions />
      </DbProvider>,
    );
    const five = pl['default.seq.default-linkedin-email-5'];
    await screen.findByRole('list', { name: pl['seqEdit.list'] });
    await user.click(screen.getByRole('button', { name: pl['seqEdit.edit'].replace('{name}', five) }));
    const form = screen.getByRole('form');
    const delay = within(within(form).getAllByRole('listitem')[1]!).getByLabelText(pl['seqEdit.delay']);
    await user.clear(delay);
    await user.type(delay, '3');
    await user.click(within(form).getByRole('button', { name: pl['seqEdit.save'] }));
    const stored = async () => (await listSequences(db)).find((s) => s.id === 'default-linkedin-email-5');
    await waitFor(async () => expect((await stored())?.steps[1]?.delayDays).toBe(3));
    const shipped = defaultSequences(0).find((s) => s.id === 'default-linkedin-email-5')!;
    expect((await stored())?.name).toBe(shipped.name);
    expect((await stored())?.steps.map((s) => [s.title, s.template])).toEqual(shipped.steps.map((s) => [s.title, s.template]));
  });

  it('a renamed stage is saved as the rep wrote it', () => {
    activateMessages('pl', pl);
    const renamed = { ...DEFAULT_PIPELINE, stages: DEFAULT_PIPELINE.stages.map((s) => (s.id === 'demo' ? { ...s, name: 'Demo u klienta' } : s)) };
    const stored = unlocalizePipeline(localizePipeline(renamed));
    expect(stored.stages.find((s) => s.id === 'demo')?.name).toBe('Demo u klienta');
    expect(stored.stages.find((s) => s.id === 'won')?.name).toBe('Won');
  });

  it('a removed shipped stage reads in the rep’s language in history, not as its English id', () => {
    activateMessages('pl', pl);
    const pipeline = { ...DEFAULT_PIPELINE, stages: DEFAULT_PIPELINE.stages.filter((s) => s.id !== 'trial') };
    expect(stageLabel(pipeline, 'trial')).toBe(pl['stage.removed'].replace('{name}', pl['default.stage.trial']));
    // A stage of the rep's own keeps its id, the only name left.
    expect(stageLabel(pipeline, 'webinar-a1b2c3')).toBe(pl['stage.removed'].replace('{name}', 'webinar-a1b2c3'));
  });
});
