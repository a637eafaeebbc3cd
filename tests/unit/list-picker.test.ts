/**
 * The per-row "Select" controls in a page DOM (jsdom): one closed host before each
 * person's row, LinkedIn's own markup left untouched, ticks only through the guard,
 * re-attached after the page re-renders its list, and gone off list pages. After an
 * in-page navigation the rows are looked for only once the page has changed.
 * (Real clicks and the guard itself are covered end to end in Chromium.)
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { extractListPeople } from '../../lib/capture/linkedin/list-rows';
import { createListPicker, PICK_HOST, type ListPicker } from '../../lib/content/list-picker';
import type { RealInputGuard } from '../../lib/content/real-input';
import { readRealPage } from '../e2e/harness/real-pages';

// Parsed once: jsdom takes seconds over this 1 MB page. Each test gets a fresh copy of its body.
const SEARCH_PAGE = new DOMParser().parseFromString(readRealPage('14-li-search-people-2025.html'), 'text/html');
// jsdom is slow on a page this size (a loaded 2-core machine more so).
const SLOW = 30_000;

function loadPage(page: Document) {
  document.body.replaceWith(document.importNode(page.body, true));
}

/** The page's own markup, with our hosts taken out (what LinkedIn's scripts would compare). */
function pageMarkup(): string {
  const copy = document.body.cloneNode(true) as HTMLElement;
  for (const host of copy.querySelectorAll(PICK_HOST)) host.remove();
  return copy.outerHTML;
}

let picker: ListPicker | undefined;
afterEach(() => {
  picker?.destroy();
  vi.restoreAllMocks();
});

function setup(allow = true) {
  vi.restoreAllMocks();
  const roots = new Map<ShadowRoot, HTMLButtonElement>();
  const pending: (() => void)[] = [];
  const onChange = vi.fn();
  const onRefused = vi.fn();
  picker = createListPicker({
    doc: document,
    makeGuard: (root): RealInputGuard => ({ mayAct: () => allow, disconnect: () => roots.delete(root) }),
    onChange,
    onRefused,
    schedule: (run) => pending.push(run),
  });
  const original = HTMLElement.prototype.attachShadow;
  // The roots are closed; the test keeps them as our own content script would.
  vi.spyOn(HTMLElement.prototype, 'attachShadow').mockImplementation(function (this: HTMLElement, init: ShadowRootInit) {
    const root = original.call(this, init);
    queueMicrotask(() => {
      const button = root.querySelector('button');
      if (button) roots.set(root, button);
    });
    return root;
  });
  const buttons = () => [...roots.values()].filter((b) => b.isConnected);
  const buttonFor = (name: string) => buttons().find((b) => b.getAttribute('aria-label') === `Select ${name}`);
  const flush = async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
    while (pending.length) pending.shift()!();
    await Promise.resolve();
  };
  return { picker: picker!, buttons, buttonFor, flush, onChange, onRefused };
}

describe('list picker on the real search page', { timeout: SLOW }, () => {
  it('puts one closed host before each of the ten rows and leaves LinkedIn’s markup as it was', async () => {
    loadPage(SEARCH_PAGE);
    const before = pageMarkup();
    const { picker, buttons, onChange, flush } = setup();
    picker.setPage('search-people');
    // Not at the URL change itself (the document may still show the page before): a frame later.
    expect(document.querySelectorAll(PICK_HOST)).toHaveLength(0);
    await flush();
    const hosts = [...document.querySelectorAll(PICK_HOST)];
    expect(hosts).toHaveLength(10);
    for (const host of hosts) {
      expect(host.nextElementSibling?.localName).toBe('li');
      expect((host as HTMLElement).shadowRoot).toBeNull();
    }
    expect(buttons().map((b) => b.getAttribute('aria-checked'))).toEqual(Array(10).fill('false'));
    expect(pageMarkup()).toBe(before);
    expect(onChange).toHaveBeenLastCalledWith(0, 10);
  });

  it('ticks only what the guard lets through, and says so when a trusted click was refused', async () => {
    loadPage(SEARCH_PAGE);
    const refusedSetup = setup(false);
    refusedSetup.picker.setPage('search-people');
    await refusedSetup.flush();
    refusedSetup.buttonFor('Jake Nyquist')!.click();
    expect(refusedSetup.picker.selected()).toEqual([]);
    // jsdom clicks are untrusted: a script's click is told nothing.
    expect(refusedSetup.onRefused).not.toHaveBeenCalled();
    refusedSetup.picker.destroy();

    const { picker, buttonFor, onChange, flush } = setup(true);
    picker.setPage('search-people');
    await flush();
    buttonFor('Jake Nyquist')!.click();
    buttonFor('AJ Ding')!.click();
    expect(picker.selected().map((p) => p.name)).toEqual(['Jake Nyquist', 'AJ Ding']);
    expect(buttonFor('Jake Nyquist')!.getAttribute('aria-checked')).toBe('true');
    expect(onChange).toHaveBeenLastCalledWith(2, 10);
    buttonFor('Jake Nyquist')!.click();
    expect(picker.selected().map((p) => p.name)).toEqual(['AJ Ding']);
  });

  it('controls prepared ahead stand beside the first rows: none is built then, and they work as new ones', async () => {
    loadPage(SEARCH_PAGE);
    const { picker, buttons, buttonFor, flush, onChange } = setup();
    picker.prepare(10);
    // Built out of the page: nothing of LinkedIn's document changed yet.
    expect(document.querySelectorAll(PICK_HOST)).toHaveLength(0);
    const built = vi.mocked(HTMLElement.prototype.attachShadow).mock.calls.length;
    expect(built).toBe(10);
    picker.setPage('search-people');
    await flush();
    expect(document.querySelectorAll(PICK_HOST)).toHaveLength(10);
    expect(vi.mocked(HTMLElement.prototype.attachShadow).mock.calls.length).toBe(built);
    expect(buttons()).toHaveLength(10);
    buttonFor('Jake Nyquist')!.click();
    expect(picker.selected().map((p) => p.name)).toEqual(['Jake Nyquist']);
    expect(onChange).toHaveBeenLastCalledWith(1, 10);
  });

  it('re-attaches after the page replaces its list nodes, keeping what was ticked', async () => {
    loadPage(SEARCH_PAGE);
    const { picker, buttonFor, flush } = setup();
    picker.setPage('search-people');
    await flush();
    buttonFor('Maja Milinkovic')!.click();
    const list = document.querySelector(`${PICK_HOST} + li`)!.parentElement!;
    // The page re-renders: every item replaced by a fresh copy (our hosts dropped with the old nodes).
    const items = [...list.children].filter((child) => child.localName === 'li').map((li) => li.cloneNode(true));
    list.replaceChildren(...items);
    expect(document.querySelectorAll(PICK_HOST)).toHaveLength(0);
    await flush();
    const hosts = [...document.querySelectorAll(PICK_HOST)];
    expect(hosts).toHaveLength(10);
    expect(hosts.every((host) => items.includes(host.nextElementSibling!))).toBe(true);
    expect(buttonFor('Maja Milinkovic')!.getAttribute('aria-checked')).toBe('true');
    expect(picker.selected().map((p) => p.name)).toEqual(['Maja Milinkovic']);
  });

  it('a row the page removes loses its control; leaving the list page removes them all', async () => {
    loadPage(SEARCH_PAGE);
    const { picker, flush, onChange } = setup();
    picker.setPage('search-people');
    await flush();
    document.querySelector(`${PICK_HOST} + li`)!.remove();
    await flush();
    expect(document.querySelectorAll(PICK_HOST)).toHaveLength(9);
    picker.setPage(undefined);
    expect(document.querySelectorAll(PICK_HOST)).toHaveLength(0);
    expect(onChange).toHaveBeenLastCalledWith(0, 0);
  });

  it('text-only changes in the page schedule no rescan', async () => {
    loadPage(SEARCH_PAGE);
    const findRows = vi.fn(() => []);
    picker = createListPicker({ doc: document, makeGuard: () => ({ mayAct: () => true, disconnect: () => undefined }), onChange: vi.fn(), onRefused: vi.fn(), schedule: (run) => run(), findRows });
    picker.setPage('search-people');
    expect(findRows).toHaveBeenCalledTimes(1);
    document.querySelector('li')!.append(document.createTextNode(' 3 new results'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(findRows).toHaveBeenCalledTimes(1);
    document.querySelector('li')!.append(document.createElement('div'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(findRows).toHaveBeenCalledTimes(2);
  });
  it('a ticked person is saved with what the row shows (headline and location read at the tick)', async () => {
    loadPage(SEARCH_PAGE);
    const full = extractListPeople(document, 'search-people').find((person) => person.name === 'AJ Ding')!;
    expect(full.headline).toBeTruthy();
    const { picker, buttonFor, flush } = setup();
    picker.setPage('search-people');
    await flush();
    buttonFor('AJ Ding')!.click();
    expect(picker.selected()).toEqual([full]);
  });
});

describe('list picker after an in-page navigation', { timeout: SLOW }, () => {
  it('looks for rows once the page changes, not in the page still shown at the URL change', async () => {
    loadPage(SEARCH_PAGE);
    const { picker, flush } = setup();
    picker.setPage('search-people', true);
    await flush();
    expect(document.querySelectorAll(PICK_HOST)).toHaveLength(0);
    // The router draws the new page.
    document.body.append(document.createElement('div'));
    await vi.waitFor(async () => {
      await flush();
      expect(document.querySelectorAll(PICK_HOST)).toHaveLength(10);
    });
  });

  it('a page drawn before its URL changed gets its controls after a while all the same', async () => {
    loadPage(SEARCH_PAGE);
    const { picker, flush } = setup();
    picker.setPage('search-people', true);
    await vi.waitFor(
      async () => {
        await flush();
        expect(document.querySelectorAll(PICK_HOST)).toHaveLength(10);
      },
      { timeout: 5_000, interval: 100 },
    );
  });

  it('from list to list: a new selection, the controls kept until the new rows are found', async () => {
    loadPage(SEARCH_PAGE);
    const { picker, buttons, buttonFor, flush, onChange } = setup();
    picker.setPage('search-people');
    await flush();
    buttonFor('AJ Ding')!.click();
    picker.setPage('search-people', true);
    expect(picker.selected()).toEqual([]);
    expect(onChange).toHaveBeenLastCalledWith(0, 10);
    expect(buttons().map((b) => b.getAttribute('aria-checked'))).toEqual(Array(10).fill('false'));
    // The next page of results: nine of the rows replaced, one kept.
    const list = document.querySelector(`${PICK_HOST} + li`)!.parentElement!;
    const items = [...list.children].filter((child) => child.localName === 'li');
    for (const item of items.slice(1)) item.replaceWith(item.cloneNode(true));
    await vi.waitFor(async () => {
      await flush();
      expect(document.querySelectorAll(PICK_HOST)).toHaveLength(10);
      expect([...document.querySelectorAll(PICK_HOST)].every((host) => host.nextElementSibling?.isConnected && host.nextElementSibling.localName === 'li')).toBe(true);
    });
    expect(buttons()).toHaveLength(10);
  });
});
