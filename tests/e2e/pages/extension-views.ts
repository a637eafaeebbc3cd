import type { Page } from 'playwright-core';
import type { ChromiumSession } from '../harness/chromium';
import type { DemoLead } from '../harness/demo';
import { expectTheme, type Theme } from '../harness/theme';
import { PanelPage } from './panel-page';
import { PopupPage } from './popup-page';

/** One screen of the extension as a rep sees it: where it lives, how big it is drawn, and when it has finished drawing. */
export type ExtensionView = {
  name: string;
  path: string;
  /** 'popup': as wide as the popup's CSS makes it (Chrome sizes the popup window to its page). */
  size: { width: number | 'popup'; height: number };
  ready(page: Page): Promise<void>;
};

// The options page's sections, as the page itself lists them.
export { OPTIONS_SECTIONS } from '../../../lib/options/sections';

/** The popup, the side panel on a lead and on the list, the dashboard, and (optionally) every options section, with the demo loaded. */
export function extensionViews(lead: DemoLead, optionsSections: readonly string[] = ['scoring']): ExtensionView[] {
  return [
    {
      name: 'popup',
      path: 'popup.html',
      size: { width: 'popup', height: 600 },
      ready: async (page) => {
        const popup = new PopupPage(page);
        await popup.velocityValue().filter({ hasText: /per day/ }).waitFor();
        await popup.dueSteps().getByRole('article').first().waitFor();
      },
    },
    {
      name: 'sidepanel',
      path: `sidepanel.html?lead=${lead.id}`,
      size: { width: 400, height: 900 },
      ready: async (page) => {
        await new PanelPage(page).leadHeading().filter({ hasText: lead.fullName ?? '' }).waitFor();
        // The first view draws the heading alone (lib/pages/panel-start.tsx); the live card has the stage and other controls.
        await page.locator('select').first().waitFor();
      },
    },
    {
      name: 'sidepanel-list',
      path: 'sidepanel.html?view=list',
      size: { width: 400, height: 900 },
      ready: async (page) => {
        await new PanelPage(page).listItems().first().waitFor();
        await new PanelPage(page).search().waitFor();
        // The first view (LeadFirstList) draws the filters and due steps too, inert until the live list takes over.
        await page.waitForFunction(() => document.querySelector('main [inert]') === null);
      },
    },
    {
      name: 'dashboard',
      path: 'dashboard.html',
      size: { width: 1100, height: 800 },
      ready: async (page) => {
        await page.getByTestId('funnel-worst').waitFor();
      },
    },
    ...optionsSections.map(
      (section): ExtensionView => ({
        name: `options-${section}`,
        path: `options.html#${section}`,
        size: { width: 1100, height: 800 },
        ready: async (page) => {
          await page.locator(`section#${section}`).getByRole('heading', { level: 2 }).first().waitFor();
          // The live page, not the first view (whose editor is shown disabled until then).
          await page.locator('.first-view-wait').waitFor({ state: 'detached' });
        },
      }),
    ),
  ];
}

/** The popup page's width as its CSS sets it (the popup window is sized to it). */
export async function popupWidth(page: Page): Promise<number> {
  return page.locator('main.popup').evaluate((main) => Math.ceil(main.getBoundingClientRect().width));
}

/** Open a view at its size and in a theme, and wait until it has drawn. */
export async function openView(session: ChromiumSession, view: ExtensionView, theme: Theme): Promise<Page> {
  const page = await session.context.newPage();
  await page.emulateMedia({ colorScheme: theme });
  await page.goto(`chrome-extension://${session.extensionId}/${view.path}`);
  await view.ready(page);
  const width = view.size.width === 'popup' ? await popupWidth(page) : view.size.width;
  await page.setViewportSize({ width, height: view.size.height });
  await expectTheme(page, theme);
  return page;
}
