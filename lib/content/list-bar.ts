import type { ListPerson } from '../capture/linkedin/list-rows';
import { LIST_SAVE_MAX } from '../capture/linkedin/list-page';
import { t, type MessageKey } from '../i18n';
import { MessageError } from '../messaging/content-protocol';
import { el } from './el';

/**
 * The one "Save selected" bar of a LinkedIn list page, in our own closed shadow root
 * (the in-page UI's): how many people are ticked, the save button, and what the save
 * did ("3 saved: 2 new, 1 merged"). Nothing is saved but by the rep's own click on it.
 */
export type SaveCounts = { created: number; merged: number };

export type ListBarDeps = {
  /** Save people (at most LIST_SAVE_MAX per call) through the background. */
  save: (people: ListPerson[]) => Promise<SaveCounts>;
  selected: () => ListPerson[];
  clear: () => void;
  /** Is this activation the rep's own (trusted, visible, on top)? See real-input.ts. */
  mayAct: (event: Event, control: HTMLElement) => boolean;
};

export type ListBar = {
  update(selected: number, rows: number): void;
  /** A click on a row's control was refused: say why. */
  refused(): void;
  /** What must be visible and unoccluded for a click on the bar to count. */
  readonly surface: HTMLElement;
  destroy(): void;
};

/** A request failed after earlier ones had saved people: `saved` says how many are in. */
export class PartlySaved extends Error {
  constructor(
    readonly saved: SaveCounts,
    readonly reason: unknown,
  ) {
    super('saved in part');
    this.name = 'PartlySaved';
  }
}

/** Many people are saved in requests of at most LIST_SAVE_MAX, one after another. */
export async function saveInChunks(people: readonly ListPerson[], save: ListBarDeps['save']): Promise<SaveCounts> {
  const total: SaveCounts = { created: 0, merged: 0 };
  for (let start = 0; start < people.length; start += LIST_SAVE_MAX) {
    let counts: SaveCounts;
    try {
      counts = await save(people.slice(start, start + LIST_SAVE_MAX));
    } catch (error) {
      // The error's own words end in "nothing was saved": untrue once a request went through.
      throw start > 0 ? new PartlySaved({ ...total }, error) : error;
    }
    total.created += counts.created;
    total.merged += counts.merged;
  }
  return total;
}

export function mountListBar(root: HTMLElement, deps: ListBarDeps): ListBar {
  const bar = el('div', 'pa-row pa-list-bar');
  bar.hidden = true;
  const status = el('span', 'pa-status', t('lists.hint'));
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  const save = el('button', 'pa-button pa-save-selected');
  save.type = 'button';
  const clear = el('button', 'pa-button pa-secondary', t('lists.clear'));
  clear.type = 'button';
  bar.append(status, save, clear);
  root.append(bar);

  let busy = false;
  let count = 0;

  function draw() {
    save.textContent = busy ? t('lists.saving') : t('lists.saveSelected', { count });
    save.disabled = busy || count === 0;
    clear.disabled = busy || count === 0;
  }

  function onRealClick(control: HTMLElement, action: () => void) {
    control.addEventListener('click', (event) => {
      if (deps.mayAct(event, control)) action();
      else if (event.isTrusted) status.textContent = t('capture.notVisible');
    });
  }

  onRealClick(save, async () => {
    const people = deps.selected();
    if (busy || people.length === 0) return;
    busy = true;
    draw();
    status.textContent = t('lists.saving');
    try {
      const { created, merged } = await saveInChunks(people, deps.save);
      status.textContent = t('lists.saved', { count: created + merged, created, merged });
      deps.clear();
    } catch (error) {
      const code = error instanceof MessageError ? error.code : 'unknown';
      status.textContent =
        error instanceof PartlySaved ? t('lists.savedPartly', { count: error.saved.created + error.saved.merged }) : t(`error.${code}` as MessageKey);
    } finally {
      busy = false;
      draw();
    }
  });
  onRealClick(clear, () => deps.clear());
  draw();

  return {
    update(selected, rows) {
      count = selected;
      bar.hidden = rows === 0 && !busy;
      draw();
    },
    refused() {
      status.textContent = t('capture.notVisible');
    },
    surface: bar,
    destroy() {
      bar.remove();
    },
  };
}
