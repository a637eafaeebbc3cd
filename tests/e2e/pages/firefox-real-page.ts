import type { Page } from 'puppeteer-core';
import { waitUntil } from './firefox-pages';

/**
 * A real LinkedIn page in Firefox, reached by keyboard. Real pages have hundreds of
 * links before our control (appended last to the body), so rather than Tab from the
 * top, focus goes to the page's own last control and Tab moves on into ours, whose
 * first button is "Save lead" (the control is in a closed shadow root: the page only
 * ever sees its host focused).
 */
export class FirefoxRealPage {
  constructor(readonly page: Page) {}

  /** The control's host is in the page (mounted; it has drawn the row for this address). */
  async mounted(): Promise<void> {
    await waitUntil(this.page, () => document.readyState === 'complete' && document.querySelector('prospecting-assistant-ui') !== null, undefined);
  }

  /** Focus the page's last focusable control, then Tab: true when focus entered our control. */
  async tabIntoControl(): Promise<boolean> {
    await this.mounted();
    await this.page.bringToFront();
    await this.page.evaluate(() => {
      // LinkedIn's third-party frames (a bot check) are refused here, and Firefox keeps Tab
      // inside their error page; on LinkedIn they are invisible. Out of the tab order they go.
      for (const frame of document.querySelectorAll('iframe')) frame.tabIndex = -1;
      const focusable = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, [tabindex]')].filter(
        (el) => el.localName !== 'prospecting-assistant-ui' && !el.closest('prospecting-assistant-ui') && el.tabIndex >= 0 && el.getClientRects().length > 0,
      );
      focusable.at(-1)?.focus();
    });
    // A few presses: the page's last control in document order is not always the last in tab order.
    for (let presses = 0; presses < 30; presses += 1) {
      await this.page.keyboard.press('Tab');
      if (await this.page.evaluate(() => document.activeElement?.localName === 'prospecting-assistant-ui')) return true;
    }
    return false;
  }

  async saveWithKeyboard(): Promise<void> {
    if (!(await this.tabIntoControl())) throw new Error('Tab from the page never reached the extension control');
    await this.page.keyboard.press('Enter');
  }
}
