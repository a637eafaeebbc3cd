import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { loadDemo, type DemoLead } from './harness/demo';
import { ROOT } from './harness/paths';
import { THEMES } from './harness/theme';
import { extensionViews, openView } from './pages/extension-views';

/**
 * The README's screenshots: popup, side panel (a lead and the list), options page and
 * dashboard, in the light and dark themes, drawn from the demo data. Written to
 * docs/screenshots/<view>-<theme>.png (SCREENSHOTS_DIR=dir writes them elsewhere).
 */
const OUT = process.env.SCREENSHOTS_DIR ?? join(ROOT, 'docs/screenshots');

let session: ChromiumSession;
let lead: DemoLead;
beforeAll(async () => {
  session = await launchChromium();
  lead = await loadDemo(session);
  mkdirSync(OUT, { recursive: true });
});
afterAll(async () => {
  await session?.close();
});

describe('screenshots for the README (Chromium)', () => {
  it.each(THEMES)('every page in the %s theme', async (theme) => {
    for (const view of extensionViews(lead)) {
      // openView fails when the page does not follow the emulated colour scheme.
      const page = await openView(session, view, theme);
      const file = join(OUT, `${view.name}-${theme}.png`);
      await page.screenshot({ path: file });
      expect(statSync(file).size, file).toBeGreaterThan(5_000);
      await page.close();
    }
    expect(session.refused).toEqual([]);
  });
});
