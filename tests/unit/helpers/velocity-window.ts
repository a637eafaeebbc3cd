import { dayNumber, kindsOf, type Counted } from '../../../lib/metrics/daily-totals';
import { DEFAULT_PIPELINE } from '../../../lib/pipeline/defaults';

/** A velocity window in PLN, as the zero-velocity tests build it: closed deals by days ago, ten open demos. */
export const DAY = 86_400_000;
export const NOW = new Date(2026, 10, 1, 12).getTime();
export const TODAY = dayNumber(NOW);
export const kindOf = kindsOf(DEFAULT_PIPELINE);
export const settings = { currency: 'PLN', scope: 'qualified', cycle: 'mean' } as const;

/** A lead closed (or moved) `closedDaysAgo`, created `cycle` days before that. */
export const lead = (stageId: string, closedDaysAgo: number, cycle = 20, dealValue?: number): Counted => ({
  stageId,
  stageChangedAt: NOW - closedDaysAgo * DAY,
  createdAt: NOW - (closedDaysAgo + cycle) * DAY,
  dealValue,
  currency: dealValue === undefined ? undefined : 'PLN',
});
export const open = Array.from({ length: 10 }, () => lead('demo', 0, 400));
