import type { Page } from 'playwright-core';

/** The options page's pipeline stages and scoring editors, as sales-ops uses them. */
export class OptionsPage {
  constructor(readonly page: Page) {}

  /** A stage of the pipeline stages editor, by its current name. */
  stageRow(name: string) {
    return this.page.getByRole('list', { name: 'Stages' }).getByRole('listitem', { name, exact: true });
  }

  async renameStage(name: string, to: string): Promise<void> {
    await this.stageRow(name).getByLabel('Stage name').fill(to);
  }

  async saveStages(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save stages' }).click();
  }

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
