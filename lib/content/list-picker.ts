import type { ListPageKind } from '../capture/linkedin/list-page';
import { scanListRows, type FoundRow, type ListPerson } from '../capture/linkedin/list-rows';
import { t } from '../i18n';
import type { RealInputGuard } from './real-input';

/**
 * The small "Select" control beside each person on a LinkedIn list page, and what
 * the rep has ticked.
 *
 * Each control lives in its own closed shadow root, in a host element of ours
 * inserted just before the row: LinkedIn's elements, classes and handlers are left
 * as they are, its CSS cannot reach the control, and its scripts cannot read it or
 * whom it selects. LinkedIn re-renders its lists (pagination, filters, React and
 * Ember updates) and may drop our hosts with its nodes, so a MutationObserver on the
 * page notes element changes and, at most once a frame, the rows are found again and
 * hosts re-attached (controls whose rows went are reused for the new ones). What is ticked
 * is kept by profile URL, so it survives a re-render.
 * A tick counts only when the rep's own click passes the real-input guard.
 */

export const PICK_HOST = 'prospecting-assistant-pick';

/** Controls kept for reuse: a page of results shows 10 to 25 people. */
const SPARE_MAX = 50;

/** After an in-page navigation, how long a page that never changes waits for its scan. */
const DRAW_WAIT_MS = 1_000;

// One size whatever the state: the page can measure our hosts, so their boxes must not tell it who is ticked.
const PICK_CSS = `
:host { all: initial !important; display: block !important; margin: 4px 0 !important; }
.pick { box-sizing: border-box; display: inline-flex; align-items: center; gap: 6px; width: 7.5em; height: 28px;
  padding: 0 10px; border: 1px solid #0a66c2; border-radius: 999px; background: #fff; color: #0a66c2;
  font: 600 13px/1 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; cursor: pointer; }
.pick:focus-visible { outline: 3px solid #f5a623; outline-offset: 2px; }
.box { box-sizing: border-box; width: 14px; height: 14px; border: 2px solid #0a66c2; border-radius: 3px; flex: none; }
.pick[aria-checked='true'] { background: #0a66c2; color: #fff; }
.pick[aria-checked='true'] .box { background: #fff; box-shadow: inset 0 0 0 2px #0a66c2; }
`;

// Events from our control are not the page's to see (its row handlers, delegated clicks, shortcuts).
const ISOLATED_EVENTS = ['click', 'dblclick', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'keydown', 'keyup', 'keypress'];

export type ListPickerDeps = {
  doc: Document;
  /** Judges a click on a control in `root`: the rep's own, on the control as they see it? */
  makeGuard: (root: ShadowRoot) => RealInputGuard;
  /** The selection or the rows changed. */
  onChange: (selected: number, rows: number) => void;
  /** A trusted click the guard refused (the control was covered or hidden). */
  onRefused: () => void;
  /** Runs a rescan soon after the page changed (requestAnimationFrame). */
  schedule: (run: () => void) => void;
  findRows?: (scope: ParentNode, kind: ListPageKind) => FoundRow[];
};

export type ListPicker = {
  /**
   * The page is (or is no longer) a list page; any navigation starts a new selection.
   * `navigated`: an in-page navigation, at its URL change, when the document still shows
   * the page before: the rows are looked for once the page changes (or after a while).
   */
  setPage(kind: ListPageKind | undefined, navigated?: boolean): void;
  /** Find the rows again now (what the observer schedules). */
  sync(): void;
  /**
   * Build `count` controls ahead, while the page is idle: the first list page reached in
   * the page then takes them instead of building a shadow root, its style and listeners
   * per row within its navigation. They stay out of the page's document until used.
   */
  prepare(count: number): void;
  selected(): ListPerson[];
  clear(): void;
  destroy(): void;
};

type Pick = { host: HTMLElement; button: HTMLButtonElement; url: string; name: string; guard: RealInputGuard };

export function createListPicker(deps: ListPickerDeps): ListPicker {
  const { doc } = deps;
  const findRows = deps.findRows ?? scanListRows;
  const picks = new Map<Element, Pick>();
  const selection = new Map<string, ListPerson>();
  /** The row each URL was at the last scan (a tick reads and saves what it shows). */
  const shown = new Map<string, FoundRow>();
  let kind: ListPageKind | undefined;
  let scheduled = false;
  /** After an in-page navigation, until the page draws: the rows shown are the page before's. */
  let awaitingDraw: ReturnType<typeof setTimeout> | undefined;

  function setChecked(pick: Pick) {
    const on = String(selection.has(pick.url));
    if (pick.button.getAttribute('aria-checked') !== on) pick.button.setAttribute('aria-checked', on);
  }

  function notify() {
    deps.onChange(selection.size, picks.size);
  }

  /**
   * Controls whose rows are gone, kept to stand beside the next rows: the next page of results
   * reuses them rather than building a shadow root, its style and listeners per row again.
   */
  const spare: Pick[] = [];

  function createPick(url: string): Pick {
    const reused = spare.pop();
    if (reused) {
      reused.url = url;
      reused.name = '';
      return reused;
    }
    return buildPick(url);
  }

  function buildPick(url: string): Pick {
    const host = doc.createElement(PICK_HOST);
    const shadow = host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = PICK_CSS;
    const button = doc.createElement('button');
    button.type = 'button';
    button.className = 'pick';
    button.setAttribute('role', 'checkbox');
    const box = doc.createElement('span');
    box.className = 'box';
    const label = doc.createElement('span');
    label.textContent = t('lists.pick');
    button.append(box, label);
    shadow.append(style, button);
    for (const type of ISOLATED_EVENTS) shadow.addEventListener(type, (event) => event.stopPropagation());
    const pick: Pick = { host, button, url, name: '', guard: deps.makeGuard(shadow) };
    button.addEventListener('click', (event) => {
      if (!pick.guard.mayAct(event, button)) {
        // A script's click is told nothing; the rep's refused click is.
        if (event.isTrusted) deps.onRefused();
        return;
      }
      const current = shown.get(pick.url);
      if (selection.has(pick.url)) selection.delete(pick.url);
      else if (current) selection.set(pick.url, current.read());
      for (const other of picks.values()) if (other.url === pick.url) setChecked(other);
      notify();
    });
    return pick;
  }

  function drop(pick: Pick) {
    pick.host.remove();
    if (spare.length < SPARE_MAX) spare.push(pick);
    else pick.guard.disconnect();
  }

  function request() {
    if (scheduled) return;
    scheduled = true;
    deps.schedule(sync);
  }

  function stopAwaiting() {
    if (awaitingDraw !== undefined) clearTimeout(awaitingDraw);
    awaitingDraw = undefined;
  }

  function sync() {
    scheduled = false;
    stopAwaiting();
    if (!kind || !doc.body) return;
    const rows = findRows(doc.body, kind);
    const seen = new Set<Element>(rows.map((found) => found.row));
    // Rows gone first: their controls are the spares the new rows take.
    for (const [row, pick] of picks) {
      if (seen.has(row)) continue;
      drop(pick);
      picks.delete(row);
    }
    for (const found of rows) {
      const { row, profileUrl, name } = found;
      shown.set(profileUrl, found);
      let pick = picks.get(row);
      if (pick && (pick.url !== profileUrl || !pick.host.isConnected || pick.host.nextElementSibling !== row)) {
        drop(pick);
        pick = undefined;
      }
      if (!pick) {
        pick = createPick(profileUrl);
        row.before(pick.host);
        picks.set(row, pick);
      }
      if (pick.name !== name) {
        pick.name = name;
        pick.button.setAttribute('aria-label', t('lists.pickPerson', { name }));
      }
      // A ticked row is saved as it shows now (a re-render may have changed it); the others are read when ticked.
      if (selection.has(profileUrl)) selection.set(profileUrl, found.read());
      setChecked(pick);
    }
    // What we just inserted and removed is not the page re-rendering.
    observer?.takeRecords();
    notify();
  }

  /**
   * Cheap per batch: only elements coming or going can add, move or remove rows. Read from
   * the last record back: a page drawn anew removes its old nodes one record each (LinkedIn's
   * body has a hundred and more) and adds the new ones at the end, which answers at once.
   */
  function matters(records: readonly MutationRecord[]): boolean {
    let removed = false;
    for (let i = records.length - 1; i >= 0; i -= 1) {
      const record = records[i]!;
      const added = record.addedNodes;
      for (let j = 0; j < added.length; j += 1) {
        const node = added[j]!;
        if (node.nodeType === 1 && (node as Element).localName !== PICK_HOST) return true;
      }
      if (!removed && record.removedNodes.length > 0) removed = true;
    }
    if (!removed) return false;
    for (const [row, pick] of picks) if (!row.isConnected || !pick.host.isConnected) return true;
    return false;
  }

  const View = doc.defaultView?.MutationObserver;
  const observer = View
    ? new View((records) => {
        if (scheduled || !matters(records)) return;
        request();
      })
    : undefined;

  function stop() {
    stopAwaiting();
    observer?.disconnect();
    for (const pick of picks.values()) drop(pick);
    picks.clear();
    shown.clear();
  }

  return {
    setPage(next, navigated = false) {
      selection.clear();
      const wasList = kind !== undefined;
      kind = next;
      if (!kind || !doc.body) {
        stop();
        notify();
        return;
      }
      // From list to list (the next page of results) the controls stay until the scan: a row
      // still shown keeps its own, the others go then (LinkedIn drops most with its nodes).
      for (const pick of picks.values()) setChecked(pick);
      if (!wasList) observer?.observe(doc.body, { childList: true, subtree: true });
      notify();
      if (!navigated) {
        request();
        return;
      }
      // Not now, nor at the next frame: at a URL change the document still shows the page before,
      // and LinkedIn draws the new one when its data comes (a scan of the old page was half a list
      // navigation's cost, tests/bench/content-cost). The page's first change asks for a scan
      // (the observer); a page drawn before its URL changed is scanned after a while all the same.
      stopAwaiting();
      awaitingDraw = setTimeout(() => {
        awaitingDraw = undefined;
        request();
      }, DRAW_WAIT_MS);
    },
    sync,
    prepare(count) {
      while (spare.length < Math.min(count, SPARE_MAX)) spare.push(buildPick(''));
    },
    selected: () => [...selection.values()],
    clear() {
      selection.clear();
      for (const pick of picks.values()) setChecked(pick);
      notify();
    },
    destroy() {
      kind = undefined;
      stop();
      for (const pick of spare.splice(0)) pick.guard.disconnect();
      selection.clear();
    },
  };
}
