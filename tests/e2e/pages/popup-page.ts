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

  dueSteps() {
    return this.page.getByRole('region', { name: 'Follow-ups due' });
  }

  /** A due step card, named "<lead>: <step title>". */
  dueStep(lead: string, title: string) {
    return this.dueSteps().getByRole('article', { name: `${lead}: ${title}` });
  }
}
