import type { Page } from 'playwright-core';

/** A LinkedIn fixture page as the rep sees it, with our in-page "Save lead" control. */
export class LinkedInPage {
  constructor(readonly page: Page) {}

  static async open(page: Page, url: string): Promise<LinkedInPage> {
    await page.goto(url);
    return new LinkedInPage(page);
  }

  /** The control lives in a shadow root; Playwright's role locators pierce open shadow roots. */
  saveButton() {
    return this.page.getByRole('button', { name: 'Save lead', exact: true });
  }

  savedButton(name: string) {
    return this.page.getByRole('button', { name: `Lead saved: ${name}` });
  }

  openInPanelButton() {
    return this.page.getByRole('button', { name: 'Open in side panel' });
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

  /** The extension's in-page status line (in its shadow root). */
  status(text: string | RegExp) {
    return this.page.getByText(text);
  }
}
