import { mountSaveButton } from '@/lib/content/save-button';
import { extractWhenReady } from '@/lib/content/extract-when-ready';
import { classifyLinkedInUrl } from '@/lib/capture/linkedin-url';
import { listenInContent, sendToBackground } from '@/lib/messaging/transport';
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

    const stop = listenInContent({
      'page.notice': async (notice) => ({ shown: ui.mounted?.showNotice(notice) ?? false }),
      'page.extract': async () => extractWhenReady(document, () => location.href),
    });
    ctx.onInvalidated(stop);
  },
});
