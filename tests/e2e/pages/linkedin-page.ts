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

  /** "Save these details" in the check shown when LinkedIn's page looked different. */
  saveCheckedButton() {
    return new AxControl(this.page, 'button', 'Save these details');
  }

  /** Replace what a field of that check holds, as a person does: click into it, select all, type. */
  async correct(label: string, value: string): Promise<void> {
    await new AxControl(this.page, 'textbox', label).click();
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.type(value);
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
