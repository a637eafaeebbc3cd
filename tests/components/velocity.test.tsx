import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { DbProvider } from '../../components/db-context';
import { VelocityCard } from '../../components/velocity/VelocityCard';
import { rebuildFigures } from '../../lib/db/write/figures-store';
import { savePipeline } from '../../lib/db/stage';
import { getPipeline } from '../../lib/db/settings';
import { useMetricsUi } from '../../lib/ui/metrics-store';
import { freshDb } from '../unit/helpers/db';
import { knownPipelineLeads } from '../unit/helpers/known-pipeline';

const now = Date.now();
const LEVER = { Opportunities: 'opportunities', 'Average won deal': 'dealValue', 'Win rate': 'winRate', 'Sales cycle': 'cycle' } as const;
/** A factor's row in the factor list, checked to carry its name. */
function factor(name: keyof typeof LEVER): HTMLElement {
  const row = document.querySelector<HTMLElement>(`[data-factor="${LEVER[name]}"]`);
  if (!row) throw new Error(`no factor ${name}`);
  expect(within(row).getByRole('term')).toHaveTextContent(name);
  return row;
}

async function known(extra: Parameters<typeof knownPipelineLeads>[0] extends number ? object[] : never = []) {
  const db = freshDb();
  const pipeline = await getPipeline(db);
  await savePipeline(db, { ...pipeline, currency: 'PLN' }, [], now);
  await db.leads.bulkPut([...knownPipelineLeads(now), ...(extra as never[])]);
  await rebuildFigures(db, now);
  return db;
}

function renderCard(db: ReturnType<typeof freshDb>) {
  return render(
    <DbProvider db={db}>
      <VelocityCard onOpenDashboard={() => undefined} />
    </DbProvider>,
  );
}

beforeEach(() => useMetricsUi.setState({ windowDays: 90, whatIf: { lever: 'winRate', percent: 10 } }));

describe('velocity card', () => {
  it('shows the known velocity, its factors with how each was computed, and the lever that moved it', async () => {
    renderCard(await known());
    expect(await screen.findByTestId('velocity-value')).toHaveTextContent(/1,785\.71.*per day/);
    expect(factor('Opportunities')).toHaveTextContent('50');
    expect(factor('Opportunities')).toHaveTextContent('open leads past the first stage, now');
    expect(factor('Average won deal')).toHaveTextContent(/25,000/);
    expect(factor('Average won deal')).toHaveTextContent('mean of 1 won deal in PLN, last 90 days');
    expect(factor('Win rate')).toHaveTextContent('4%');
    expect(factor('Win rate')).toHaveTextContent('1 won of 25 closed, last 90 days');
    expect(factor('Sales cycle')).toHaveTextContent('28 days');
    // 2.5× up: win rate doubled (×2), deal size ×1.25; the effects multiply to the change.
    expect(screen.getByTestId('velocity-change')).toHaveTextContent(
      'Up 150% on the previous 90 days. Moved most by win rate (2% → 4%), which pushed it up 100%.',
    );
    expect(factor('Win rate')).toHaveTextContent('its change: +100% on velocity');
    expect(factor('Average won deal')).toHaveTextContent('its change: +25% on velocity');
    expect(factor('Opportunities')).toHaveTextContent('its change: +0% on velocity');
    expect(screen.getByTestId('pipeline-value')).toHaveTextContent(/50,000 open, .*20,000 stage-weighted/);
    expect(screen.getByRole('img', { name: /Velocity per day over the last 12 windows of 90 days/ })).toHaveAccessibleName(/PLN\s?714\.29; PLN\s?1,785\.71$/);
  });

  it('what-if: win rate +10 % gives 10 % more, and a shorter cycle more still', async () => {
    renderCard(await known());
    const whatIf = await screen.findByRole('group', { name: 'What if' });
    expect(within(whatIf).getByRole('status')).toHaveTextContent(/Velocity would be PLN\s?1,964\.29 per day \(\+10%\)/);
    await userEvent.selectOptions(within(whatIf).getByLabelText('Factor'), 'cycle');
    const change = within(whatIf).getByLabelText('Change (%)');
    await userEvent.clear(change);
    await userEvent.type(change, '-50');
    expect(within(whatIf).getByRole('status')).toHaveTextContent(/PLN\s?3,571\.43 per day \(\+100%\)/);
  });

  it('another window recomputes every factor over it and says so', async () => {
    renderCard(await known());
    await screen.findByTestId('velocity-value');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Window' }), '365');
    expect(factor('Win rate')).toHaveTextContent('2 won of 75 closed, last 365 days');
    expect(factor('Average won deal')).toHaveTextContent(/22,500/);
    // No year before it to compare with.
    expect(screen.getByText('No velocity in the previous 365 days to compare with.')).toBeInTheDocument();
  });

  it('on an empty database: not enough data, with each missing input named', async () => {
    renderCard(freshDb());
    const missing = await screen.findByTestId('velocity-missing');
    expect(missing).toHaveTextContent('Not enough data for velocity in the last 90 days:');
    expect(missing).toHaveTextContent('no open opportunities now');
    expect(missing).toHaveTextContent('no deal won or lost');
    expect(document.body.textContent).not.toMatch(/NaN|Infinity/);
  });

  it('deals lost and none won: velocity is 0, down 100 % by the win rate, and a 0 in the trend, not a gap', async () => {
    const db = await known();
    // The window's one win was lost instead: 0 won of 25 closed.
    const [win] = knownPipelineLeads(now).filter((l) => l.stageId === 'won' && l.dealValue === 25_000);
    await db.leads.put({ ...win!, stageId: 'lost', lostReason: 'Timing' });
    await rebuildFigures(db, now);
    renderCard(db);
    expect(await screen.findByTestId('velocity-value')).toHaveTextContent(/PLN\s?0 per day/);
    expect(screen.queryByTestId('velocity-missing')).toBeNull();
    expect(screen.getByTestId('velocity-change')).toHaveTextContent('Down 100% on the previous 90 days. Moved most by win rate (2% → 0%), which pulled it down 100%.');
    expect(factor('Average won deal')).toHaveTextContent('not known');
    expect(screen.getByRole('img', { name: /Velocity per day over the last 12 windows of 90 days/ })).toHaveAccessibleName(/PLN\s?714\.29; PLN\s?0$/);
    expect(document.body.textContent).not.toMatch(/NaN|Infinity/);
  });

  it('the only deal won was worth 0: velocity is 0, down 100 % by the deal value, not "not enough data"', async () => {
    const db = await known();
    const [win] = knownPipelineLeads(now).filter((l) => l.stageId === 'won' && l.dealValue === 25_000);
    await db.leads.put({ ...win!, dealValue: 0 });
    await rebuildFigures(db, now);
    renderCard(db);
    expect(await screen.findByTestId('velocity-value')).toHaveTextContent(/PLN\s?0 per day/);
    expect(screen.queryByTestId('velocity-missing')).toBeNull();
    expect(screen.getByTestId('velocity-change')).toHaveTextContent(/Down 100% on the previous 90 days\. Moved most by deal size \(PLN\s?20,000 → PLN\s?0\), which pulled it down 100%\./);
    expect(factor('Average won deal')).toHaveTextContent(/PLN\s?0/);
    expect(screen.getByRole('img', { name: /Velocity per day over the last 12 windows of 90 days/ })).toHaveAccessibleName(/PLN\s?714\.29; PLN\s?0$/);
    expect(document.body.textContent).not.toMatch(/NaN|Infinity/);
  });

  it('says which won deals in other currencies it left out, instead of summing them', async () => {
    const [template] = knownPipelineLeads(now).filter((l) => l.stageId === 'won');
    const eur = [1, 2].map((i) => ({ ...template!, id: `eur-${i}`, dealValue: 9_000, currency: 'EUR' }));
    renderCard(await known(eur));
    expect(await screen.findByRole('note')).toHaveTextContent('Left out of the average deal (no exchange rate): 2 won in EUR.');
    // The average stays the PLN deal's; the EUR wins still count in the win rate (3 of 27).
    expect(factor('Average won deal')).toHaveTextContent(/25,000/);
    expect(factor('Win rate')).toHaveTextContent('3 won of 27 closed');
  });
});
