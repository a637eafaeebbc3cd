import { mountSaveButton } from '@/lib/content/save-button';
import { extractWhenReady } from '@/lib/content/extract-when-ready';
import { classifyLinkedInUrl } from '@/lib/capture/linkedin-url';
import { listenInContent, sendToBackground } from '@/lib/messaging/transport';
import { touchOfClick, TouchOwnership } from '@/lib/content/touch-detect';
import { createRealInputGuard, trackVisibility } from '@/lib/content/real-input';
import { samePage } from '@/lib/content/same-page';
import { t } from '@/lib/i18n';
import './style.css';

// LinkedIn only (https): the "Save lead" button on profiles, Sales Navigator leads and companies.
// It never opens the database (that would be LinkedIn's IndexedDB); it asks the background.
export default defineContentScript({
  matches: ['https://*.linkedin.com/*'],
  cssInjectionMode: 'ui',
  async main(ctx) {
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
          lookup: () => sendToBackground({ type: 'lead.lookup' }),
          openPanel: (target) => sendToBackground({ type: 'panel.open', ...target }).then(() => undefined),
          // The guard watches the row the controller draws, so it is made just below (clicks come later).
          mayAct: (event, control) => guard.mayAct(event, control),
          samePage,
        });
        const guard = createRealInputGuard(shadow, document, trackVisibility(controller.surface, window));
        return { controller, guard };
      },
      onRemove: (mounted) => {
        mounted?.controller.destroy();
        mounted?.guard.disconnect();
      },
    });
    ui.mount();

    // LinkedIn is a single-page app: follow its navigation and re-read the new page.
    // The event's newUrl, not location.href: the Navigation API announces a pushState before it commits.
    const refresh = (url: string) => ui.mounted?.controller.setPage(url, classifyLinkedInUrl(url).kind);
    refresh(location.href);
    ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => refresh(newUrl.href));

    // Invites and messages the rep sends on a saved lead's profile are logged without typing:
    // only the rep's own clicks (trusted), and only when the dialog or composer is the profile owner's.
    const ownership = new TouchOwnership();
    // The profile's own heading: in <main>, before any sidebar card that has headings of its own.
    const ownerName = () => (document.querySelector('main h1') ?? document.querySelector('h1'))?.textContent?.replace(/\s+/g, ' ').trim() || undefined;
    let lastTouch = { kind: '', at: 0 };
    ctx.addEventListener(
      document,
      'click',
      (event) => {
        if (!event.isTrusted || !(event.target instanceof Element)) return;
        if (classifyLinkedInUrl(location.href).kind === 'other') return;
        const kind = touchOfClick(event.target);
        if (!kind) {
          ownership.noteClick(event.target, ownerName(), event.timeStamp);
          return;
        }
        if (!ownership.belongsToOwner(kind, event.target, ownerName(), event.timeStamp)) return;
        // One click, one touch: a double click or a re-fired event is not a second invite.
        if (lastTouch.kind === kind && event.timeStamp - lastTouch.at < 2_000) return;
        lastTouch = { kind, at: event.timeStamp };
        void sendToBackground({ type: 'touch.record', kind })
          .then((logged) => {
            if (!logged) return;
            const text = t(`touch.logged.${kind}`, { name: logged.name }) + (logged.completedStep ? ` ${t('touch.stepDone', { step: logged.completedStep })}` : '');
            ui.mounted?.controller.showStatus(text);
          })
          .catch(() => undefined);
      },
      { capture: true },
    );

    const stop = listenInContent({
      'page.notice': async (notice) => ({ shown: ui.mounted?.controller.showNotice(notice) ?? false }),
      'page.extract': async () => extractWhenReady(document, () => location.href),
    });
    ctx.onInvalidated(stop);
  },
});
