import { CATALOGS } from '../../../lib/i18n/all-catalogs';
import type { Locale } from '../../../lib/i18n/locales';

/** The literal text of a message: placeholders and plural syntax dropped, branches kept as separate pieces. */
function literalPieces(template: string): string[] {
  return template
    .split(/\{[^{}]*\}|\{\w+, plural,|\b(?:one|few|many|other|=\d+)\s*\{|[{}#]/)
    .map((piece) => (piece ?? '').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/**
 * English interface text that must not show in another language: every literal piece of an English
 * message long enough to be unmistakable (two words, or one of eight letters or more) that no
 * message of the language itself contains (so names such as "LinkedIn" or "Sales Navigator" pass).
 */
export function englishPieces(locale: Locale): string[] {
  const own = Object.values(CATALOGS[locale]).join('\n');
  const pieces = new Set<string>();
  for (const message of Object.values(CATALOGS.en)) {
    for (const piece of literalPieces(message)) {
      const words = piece.match(/\p{L}+/gu) ?? [];
      const long = words.length >= 2 || (words[0]?.length ?? 0) >= 8;
      if (long && !own.includes(piece)) pieces.add(piece);
    }
  }
  return [...pieces];
}

/** A Playwright (Chromium) or Puppeteer (Firefox) page: both evaluate a function in the page. */
type EvaluatingPage = { evaluate<T>(fn: () => T): Promise<T> };

/** What a rep reads on the page, or hears from a screen reader: visible text, labels, titles, placeholders. */
export async function interfaceText(page: EvaluatingPage): Promise<string> {
  return page.evaluate(() => {
    const attributes = [...document.querySelectorAll('[aria-label], [title], [placeholder], [alt], [aria-description]')].flatMap((el) =>
      ['aria-label', 'title', 'placeholder', 'alt', 'aria-description'].map((name) => el.getAttribute(name) ?? ''),
    );
    const options = [...document.querySelectorAll('option')].map((o) => o.textContent ?? '');
    return [document.title, document.body.innerText, ...attributes, ...options].join('\n');
  });
}

/** The English pieces found in a page shown in `locale` (empty when it is fully translated). */
export async function englishOnPage(page: EvaluatingPage, locale: Locale): Promise<string[]> {
  const text = await interfaceText(page);
  return englishPieces(locale).filter((piece) => new RegExp(`(^|[^\\p{L}])${piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u').test(text));
}
