import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export type Violation = { rule: string; impact: string; help: string; nodes: string[] };

/** The serious and critical accessibility violations axe finds on what the page shows now (hidden parts are not checked). */
export async function seriousViolations(page: Page): Promise<Violation[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ rule: v.id, impact: v.impact ?? '', help: v.help, nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(1, 2).join(' ').trim() ?? ''}`) }));
}

export function describeViolations(violations: Violation[]): string {
  return violations.map((v) => `${v.impact} ${v.rule} (${v.help}):\n  ${v.nodes.join('\n  ')}`).join('\n');
}

export type FocusStop = { element: string; visible: boolean };

/**
 * Press Tab `stops` times (or until the focus comes round again) and say, for every
 * element reached, whether it shows where the focus is: an outline or a box shadow drawn
 * on it while focused.
 */
export async function tabThrough(page: Page, stops: number): Promise<FocusStop[]> {
  await page.locator('body').focus();
  const seen: FocusStop[] = [];
  const visited = new Set<string>();
  for (let i = 0; i < stops; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return undefined;
      const style = getComputedStyle(el);
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
      const shadow = style.boxShadow !== 'none';
      const path = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}[${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30)}]`;
      const index = [...document.querySelectorAll('*')].indexOf(el);
      return { element: path, key: `${index}`, visible: outline || shadow };
    });
    if (!stop) continue;
    if (visited.has(stop.key)) break;
    visited.add(stop.key);
    seen.push({ element: stop.element, visible: stop.visible });
  }
  return seen;
}
