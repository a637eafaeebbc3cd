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

  velocity() {
    return this.page.getByRole('region', { name: 'Pipeline velocity' });
  }

  velocityValue() {
    return this.page.getByTestId('velocity-value');
  }

  /** A factor's row (value, how it was computed, its share of the change) by its name. */
  factor(name: 'Opportunities' | 'Average won deal' | 'Win rate' | 'Sales cycle') {
    return this.velocity().locator('.factor').filter({ has: this.page.getByRole('term').filter({ hasText: name }) });
  }

  change() {
    return this.page.getByTestId('velocity-change');
  }

  async chooseWindow(days: 30 | 90 | 365): Promise<void> {
    await this.velocity().getByRole('combobox', { name: 'Window' }).selectOption(String(days));
  }
}
