import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ForecastsSection } from '../../components/dashboard/ForecastsSection';
import type { VelocityReport } from '../../lib/metrics/velocity-report';

/** The stage-weighted forecast's line counts the deals in the rep's currency: with others beside them, it says so. */

const report = { current: { factors: {} }, previous: { factors: {} } } as unknown as VelocityReport;
const draw = (weighted: Record<string, number>) =>
  render(<ForecastsSection report={report} value={{ raw: weighted, weighted, deals: 3 }} openDeals={[]} openDealCount={2} currency="PLN" windowDays={90} />);

describe('cycle-age forecast', () => {
  it('won deals saved already won give no cycle, and the forecast says so rather than asking for a won deal', () => {
    const zero = { current: { factors: { averageCycleDays: 0 } }, previous: { factors: {} } } as unknown as VelocityReport;
    render(<ForecastsSection report={zero} value={{ raw: {}, weighted: {}, deals: 0 }} openDeals={[{ value: 1_000, ageDays: 10 }]} openDealCount={1} currency="PLN" windowDays={90} />);
    expect(screen.getByText(/^Not known: no sales cycle/).textContent).toBe('Not known: no sales cycle (the won deals were saved already won)');
  });
});

describe('stage-weighted forecast', () => {
  it('one currency: how many deals it is', () => {
    draw({ PLN: 6_000 });
    expect(screen.getByText(/each open deal × its stage probability/).textContent).toBe('each open deal × its stage probability (2 deals with a value)');
  });

  it('several currencies: the count is said to be of the rep’s currency, the others kept apart', () => {
    draw({ PLN: 6_000, EUR: 1_500 });
    expect(screen.getByText(/each open deal × its stage probability/).textContent).toBe(
      'each open deal × its stage probability (2 deals with a value in PLN; other currencies apart)',
    );
  });
});

describe('historical run-rate', () => {
  it('deals won only in another currency are not "nothing won": it says none was won in the rep’s currency', () => {
    // The rep's currency is PLN; the window won 20,000 and 30,000 EUR, nothing in PLN.
    const eurOnly = {
      current: { factors: { won: 2, valued: 0, averageWonValue: undefined, otherCurrencies: { EUR: 2 } } },
      previous: { factors: { won: 1, valued: 1, averageWonValue: 10_000, otherCurrencies: {} } },
    } as unknown as VelocityReport;
    render(<ForecastsSection report={eurOnly} value={{ raw: {}, weighted: {}, deals: 0 }} openDeals={[]} openDealCount={0} currency="PLN" windowDays={30} />);
    expect(screen.getByText(/^Not known: no won deal/).textContent).toBe('Not known: no won deal with a value in PLN');
    expect(screen.queryByText(/nothing won/)).toBeNull();
  });
});
