import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DbProvider } from '../../components/db-context';
import { MetricsOptions } from '../../components/MetricsOptions';
import { VelocityCard } from '../../components/velocity/VelocityCard';
import { rebuildFigures } from '../../lib/db/write/figures-store';
import { getMetricsSettings, getPipeline, saveMetricsSettings } from '../../lib/db/settings';
import { savePipeline } from '../../lib/db/stage';
import { DEFAULT_METRICS_SETTINGS } from '../../lib/metrics/settings';
import { CATALOGS } from '../../lib/i18n/all-catalogs';
import { activateMessages } from '../../lib/i18n/runtime';
import { useMetricsUi } from '../../lib/ui/metrics-store';
import { freshDb } from '../unit/helpers/db';
import { knownPipelineLeads } from '../unit/helpers/known-pipeline';

type Db = ReturnType<typeof freshDb>;
const SPEND = 'Spent on winning customers per month (USD)';

function renderOptions(db: Db) {
  return render(
    <DbProvider db={db}>
      <MetricsOptions />
    </DbProvider>,
  );
}

beforeEach(() => useMetricsUi.setState({ windowDays: 90, whatIf: { lever: 'winRate', percent: 10 } }));

describe('options page: metrics', () => {
  it('starts from the defaults, and each radio choice is stored as it is made', async () => {
    const user = userEvent.setup();
    const db = freshDb();
    renderOptions(db);
    const scope = await screen.findByRole('group', { name: 'Opportunities are' });
    const cycle = screen.getByRole('group', { name: 'Sales cycle is the' });
    expect(within(scope).getByRole('radio', { name: 'Open leads past the first stage (qualified)' })).toBeChecked();
    expect(within(cycle).getByRole('radio', { name: 'Median (not swayed by one slow deal)' })).toBeChecked();

    await user.click(within(scope).getByRole('radio', { name: 'Every open lead' }));
    await waitFor(async () => expect((await getMetricsSettings(db)).scope).toBe('all'));
    await waitFor(() => expect(within(scope).getByRole('radio', { name: 'Every open lead' })).toBeChecked());

    await user.click(within(cycle).getByRole('radio', { name: 'Mean' }));
    await waitFor(async () => expect((await getMetricsSettings(db)).cycle).toBe('mean'));
    // The second save kept the first choice.
    expect(await getMetricsSettings(db)).toEqual({ scope: 'all', cycle: 'mean', costs: {} });
    await waitFor(() => expect(within(cycle).getByRole('radio', { name: 'Mean' })).toBeChecked());
    expect(within(scope).getByRole('radio', { name: 'Every open lead' })).toBeChecked();
    expect(screen.getByRole('status')).toHaveTextContent('Metrics settings saved.');
  });

  it('saves the costs entered (blank ones left out), and the form then shows what is stored', async () => {
    const user = userEvent.setup();
    const db = freshDb();
    renderOptions(db);
    await user.type(await screen.findByLabelText(SPEND), '1500');
    await user.type(screen.getByLabelText('Gross margin (%)'), '60');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(async () => expect((await getMetricsSettings(db)).costs).toEqual({ monthlySpend: 1500, marginPercent: 60 }));
    // The other choices are untouched.
    expect(await getMetricsSettings(db)).toEqual({ ...DEFAULT_METRICS_SETTINGS, costs: { monthlySpend: 1500, marginPercent: 60 } });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByLabelText(SPEND)).toHaveValue('1500');
    expect(screen.getByLabelText('Gross margin (%)')).toHaveValue('60');
    expect(screen.getByLabelText('Purchases per customer per year')).toHaveValue('');
  });

  // The form is keyed by the stored costs and starts afresh when they come back saved; the status must survive that.
  it('says "Metrics settings saved." after saving costs, and keeps saying it', async () => {
    const user = userEvent.setup();
    const db = freshDb();
    renderOptions(db);
    const spend = await screen.findByLabelText(SPEND);
    await user.type(spend, '1500');
    await user.type(screen.getByLabelText('Gross margin (%)'), '60');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect((await getMetricsSettings(db)).costs).toEqual({ monthlySpend: 1500, marginPercent: 60 }));
    // Let the page catch up with the stored costs (today: the form is replaced; if it never is, give up after a second).
    await waitFor(() => expect(screen.getByLabelText(SPEND)).not.toBe(spend), { timeout: 1_000 }).catch(() => undefined);
    expect(screen.getByRole('status')).toHaveTextContent('Metrics settings saved.');
  });

  it('refuses a margin over 100 %, says why, and stores nothing new', async () => {
    const user = userEvent.setup();
    const db = freshDb();
    await saveMetricsSettings(db, { ...DEFAULT_METRICS_SETTINGS, costs: { monthlySpend: 200 } }, Date.now());
    const before = await db.settings.get('metrics');
    renderOptions(db);
    const margin = await screen.findByLabelText('Gross margin (%)');
    expect(screen.getByLabelText(SPEND)).toHaveValue('200');
    await user.type(margin, '150');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Enter a number of zero or more (margin at most 100).');
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(await db.settings.get('metrics')).toEqual(before);
    expect((await getMetricsSettings(db)).costs).toEqual({ monthlySpend: 200 });
  });

  it('the velocity card describes opportunities as every open lead once that scope is saved', async () => {
    const user = userEvent.setup();
    const now = Date.now();
    const db = freshDb();
    await savePipeline(db, { ...(await getPipeline(db)), currency: 'PLN' }, [], now);
    await db.leads.bulkPut(knownPipelineLeads(now));
    await rebuildFigures(db, now);
    render(
      <DbProvider db={db}>
        <MetricsOptions />
        <VelocityCard />
      </DbProvider>,
    );
    const opportunities = async () => {
      await screen.findByTestId('velocity-value');
      const row = document.querySelector<HTMLElement>('[data-factor="opportunities"]');
      if (!row) throw new Error('no opportunities factor');
      expect(within(row).getByRole('term')).toHaveTextContent('Opportunities');
      return row;
    };
    expect(await opportunities()).toHaveTextContent('open leads past the first stage, now');

    await user.click(await screen.findByRole('radio', { name: 'Every open lead' }));
    await waitFor(async () => expect(await opportunities()).toHaveTextContent('every open lead, now'));
    expect(await opportunities()).not.toHaveTextContent('past the first stage');
    expect((await getMetricsSettings(db)).scope).toBe('all');
  });

  describe('costs typed in the rep’s number format', () => {
    afterEach(() => activateMessages('en', CATALOGS.en));
    const spendIn = (locale: 'en' | 'pl' | 'ro') => CATALOGS[locale]['metricsOpt.monthlySpend'].replace('{currency}', 'USD');

    it.each([
      ['en', '25,000', 25_000],
      ['ro', '25.000', 25_000],
      ['pl', '25 000', 25_000],
      ['pl', '1 500,50', 1_500.5],
    ] as const)('%s: "%s" is %d', async (locale, typed, value) => {
      activateMessages(locale, CATALOGS[locale]);
      const user = userEvent.setup();
      const db = freshDb();
      renderOptions(db);
      await user.type(await screen.findByLabelText(spendIn(locale)), typed);
      await user.click(screen.getByRole('button', { name: CATALOGS[locale]['common.save'] }));
      await waitFor(async () => expect((await getMetricsSettings(db)).costs).toEqual({ monthlySpend: value }));
    });

    it('shows a stored figure with the language’s decimal separator, and refuses text', async () => {
      activateMessages('pl', CATALOGS.pl);
      const user = userEvent.setup();
      const db = freshDb();
      await saveMetricsSettings(db, { ...DEFAULT_METRICS_SETTINGS, costs: { monthlySpend: 1500.5 } }, Date.now());
      renderOptions(db);
      const margin = await screen.findByLabelText(CATALOGS.pl['metricsOpt.margin']);
      expect(screen.getByLabelText(spendIn('pl'))).toHaveValue('1500,5');
      await user.type(margin, 'dużo');
      await user.click(screen.getByRole('button', { name: CATALOGS.pl['common.save'] }));
      expect(await screen.findByRole('alert')).toHaveTextContent(CATALOGS.pl['metricsOpt.invalid']);
      expect((await getMetricsSettings(db)).costs).toEqual({ monthlySpend: 1500.5 });
    });
  });
});
