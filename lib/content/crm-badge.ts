import type { LinkedInPage } from '../capture/linkedin-url';
import { lookupLine } from '../crm/lookup-text';
import { t } from '../i18n';
import type { CrmLookupAnswer } from '../messaging/content-protocol';
import { el } from './el';

export type CrmBadgeDeps = {
  /** Ask the background about the profile in this tab; `page` is the profile it looked up. */
  lookup: () => Promise<{ page: string; answer: CrmLookupAnswer }>;
  /** The answer is for the tab's URL, which may lag a fresh in-page navigation. */
  samePage: (a: string, b: string) => boolean;
  /** Follow whether a CRM is connected (the background's flag in storage.local); returns the unsubscribe. */
  followConnected: (onChange: (connected: boolean) => void) => () => void;
};

export type CrmBadge = { setPage(url: string, kind: LinkedInPage['kind']): void; destroy(): void };

/**
 * "Already in your CRM" on a LinkedIn profile: one line above the "Save lead" row, "In HubSpot ·
 * owner Jane Doe · Lead" with a link to the record, asked once per navigation (the background
 * caches and rate-limits). Nothing at all while no CRM is connected (nor any message to the
 * background: the flag it mirrors says so), and nothing off profiles; a CRM connected later
 * asks about the profile shown at once.
 * The line keeps one size whatever it says: the page can measure our boxes, and must not learn
 * from them whether this person is in the rep's CRM.
 */
export function mountCrmBadge(row: HTMLElement, deps: CrmBadgeDeps): CrmBadge {
  const line = el('div', 'pa-crm');
  line.hidden = true;
  const text = el('span', 'pa-crm-text');
  line.append(text);
  row.before(line);

  // The background's flag (storage.local): while false, nothing is asked.
  let connected = false;
  let pageToken = 0;
  let current: { url: string; kind: LinkedInPage['kind'] } | undefined;

  function show(answer: CrmLookupAnswer | undefined) {
    line.querySelector('a')?.remove();
    text.textContent = lookupLine(answer);
    if (answer?.status === 'found') {
      // The URL is the background's, built from the connected portal; the page supplies no part of it.
      const link = el('a', 'pa-crm-link', t('crmLookup.open'));
      link.href = answer.url;
      link.target = '_blank';
      link.rel = 'noopener noreferrer';
      link.setAttribute('aria-label', t('crmLookup.openFor', { name: answer.name }));
      line.append(link);
    }
    // 'not-connected' while the flag says connected: the host permission taken back, say; nothing is shown.
    line.hidden = !connected || answer?.status === 'not-connected';
  }

  function setPage(url: string, kind: LinkedInPage['kind']) {
    current = { url, kind };
    pageToken += 1;
    const token = pageToken;
    // Public profiles only: a Sales Navigator lead's address names nobody the CRM could hold.
    if (kind !== 'person' || !connected) {
      line.hidden = true;
      return;
    }
    show(undefined);
    // Asked again (a few tries) while the background still sees the previous page in the tab,
    // which it refuses when that was no profile.
    const ask = (tries: number): void => {
      const again = () => (tries > 1 ? void setTimeout(() => ask(tries - 1), 250) : show({ status: 'unavailable', reason: 'error' }));
      deps.lookup().then(
        (found) => {
          if (token !== pageToken) return;
          if (!deps.samePage(found.page, url)) return again();
          show(found.answer);
        },
        () => token === pageToken && again(),
      );
    };
    ask(8);
  }

  const unfollow = deps.followConnected((now) => {
    if (now === connected) return;
    connected = now;
    // Connected while a profile is shown: ask about it now; disconnected: hide (and drop any answer on its way).
    if (current) setPage(current.url, current.kind);
  });

  return {
    setPage,
    destroy() {
      unfollow();
      line.remove();
    },
  };
}
