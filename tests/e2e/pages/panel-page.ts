import type { Page } from 'playwright-core';

/** The side panel page (Firefox: sidebar page), opened on a tab or a lead. */
export class PanelPage {
  constructor(readonly page: Page) {}

  leadHeading() {
    return this.page.getByRole('heading', { level: 2 });
  }

  /** Open a collapsible section of the lead (Deal, Score, Contact details and notes…) by its title, as a rep clicks it. */
  async openSection(title: string): Promise<void> {
    const section = this.page.locator('details.panel-section').filter({ has: this.page.locator('summary', { hasText: title }) });
    if (!(await section.evaluate((details) => (details as HTMLDetailsElement).open))) await section.locator('summary').click();
    await section.and(this.page.locator('[open]')).waitFor();
  }

  field(label: string) {
    return this.page.getByLabel(label, { exact: true });
  }

  headerStage() {
    return this.page.getByTestId('header-stage');
  }

  stage() {
    return this.page.getByRole('combobox', { name: 'Stage', exact: true });
  }

  /** Pick a stage; won and lost then ask for the value or reason in the closing group. */
  async moveTo(stageId: string): Promise<void> {
    await this.stage().selectOption(stageId);
  }

  closing(kind: 'won' | 'lost') {
    return this.page.getByRole('group', { name: kind === 'won' ? 'Close as won' : 'Close as lost' });
  }

  async closeAsWon(value: string): Promise<void> {
    await this.moveTo('won');
    await this.closing('won').getByLabel('Final deal value').fill(value);
    await this.closing('won').getByRole('button', { name: 'Mark as won' }).click();
  }

  /** Type into a field and leave it, as the rep does: fields save on blur. */
  async typeAndLeave(label: string, text: string): Promise<void> {
    const input = this.field(label);
    await input.fill(text);
    await input.blur();
  }

  async closeAsLost(reason: string): Promise<void> {
    await this.moveTo('lost');
    await this.closing('lost').getByLabel('Why was it lost?').fill(reason);
    await this.closing('lost').getByRole('button', { name: 'Mark as lost' }).click();
  }

  /** "Erase this person", then the confirmation. */
  async erasePerson(): Promise<void> {
    await this.page.getByRole('button', { name: 'Erase this person' }).click();
    await this.page.getByRole('group', { name: 'Erase this person' }).getByRole('button', { name: 'Erase for good' }).click();
  }

  bant(item: 'Budget' | 'Authority' | 'Need' | 'Timeline') {
    return this.page.getByRole('checkbox', { name: item, exact: true });
  }

  /** The tick shows once it is saved (the box follows the database), so wait for it. */
  async tick(item: 'Budget' | 'Authority' | 'Need' | 'Timeline'): Promise<void> {
    await this.bant(item).click();
    await this.bant(item).and(this.page.locator(':checked')).waitFor();
  }

  logTouch(kind: string) {
    return this.page.getByRole('button', { name: kind, exact: true }).click();
  }

  timeline() {
    return this.page.getByRole('list', { name: 'Activity timeline' });
  }

  stageHistory() {
    return this.page.getByRole('list', { name: 'Stage history' });
  }

  alert() {
    return this.page.getByRole('alert');
  }

  // The lead list
  search() {
    return this.page.getByRole('searchbox');
  }

  listItems() {
    return this.page.getByRole('list', { name: 'Lead list' }).getByRole('button');
  }

  listCount() {
    return this.page.getByText(/^[\d,]+ leads?$/);
  }

  filter(name: 'Stage' | 'Label' | 'Source' | 'Next step due' | 'Sort by') {
    return this.page.getByRole('group', { name: 'Filters' }).getByRole('combobox', { name, exact: true });
  }

  tagFilter() {
    return this.page.getByRole('group', { name: 'Filters' }).getByRole('textbox', { name: 'Tag', exact: true });
  }
}
