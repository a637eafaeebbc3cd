import type { Page } from 'puppeteer-core';

/**
 * Page objects for Firefox. The in-page control is in a closed shadow root and
 * WebDriver BiDi exposes no accessibility tree here, so the control is reached as a
 * keyboard user reaches it: Tab until focus enters it, then Enter. What it did is
 * checked where the rep would see it next (the popup, the sidebar page).
 */
export class FirefoxLinkedInPage {
  constructor(readonly page: Page) {}

  /** Tab from the top of the page into our control (its first button is "Save lead"), then press Enter. */
  async saveWithKeyboard(): Promise<void> {
    await waitUntil(this.page, () => document.readyState === 'complete' && document.querySelector('prospecting-assistant-ui') !== null, undefined);
    await this.page.bringToFront();
    await this.page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      window.scrollTo(0, 0);
    });
    for (let presses = 0; presses < 200; presses += 1) {
      await this.page.keyboard.press('Tab');
      const inOurs = await this.page.evaluate(() => document.activeElement?.localName === 'prospecting-assistant-ui');
      if (inOurs) {
        await this.page.keyboard.press('Enter');
        return;
      }
    }
    throw new Error('Tab never reached the extension control');
  }
}

/**
 * Poll `fn` in the page until it returns something truthy, and return that.
 * Puppeteer's waitForFunction builds its predicate with `new Function` inside the
 * page, which Firefox ESR 140.12 blocks on extension pages (their CSP forbids eval);
 * a plain evaluate, repeated, is allowed everywhere.
 */
export async function waitUntil<A extends string | undefined, R>(page: Page, fn: (arg: A) => R, arg: A, timeout = 15_000): Promise<NonNullable<Awaited<R>>> {
  const deadline = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const value = (await page.evaluate(fn as (arg: string | undefined) => Awaited<R>, arg)) as Awaited<R>;
      if (value) return value as NonNullable<Awaited<R>>;
    } catch (error) {
      // A navigation in between destroys the context; try again.
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`waited ${timeout} ms in vain${last ? `: ${String(last)}` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export async function textOf(page: Page, selector: string): Promise<string> {
  return page.$eval(selector, (el) => el.textContent ?? '');
}

/** Click the button a person would name so (its aria-label, else its text). */
export async function clickButton(page: Page, name: string): Promise<void> {
  await waitUntil(page, (wanted) => [...document.querySelectorAll('button')].some((b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === wanted && !b.matches(':disabled')), name);
  await page.evaluate((wanted) => {
    const button = [...document.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === wanted && !b.matches(':disabled'));
    button?.click();
  }, name);
}

/**
 * A selector for the control a <label> names. The label's own text is compared,
 * without the control's (a select's options are inside its label).
 */
export async function controlByLabel(page: Page, label: string): Promise<string> {
  const id = await waitUntil(
    page,
    (wanted) => {
      const found = [...document.querySelectorAll('label')].find((l) => {
        const own = [...l.childNodes].filter((n) => n !== l.control && !(n instanceof HTMLSelectElement)).map((n) => n.textContent ?? '');
        return own.join('').trim() === wanted;
      });
      const control = found?.control;
      if (!control) return undefined;
      control.id ||= `pa-test-${Math.random().toString(36).slice(2)}`;
      return control.id;
    },
    label,
  );
  return `#${id}`;
}

/**
 * Act on the control a <label> names. A page's live view can replace the control its first
 * view drew between our finding it and acting on it (the options page and the side panel draw
 * a first view before their live page takes over): then it is found again, and the act redone.
 */
async function onLabelled<T>(page: Page, label: string, act: (selector: string) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    const selector = await controlByLabel(page, label);
    try {
      return await act(selector);
    } catch (error) {
      if (attempt >= 5 || !/No element found|failed to find element/i.test(String(error))) throw error;
    }
  }
}

/** Pick an option of the <select> a <label> names. */
export async function selectByLabel(page: Page, label: string, value: string): Promise<void> {
  await onLabelled(page, label, (selector) => page.select(selector, value));
}

/** Type into the field a <label> names, replacing what is there. */
export async function fillByLabel(page: Page, label: string, value: string): Promise<void> {
  await onLabelled(page, label, async (selector) => {
    await page.click(selector, { count: 3 });
    await page.keyboard.press('Backspace');
    await page.type(selector, value);
  });
}

/** The current value of the control a <label> names. */
export async function valueByLabel(page: Page, label: string): Promise<string | boolean> {
  return onLabelled(page, label, (selector) =>
    page.$eval(selector, (el) => (el instanceof HTMLInputElement && el.type === 'checkbox' ? el.checked : (el as HTMLInputElement).value)),
  );
}
