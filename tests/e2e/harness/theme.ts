import type { Page } from 'playwright-core';

export type Theme = 'light' | 'dark';
export const THEMES: readonly Theme[] = ['light', 'dark'];

/** Relative luminance (WCAG) of the page's own background, 0 (black) to 1 (white). */
export async function backgroundLuminance(page: Page): Promise<number> {
  const rgb = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  const [r, g, b] = (rgb.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
  if (r === undefined || g === undefined || b === undefined) throw new Error(`no background colour: ${rgb}`);
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** Show the page as the system's light or dark preference would, and check the page followed it. */
export async function expectTheme(page: Page, theme: Theme): Promise<void> {
  await page.emulateMedia({ colorScheme: theme });
  const luminance = await backgroundLuminance(page);
  if (theme === 'dark' ? luminance > 0.1 : luminance < 0.8) throw new Error(`the page did not follow the ${theme} theme (background luminance ${luminance.toFixed(2)})`);
}
