import type { Page } from 'playwright-core';

/** The options page (one section at a time, each with its deep link): the pipeline stages and scoring editors, privacy, as sales-ops uses them. */
export class OptionsPage {
  constructor(readonly page: Page) {}

  nav() {
    return this.page.getByRole('navigation', { name: 'Settings sections' });
  }

  navLink(name: string) {
    return this.nav().getByRole('link', { name, exact: true });
  }

  /** The nav link marked as the section shown. */
  currentLink() {
    return this.nav().locator('a[aria-current="page"]');
  }

  /** A section by its deep-link id (scoring, pipeline, …, diagnostics). */
  section(id: string) {
    return this.page.locator(`section#${id}`);
  }

  /** Show a section as a rep does: its link in the navigation. */
  async show(name: string, id: string): Promise<void> {
    await this.navLink(name).click();
    await this.section(id).waitFor();
  }

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

  // Privacy and storage
  privacySection() {
    return this.page.locator('section#privacy');
  }

  storagePersisted() {
    return this.page.getByTestId('storage-persisted');
  }

  storageUsed() {
    return this.page.getByTestId('storage-used');
  }

  /** Turn retention on with this many months (saved, then ticked). */
  async setRetention(months: number): Promise<void> {
    const section = this.privacySection();
    await section.getByLabel('Months without a touch').fill(String(months));
    await section.getByRole('button', { name: 'Save', exact: true }).click();
    await section.getByText('Retention saved.').waitFor();
    await section.getByRole('checkbox', { name: /List leads for review/ }).check();
  }

  async reviewRetention(): Promise<void> {
    await this.privacySection().getByRole('button', { name: 'Find leads to review' }).click();
  }

  reviewList() {
    return this.privacySection().getByRole('list', { name: 'Leads to review' });
  }

  /** Erase every lead the review ticked, and confirm. */
  async eraseReviewed(): Promise<void> {
    await this.privacySection().getByRole('button', { name: /^Erase selected/ }).click();
    await this.privacySection().getByRole('button', { name: 'Yes, erase them' }).click();
  }
}
