import { mountSaveButton } from '@/lib/content/save-button';
import { extractWhenReady } from '@/lib/content/extract-when-ready';
import { classifyLinkedInUrl } from '@/lib/capture/linkedin-url';
import { listenInContent, sendToBackground } from '@/lib/messaging/transport';
import { touchOfClick } from '@/lib/content/touch-detect';
import { t } from '@/lib/i18n';
import './style.css';

// LinkedIn only: the "Save lead" button on profiles, Sales Navigator leads and companies.
// It never opens the database (that would be LinkedIn's IndexedDB); it asks the background.
export default defineContentScript({
  matches: ['*://*.linkedin.com/*'],
  cssInjectionMode: 'ui',
  async main(ctx) {
    const ui = await createShadowRootUi(ctx, {
      name: 'prospecting-assistant-ui',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      onMount: (root) =>
        mountSaveButton(root, {
          extract: () => extractWhenReady(document, () => location.href),
          save: (capture) => sendToBackground({ type: 'capture.save', capture }),
          lookup: (url) => sendToBackground({ type: 'lead.lookup', url }),
          openPanel: (target) => sendToBackground({ type: 'panel.open', ...target }).then(() => undefined),
        }),
      onRemove: (controller) => controller?.destroy(),
    });
    ui.mount();

    // LinkedIn is a single-page app: follow its navigation and re-read the new page.
    // The event's newUrl, not location.href: the Navigation API announces a pushState before it commits.
    const refresh = (url: string) => ui.mounted?.setPage(url, classifyLinkedInUrl(url).kind);
    refresh(location.href);
    ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => refresh(newUrl.href));

    // Invites and messages the rep sends on a saved lead's profile are logged without typing.
    let lastTouch = { kind: '', at: 0 };
    ctx.addEventListener(
      document,
      'click',
      (event) => {
        const kind = touchOfClick(event.target);
        const url = location.href;
        if (!kind || classifyLinkedInUrl(url).kind === 'other') return;
        // One click, one touch: a double click or a re-fired event is not a second invite.
        if (lastTouch.kind === kind && event.timeStamp - lastTouch.at < 2_000) return;
        lastTouch = { kind, at: event.timeStamp };
        void sendToBackground({ type: 'touch.record', url, kind })
          .then((logged) => {
            if (!logged) return;
            const text = t(`touch.logged.${kind}`, { name: logged.name }) + (logged.completedStep ? ` ${t('touch.stepDone', { step: logged.completedStep })}` : '');
            ui.mounted?.showStatus(text);
          })
          .catch(() => undefined);
      },
      { capture: true },
    );

    const stop = listenInContent({
      'page.notice': async (notice) => ({ shown: ui.mounted?.showNotice(notice) ?? false }),
      'page.extract': async () => extractWhenReady(document, () => location.href),
    });
    ctx.onInvalidated(stop);
  },
});
