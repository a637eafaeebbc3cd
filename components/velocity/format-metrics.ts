import { currentLocale } from '@/lib/i18n';
import { formatMoney } from '@/lib/pipeline/deal-input';
import { formatUnit } from '../format';

/** Money in the rep's locale: cents shown only when the amount has them. */
export function money(value: number, currency: string): string {
  return formatMoney(Math.round(value * 100) / 100, currency, currentLocale());
}

/** A rate (0–1) as a percentage with at most one decimal ("4 %", "12.5 %"). */
export function percent(share: number): string {
  return new Intl.NumberFormat(currentLocale(), { style: 'percent', maximumFractionDigits: 1 }).format(share);
}

/** A signed relative change ("+12 %", "−8 %"). */
export function signedPercent(ratio: number): string {
  const text = percent(Math.abs(ratio - 1));
  return ratio < 1 ? `−${text}` : `+${text}`;
}

export function days(n: number): string {
  return formatUnit(n, 'day');
}

/** Amounts in several currencies, each in its own ("12,000 zł + €3,000"). */
export function moneyList(amounts: Record<string, number>): string {
  return Object.entries(amounts)
    .map(([currency, value]) => money(value, currency))
    .join(' + ');
}
