import type { Page } from 'playwright-core';

/** The options page's scoring editor, as sales-ops uses it. */
export class OptionsPage {
  constructor(readonly page: Page) {}

  async editRule(name: string): Promise<void> {
    await this.page.getByRole('button', { name: `Edit ${name}`, exact: true }).click();
  }

  points() {
    return this.page.getByLabel('Points', { exact: true });
  }

  async setPoints(value: string): Promise<void> {
    await this.points().fill(value);
  }

  async doneEditing(name: string): Promise<void> {
    await this.page.getByRole('button', { name: `Done editing ${name}` }).click();
  }

  saveButton() {
    return this.page.getByRole('button', { name: 'Save rules' });
  }

  previewStatus() {
    return this.page.getByRole('status').filter({ hasText: 'SQL:' });
  }
}
