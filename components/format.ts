import { currentLocale } from '@/lib/i18n';

/** Points as the rep reads them: one decimal at most, a sign when asked ("+10", "−5"). */
export function formatPoints(points: number, signed: boolean): string {
  const text = new Intl.NumberFormat(currentLocale(), { maximumFractionDigits: 1 }).format(Math.abs(points));
  if (!signed) return points < 0 ? `−${text}` : text;
  return points < 0 ? `−${text}` : `+${text}`;
}
