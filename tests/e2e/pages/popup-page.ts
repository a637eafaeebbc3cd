import type { Page } from 'playwright-core';

/** The toolbar popup, opened as a page of the extension. */
export class PopupPage {
  constructor(readonly page: Page) {}

  leadCount() {
    return this.page.getByTestId('lead-count');
  }

  recentLead(name: string) {
    return this.page.getByRole('region', { name: 'Recently captured' }).getByRole('button', { name: new RegExp(name) });
  }

  recentButtons() {
    return this.page.getByRole('region', { name: 'Recently captured' }).getByRole('button');
  }
}
