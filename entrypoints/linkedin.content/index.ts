import { mountSaveButton } from '@/lib/content/save-button';
import { extractWhenReady } from '@/lib/content/extract-when-ready';
import { classifyLinkedInUrl } from '@/lib/capture/linkedin-url';
import { isLeadDocument } from '@/lib/capture/linkedin';
import { listenInContent, sendToBackground } from '@/lib/messaging/transport';
import { touchClickListener } from '@/lib/content/touch-logging';
import { createRealInputGuard, trackVisibility } from '@/lib/content/real-input';
import { samePage } from '@/lib/content/same-page';
import { followContentLanguage, loadContentLanguage } from '@/lib/content/content-language';
import { mountListSaving } from '@/lib/content/list-saving';
import { followPageTheme } from '@/lib/content/page-theme';
import './style.css';

// LinkedIn only (https): the "Save lead" button on profiles, Sales Navigator leads and companies,
// and "Save selected" on list pages (people search, connections, Sales Navigator lists).
// It never opens the database (that would be LinkedIn's IndexedDB); it asks the background.
export default defineContentScript({
  matches: ['https://*.linkedin.com/*'],
  cssInjectionMode: 'ui',
  async main(ctx) {
    // The strings come first: the control is never drawn in a language the rep did not choose.
    await loadContentLanguage(() => sendToBackground({ type: 'i18n.content' }));
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
          extract: () => extractWhenReady(document, () => location.href),
          save: (capture) => sendToBackground({ type: 'capture.save', capture }),
          report: (report) => sendToBackground({ type: 'capture.diagnostic', report }),
          lookup: () => sendToBackground({ type: 'lead.lookup' }),
          openPanel: (target) => sendToBackground({ type: 'panel.open', ...target }).then(() => undefined),
          // The guard watches the row the controller draws, so it is made just below (clicks come later).
          mayAct: (event, control) => guard.mayAct(event, control),
          samePage,
        });
        const guard = createRealInputGuard(shadow, document, trackVisibility(controller.surface, window));
        const lists = mountListSaving(root, shadow, window, (people) => sendToBackground({ type: 'capture.saveList', people }));
        return { controller, guard, lists };
      },
      onRemove: (mounted) => {
        mounted?.controller.destroy();
        mounted?.guard.disconnect();
        mounted?.lists.destroy();
      },
    });
    ui.mount();
    // Dark or light as LinkedIn is (its <html> class), else as the system is.
    ctx.onInvalidated(followPageTheme(document.documentElement, ui.shadowHost));

    // LinkedIn is a single-page app: follow its navigation and re-read the new page.
    // The event's newUrl, not location.href: the Navigation API announces a pushState before it commits.
    // LinkedIn's "no such profile" page sits at a profile address: it is offered nothing.
    const kindOf = (url: string) => {
      const kind = classifyLinkedInUrl(url).kind;
      return kind === 'other' || isLeadDocument(document, url) ? kind : 'other';
    };
    const refresh = (url: string) => {
      ui.mounted?.controller.setPage(url, kindOf(url));
      ui.mounted?.lists.setPage(url);
    };
    refresh(location.href);
    ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => refresh(newUrl.href));

    // Another language picked on the options page: draw the control again in it.
    ctx.onInvalidated(
      followContentLanguage(() => {
        ui.remove();
        ui.mount();
        refresh(location.href);
      }),
    );

    // Invites and messages the rep sends on a saved lead's profile are logged without typing.
    const onClick = touchClickListener({
      doc: document,
      currentUrl: () => location.href,
      record: (kind) => sendToBackground({ type: 'touch.record', kind }),
      show: (text) => ui.mounted?.controller.showStatus(text),
    });
    ctx.addEventListener(document, 'click', onClick, { capture: true });

    const stop = listenInContent({
      'page.notice': async (notice) => ({ shown: ui.mounted?.controller.showNotice(notice) ?? false }),
      'page.extract': async () => (await extractWhenReady(document, () => location.href)).result,
    });
    ctx.onInvalidated(stop);
  },
});
