import { currentLocale, t } from '@/lib/i18n';
import { WORKING_DAY } from '@/lib/metrics/working-day';

/** Points as the rep reads them: one decimal at most, a sign when asked ("+10", "−5"). */
export function formatPoints(points: number, signed: boolean): string {
  const text = new Intl.NumberFormat(currentLocale(), { maximumFractionDigits: 1 }).format(Math.abs(points));
  if (!signed) return points < 0 ? `−${text}` : text;
  return points < 0 ? `−${text}` : `+${text}`;
}

/** Common ISO 4217 codes offered wherever a currency is picked. */
export const COMMON_CURRENCIES = ['USD', 'EUR', 'PLN', 'RON', 'RUB', 'GBP', 'CHF', 'SEK', 'NOK', 'DKK', 'CZK', 'HUF', 'UAH', 'JPY', 'CAD', 'AUD'] as const;

/** The currencies to offer: the common ones, plus any in use that is not among them. */
export function currencyChoices(...inUse: (string | undefined)[]): string[] {
  const extra = inUse.filter((c): c is string => !!c && !(COMMON_CURRENCIES as readonly string[]).includes(c));
  return [...new Set([...extra, ...COMMON_CURRENCIES])];
}

/** "EUR — Euro" in the rep's language, or the bare code when the browser has no name for it. */
export function currencyLabel(code: string): string {
  try {
    const name = new Intl.DisplayNames(currentLocale(), { type: 'currency' }).of(code);
    return name && name !== code ? `${code} — ${name}` : code;
  } catch {
    return code;
  }
}

/**
 * A duration as the rep reads it: minutes under an hour, hours under two days, then days.
 * Business hours are never shown as 24-hour days (60 of them are 7½ working days, not 2.5
 * days): hours under two working days, then working days.
 */
export function formatDuration(ms: number, { businessHours = false }: { businessHours?: boolean } = {}): string {
  const minutes = ms / 60_000;
  if (minutes < 60) return formatUnit(Math.max(0, Math.round(minutes)), 'minute', 'short');
  const hours = minutes / 60;
  if (businessHours) {
    if (ms < 2 * WORKING_DAY) return formatUnit(Math.round(hours * 10) / 10, 'hour', 'short');
    return t('rt.workingDays', { count: Math.round((ms / WORKING_DAY) * 10) / 10 });
  }
  if (hours < 48) return formatUnit(Math.round(hours * 10) / 10, 'hour', 'short');
  return formatUnit(Math.round((hours / 24) * 10) / 10, 'day');
}

/** An amount of time units in the rep's language, with CLDR's plural and abbreviation ("5 dni", "2,5 ч"). */
export function formatUnit(value: number, unit: 'minute' | 'hour' | 'day', display: 'short' | 'long' = 'long'): string {
  return new Intl.NumberFormat(currentLocale(), { style: 'unit', unit, unitDisplay: display, maximumFractionDigits: 1 }).format(value);
}

/** A share (0–1) as a whole percentage. */
export function formatShare(share: number): string {
  return new Intl.NumberFormat(currentLocale(), { style: 'percent', maximumFractionDigits: 0 }).format(share);
}
