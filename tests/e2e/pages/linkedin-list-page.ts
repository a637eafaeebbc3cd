import type { Page } from 'playwright-core';
import { english } from '../harness/english';
import { AxControl, axNodes, axText } from '../harness/ax';
import { readRealPage } from '../harness/real-pages';

/**
 * A LinkedIn list page (people search, connections, Sales Navigator) as the rep sees
 * it, with our "Select" control beside each person and the "Save selected" bar. Both
 * are in closed shadow roots: found in the accessibility tree, clicked with a real
 * mouse (harness/ax.ts). Names come from the app's own strings (harness/english.ts).
 */
export class LinkedInListPage {
  constructor(readonly page: Page) {}

  /** Open `url`; with `realPage`, that saved LinkedIn page (../shared/linkedin-real) answers it instead of a fixture. */
  static async open(page: Page, url: string, realPage?: string): Promise<LinkedInListPage> {
    if (realPage) {
      const body = readRealPage(realPage);
      const { origin, pathname } = new URL(url);
      await page.route(
        (candidate) => candidate.origin === origin && candidate.pathname === pathname,
        (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }),
      );
    }
    await page.goto(url);
    return new LinkedInListPage(page);
  }

  pick(name: string) {
    return new AxControl(this.page, 'checkbox', english('lists.pickPerson', { name }));
  }

  saveSelected(count: number) {
    return new AxControl(this.page, 'button', english('lists.saveSelected', { count }));
  }

  clear() {
    return new AxControl(this.page, 'button', english('lists.clear'));
  }

  /** Every "Select …" control the accessibility tree shows. */
  async picks(): Promise<{ name: string; checked: boolean }[]> {
    const prefix = english('lists.pickPerson', { name: '' });
    return (await axNodes(this.page)).filter((n) => n.role === 'checkbox' && n.name.startsWith(prefix)).map((n) => ({ name: n.name.slice(prefix.length), checked: n.checked ?? false }));
  }

  /** Our hosts as the page sees them (the elements only: their roots are closed). */
  hostCount(): Promise<number> {
    return this.page.evaluate(() => document.querySelectorAll('prospecting-assistant-pick').length);
  }

  async says(text: string): Promise<boolean> {
    return (await axText(this.page)).includes(text);
  }
}
