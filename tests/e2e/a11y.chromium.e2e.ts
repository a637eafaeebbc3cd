import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeViolations, seriousViolations, tabThrough } from './harness/accessibility';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { loadDemo, type DemoLead } from './harness/demo';
import { THEMES } from './harness/theme';
import { extensionViews, OPTIONS_SECTIONS, openView } from './pages/extension-views';

let session: ChromiumSession;
let lead: DemoLead;
beforeAll(async () => {
  session = await launchChromium();
  lead = await loadDemo(session);
});
afterAll(async () => {
  await session?.close();
});

/**
 * axe on every page a rep uses (the popup, the side panel on a lead and on the list, the
 * dashboard, each options section), in both themes, with the demo loaded: no serious or
 * critical violation. Contrast is checked in each theme, since each has its own colours.
 */
describe('accessibility (Chromium, axe)', () => {
  it.each(THEMES)('no serious or critical violations anywhere, %s theme', async (theme) => {
    const found: string[] = [];
    for (const view of extensionViews(lead, OPTIONS_SECTIONS)) {
      const page = await openView(session, view, theme);
      // Every collapsible part open (side-panel sections, histories), so axe sees all of it.
      await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
      const violations = await seriousViolations(page);
      if (violations.length) found.push(`${view.name} (${theme}):\n${describeViolations(violations)}`);
      await page.close();
    }
    expect(found.join('\n\n')).toBe('');
  });

  it.each(['popup', 'sidepanel', 'dashboard', 'options-scoring'])('the keyboard reaches the %s with a focus you can see at every stop', async (name) => {
    const view = extensionViews(lead).find((v) => v.name === name)!;
    const page = await openView(session, view, 'light');
    const stops = await tabThrough(page, 25);
    expect(stops.length).toBeGreaterThan(3);
    expect(stops.filter((stop) => !stop.visible).map((stop) => stop.element)).toEqual([]);
    await page.close();
  });

  it('the charts say in text what they draw', async () => {
    const page = await openView(session, extensionViews(lead).find((v) => v.name === 'dashboard')!, 'light');
    // The velocity bars: an image whose name carries every window's figure.
    const bars = page.getByRole('img', { name: /^Velocity per day over the last \d+ windows of \d+ days/ });
    expect(await bars.count()).toBeGreaterThan(0);
    expect(await bars.first().getAttribute('aria-label')).toMatch(/\$[\d,.]+/);
    // The funnel: each stage's bar has its numbers beside it as text, and the worst step is named.
    const funnel = page.getByRole('list', { name: 'Leads that reached each stage' });
    const steps = await funnel.getByRole('listitem').allTextContents();
    expect(steps.length).toBeGreaterThan(3);
    for (const step of steps) expect(step).toMatch(/\d+ reached/);
    expect(await page.getByTestId('funnel-worst').textContent()).toMatch(/^Most leads drop out at /);
    await page.close();
  });
});
