import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { classifyLinkedInUrl } from '../capture/linkedin-url';
import { isLeadDocument } from '../capture/linkedin/lead-document';
import { listenInContent, sendFromContent } from '../messaging/content-transport';
import { followContentLanguage, loadContentLanguage } from './content-language';
import { mountCrmBadge } from './crm-badge';
import { followCrmConnected } from './crm-connected';
import { mountListSaving } from './list-saving';
import { followPageTheme } from './page-theme';
import { readerLoader } from './reader';
import { createRealInputGuard, trackVisibility } from './real-input';
import { samePage } from './same-page';
import { mountSaveButton } from './save-button';
import { touchClickListener } from './touch-logging';
import { warmListScan } from './list-warmup';

/**
 * Everything the LinkedIn content script does on a LinkedIn page: the "Save lead" button on
 * profiles, Sales Navigator leads and companies, "Save selected" on list pages, touch logging,
 * the rep's language and LinkedIn's theme, and the background's page.notice and page.extract.
 * It never opens the database (that would be LinkedIn's IndexedDB); it asks the background.
 *
 * What runs at every navigation stays small (URL classification, the "no such profile" check,
 * list rows); the extractors are loaded into the page only on a lead page, when it is idle, or
 * on the rep's click at the latest (./reader.ts).
 */
export async function setupLinkedInPage(ctx: ContentScriptContext): Promise<void> {
  // The strings come first: the control is never drawn in a language the rep did not choose.
  await loadContentLanguage(() => sendFromContent({ type: 'i18n.content' }));
  const reader = readerLoader(globalThis, () => sendFromContent({ type: 'linkedin.reader' }));
  const extract = async () => (await reader()).read(document, () => location.href);

  const ui = await createShadowRootUi(ctx, {
    name: 'prospecting-assistant-ui',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    // Closed: LinkedIn's scripts cannot read what we show (who is saved, their names).
    mode: 'closed',
    // Keys typed in our control are not LinkedIn's business (nor its shortcuts').
    isolateEvents: true,
    onMount: (root, shadow) => {
      const controller = mountSaveButton(root, {
        extract,
        save: (capture) => sendFromContent({ type: 'capture.save', capture }),
        report: (report) => sendFromContent({ type: 'capture.diagnostic', report }),
        lookup: () => sendFromContent({ type: 'lead.lookup' }),
        openPanel: (target) => sendFromContent({ type: 'panel.open', ...target }).then(() => undefined),
        // The guard watches the row the controller draws, so it is made just below (clicks come later).
        mayAct: (event, control) => guard.mayAct(event, control),
        samePage,
      });
      const guard = createRealInputGuard(shadow, document, trackVisibility(controller.surface, window));
      const lists = mountListSaving(root, shadow, window, (people) => sendFromContent({ type: 'capture.saveList', people }));
      // "Already in HubSpot", on the line above the row.
      const crm = mountCrmBadge(controller.surface, { lookup: () => sendFromContent({ type: 'crm.lookup' }), samePage, followConnected: followCrmConnected });
      return { controller, guard, lists, crm };
    },
    onRemove: (mounted) => {
      mounted?.controller.destroy();
      mounted?.guard.disconnect();
      mounted?.lists.destroy();
      mounted?.crm.destroy();
    },
  });
  ui.mount();
  // Dark or light as LinkedIn is (its <html> class), else as the system is.
  ctx.onInvalidated(followPageTheme(document.documentElement, ui.shadowHost));

  // LinkedIn is a single-page app: follow its navigation and re-read the new page.
  // The event's newUrl, not location.href: the Navigation API announces a pushState before it commits.
  // LinkedIn's "no such profile" page sits at a profile address: it is offered nothing.
  // At an in-page navigation the document still shows the page before (the Navigation API's
  // `navigate` event comes before LinkedIn draws): only the URL says anything, and reading the
  // old page's headings was a third of a navigation's cost (docs/benchmarks.md). A "no such
  // profile" page reached that way is still refused when read (the extractors check it too).
  const kindOf = (url: string, documentShown: boolean) => {
    const kind = classifyLinkedInUrl(url).kind;
    return kind === 'other' || !documentShown || isLeadDocument(document, url) ? kind : 'other';
  };
  const refresh = (url: string, pageLoad = false, navigated = false) => {
    const kind = kindOf(url, !navigated);
    ui.mounted?.controller.setPage(url, kind);
    ui.mounted?.lists.setPage(url, navigated);
    ui.mounted?.crm.setPage(url, kind);
    // A lead page opened as a page load: the rep may click "Save lead" at any moment, so the
    // extractors load as soon as the page is idle (within a second), as part of the load. An in-page
    // navigation never loads them (its budget is 5 ms of main thread): a click there loads them,
    // once. Other pages (the feed, search, messages, lists) never do; once loaded they stay.
    if (pageLoad && kind !== 'other') ctx.requestIdleCallback(() => void reader().catch(() => undefined), { timeout: 1_000 });
  };
  refresh(location.href, true);
  // Any LinkedIn page can lead to a list page in the page: have the scan's code compiled before then.
  // And the row controls a list page takes, built ahead (again for each new mount: a language change).
  const prepareLists = () => ctx.requestIdleCallback(() => ui.mounted?.lists.prepare(), { timeout: 5_000 });
  ctx.requestIdleCallback(warmListScan, { timeout: 5_000 });
  prepareLists();
  ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => refresh(newUrl.href, false, true));

  // Another language picked on the options page: draw the control again in it.
  ctx.onInvalidated(
    followContentLanguage(() => {
      ui.remove();
      ui.mount();
      refresh(location.href);
      prepareLists();
    }),
  );

  // Invites and messages the rep sends on a saved lead's profile are logged without typing.
  const onClick = touchClickListener({
    doc: document,
    currentUrl: () => location.href,
    record: (kind) => sendFromContent({ type: 'touch.record', kind }),
    show: (text) => ui.mounted?.controller.showStatus(text),
  });
  ctx.addEventListener(document, 'click', onClick, { capture: true });

  const stop = listenInContent({
    'page.notice': async (notice) => ({ shown: ui.mounted?.controller.showNotice(notice) ?? false }),
    'page.extract': async () => (await extract()).result,
  });
  ctx.onInvalidated(stop);
}
