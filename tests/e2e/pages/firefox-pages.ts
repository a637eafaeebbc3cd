import type { Page } from 'puppeteer-core';

/**
 * Page objects for Firefox. WebDriver BiDi has no accessibility-tree queries here,
 * so the in-page control is found by piercing its shadow root and checked by its
 * accessible name (text or aria-label), as a screen reader would read it.
 */
export class FirefoxLinkedInPage {
  constructor(readonly page: Page) {}

  async accessibleNames(): Promise<string[]> {
    return this.page.$$eval('pierce/button.pa-button', (buttons) =>
      (buttons as HTMLButtonElement[]).filter((b) => !b.hidden).map((b) => b.getAttribute('aria-label') ?? b.textContent ?? ''),
    );
  }

  async clickSave(): Promise<void> {
    await this.page.waitForFunction(
      () => [...(document.querySelector('prospecting-assistant-ui')?.shadowRoot?.querySelectorAll('button') ?? [])].some((b) => b.textContent === 'Save lead'),
      { timeout: 15_000 },
    );
    const buttons = await this.page.$$('pierce/button.pa-button');
    for (const button of buttons) {
      if ((await button.evaluate((b) => b.textContent)) === 'Save lead') return button.click();
    }
    throw new Error('no Save lead button');
  }
}

export async function textOf(page: Page, selector: string): Promise<string> {
  return page.$eval(selector, (el) => el.textContent ?? '');
}
