import { listPageKind } from '../capture/linkedin/list-page';
import type { ListPerson } from '../capture/linkedin/list-rows';
import { mountListBar, type SaveCounts } from './list-bar';
import { createListPicker } from './list-picker';
import { createRealInputGuard, trackVisibility } from './real-input';

/**
 * "Save selected" on LinkedIn list pages: a control beside each person, one bar to
 * save those ticked. Only list pages (lib/capture/linkedin/list-page.ts) get either;
 * every other page (the feed above all) costs no scan and shows nothing.
 */
/** A page of people search results shows ten. */
const PREPARED_PICKS = 10;

export type ListSaving = {
  /** `navigated`: an in-page navigation, whose page is not drawn yet (see ListPicker.setPage). */
  setPage(url: string, navigated?: boolean): void;
  /** Controls built ahead for the first list page (ListPicker.prepare). */
  prepare(): void;
  destroy(): void;
};

export function mountListSaving(
  root: HTMLElement,
  shadow: ShadowRoot,
  view: Window & typeof globalThis,
  save: (people: ListPerson[]) => Promise<SaveCounts>,
): ListSaving {
  const doc = view.document;
  const picker = createListPicker({
    doc,
    // Each control's root is judged on its own: the page sees only its host at the click point.
    makeGuard: (pickRoot) => createRealInputGuard(pickRoot, doc),
    onChange: (selected, rows) => bar.update(selected, rows),
    onRefused: () => bar.refused(),
    schedule: (run) => view.requestAnimationFrame(run),
  });
  const bar = mountListBar(root, {
    save,
    selected: picker.selected,
    clear: picker.clear,
    // The bar saves: it is also vouched for by an IntersectionObserver v2 where the browser has one.
    mayAct: (event, control) => barGuard.mayAct(event, control),
  });
  const barGuard = createRealInputGuard(shadow, doc, trackVisibility(bar.surface, view));
  return {
    setPage: (url, navigated = false) => picker.setPage(listPageKind(url), navigated),
    prepare: () => picker.prepare(PREPARED_PICKS),
    destroy() {
      picker.destroy();
      barGuard.disconnect();
      bar.destroy();
    },
  };
}
