import type { Page } from 'playwright-core';

/** The side panel page (Firefox: sidebar page), opened on a tab or a lead. */
export class PanelPage {
  constructor(readonly page: Page) {}

  leadHeading() {
    return this.page.getByRole('heading', { level: 2 });
  }

  field(label: string) {
    return this.page.getByLabel(label, { exact: true });
  }

  search() {
    return this.page.getByRole('searchbox');
  }

  listItems() {
    return this.page.getByRole('list', { name: 'Lead list' }).getByRole('button');
  }
}
