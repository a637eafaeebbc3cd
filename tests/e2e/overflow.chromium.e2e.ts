import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { loadDemo, type DemoLead } from './harness/demo';
import { describeOverflows, findOverflows } from './harness/overflow';
import { THEMES } from './harness/theme';
import { extensionViews, openView } from './pages/extension-views';

let session: ChromiumSession;
let lead: DemoLead;
beforeAll(async () => {
  session = await launchChromium();
  lead = await loadDemo(session);
});
afterAll(async () => {
  await session?.close();
});

describe('narrow pages at their own width (Chromium)', () => {
  it.each(THEMES)('nothing runs past its width or out of its box, with the demo loaded (%s)', async (theme) => {
    const popup = extensionViews(lead).find((view) => view.name === 'popup')!;
    const page = await openView(session, popup, theme);
    const width = await page.evaluate(() => document.documentElement.clientWidth);
    expect(width).toBeLessThan(420);
    const overflows = await findOverflows(page);
    expect(overflows, describeOverflows(overflows)).toEqual([]);

    // The check finds what it is for: a line that cannot wrap, put in on purpose.
    await page.evaluate(() => {
      const line = document.createElement('p');
      line.id = 'too-wide';
      line.style.whiteSpace = 'nowrap';
      line.textContent = 'Zażółć gęślą jaźń '.repeat(10);
      document.querySelector('main')!.append(line);
    });
    const planted = await findOverflows(page);
    expect(planted.map((o) => o.element)).toEqual([expect.stringContaining('p#too-wide')]);
    expect(planted[0]?.reason).toBe('content-spills');
    await page.close();
  });

  // Chrome's side panel can be made as narrow as 320 px.
  it.each(['sidepanel', 'sidepanel-list'])('the %s fits the narrowest side panel', async (name) => {
    const view = extensionViews(lead).find((v) => v.name === name)!;
    const page = await openView(session, { ...view, size: { width: 320, height: 900 } }, 'light');
    const overflows = await findOverflows(page);
    expect(overflows, describeOverflows(overflows)).toEqual([]);
    await page.close();
  });
});
