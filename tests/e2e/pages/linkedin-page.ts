import type { Page } from 'playwright-core';
import { AxControl, axText } from '../harness/ax';

/**
 * A LinkedIn fixture page as the rep sees it, with our in-page "Save lead" control.
 * The control is in a closed shadow root: it is found in the accessibility tree and
 * clicked with a real mouse (harness/ax.ts); LinkedIn's own elements by locators.
 */
export class LinkedInPage {
  constructor(readonly page: Page) {}

  static async open(page: Page, url: string): Promise<LinkedInPage> {
    await page.goto(url);
    return new LinkedInPage(page);
  }

  saveButton() {
    return new AxControl(this.page, 'button', 'Save lead');
  }

  savedButton(name: string) {
    return new AxControl(this.page, 'button', `Lead saved: ${name}`);
  }

  openInPanelButton() {
    return new AxControl(this.page, 'button', 'Open in side panel');
  }

  async save(): Promise<void> {
    await this.saveButton().click();
  }

  /** In-page (pushState) navigation, the way LinkedIn moves between profiles. */
  async clickProfileLink(name: string): Promise<void> {
    await this.page.getByRole('link', { name }).first().click();
  }

  /** Connect, then "Send without a note" in LinkedIn's invitation dialog. */
  async connectWithoutNote(name: string): Promise<void> {
    await this.page.getByRole('button', { name: `Invite ${name} to connect` }).click();
    await this.page.getByRole('dialog').getByRole('button', { name: 'Send without a note' }).click();
  }

  /** Does the page, as a screen reader reads it (our closed root included), say this? */
  async says(text: string | RegExp): Promise<boolean> {
    const all = await axText(this.page);
    return typeof text === 'string' ? all.includes(text) : text.test(all);
  }
}
