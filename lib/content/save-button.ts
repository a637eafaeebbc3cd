import type { Extraction, ExtractionReport } from '../capture/linkedin';
import type { Capture } from '../capture/schema';
import { buildDriftReview } from './drift-review';
import type { LinkedInPage } from '../capture/linkedin-url';
import { t, type MessageKey } from '../i18n';
import type { ContentRequest, SavedSummary } from '../messaging/content-protocol';
import { MessageError } from '../messaging/content-protocol';
import { el } from './el';

export type SaveButtonDeps = {
  /** Read the page now, with what the read tells about LinkedIn's markup. */
  extract: () => Promise<Extraction>;
  /** Keep a diagnostic note of how a lead page was read (no page text; see report.ts). */
  report?: (report: ExtractionReport) => Promise<unknown>;
  save: (capture: Capture) => Promise<SavedSummary>;
  /** Whether the page in this tab is saved; `url` is the page the background looked up. */
  lookup: () => Promise<{ url: string; lead: { id: string; name: string } | null }>;
  openPanel: (target?: { leadId?: string; view?: 'new' }) => Promise<void>;
  /** Is this activation the rep's own (trusted, visible, on top)? See real-input.ts. */
  mayAct: (event: Event, control: HTMLElement) => boolean;
  /** Same page? The lookup answer is for the tab's URL, which may lag a fresh in-page navigation. */
  samePage: (a: string, b: string) => boolean;
};

type Notice = Omit<Extract<ContentRequest, { type: 'page.notice' }>, 'type'>;

export type SaveButtonController = {
  setPage(url: string, kind: LinkedInPage['kind']): void;
  showNotice(notice: Notice): boolean;
  /** A short status line in the page (plain text), e.g. "Invite logged". */
  showStatus(text: string): void;
  /** The row of controls the rep clicks (what must be visible and unoccluded for a click to count). */
  readonly surface: HTMLElement;
  destroy(): void;
};

function errorMessage(error: unknown): string {
  const code = error instanceof MessageError ? error.code : 'unknown';
  return t(`error.${code}` as MessageKey);
}

/**
 * The in-page "Save lead" control, in plain DOM (no framework on every LinkedIn page).
 * It shows on lead pages only and follows single-page navigation through setPage().
 */
export function mountSaveButton(root: HTMLElement, deps: SaveButtonDeps): SaveButtonController {
  const dock = el('div', 'pa-dock');
  dock.hidden = true;
  const notices = el('div', 'pa-notices');
  notices.setAttribute('role', 'status');
  notices.setAttribute('aria-live', 'polite');
  const row = el('div', 'pa-row');
  const status = el('span', 'pa-status');
  const save = el('button', 'pa-button pa-save', t('capture.saveLead'));
  save.type = 'button';
  // Always shown, and the row keeps one size whatever the state (see style.css): the
  // page can measure our host's boxes, so their geometry must not tell it whether
  // this profile is saved.
  const open = el('button', 'pa-button pa-secondary', t('capture.openInPanel'));
  open.type = 'button';
  row.append(status, save, open);
  dock.append(notices, row);
  root.append(dock);

  let pageToken = 0;
  let savedId: string | undefined;
  /** The page the row is for (setPage). */
  let pageUrl = '';

  function showSaved(summary: { id: string; name: string }, key: MessageKey = 'capture.saved') {
    savedId = summary.id;
    status.textContent = t(key, { name: summary.name });
    save.textContent = t('capture.savedShort');
    save.setAttribute('aria-label', t(key, { name: summary.name }));
    save.disabled = false;
  }

  function reset() {
    savedId = undefined;
    status.textContent = '';
    save.textContent = t('capture.saveLead');
    save.removeAttribute('aria-label');
    save.disabled = false;
  }

  /** Run `action` only for the rep's own activation; a synthetic or covered click does nothing. */
  function onRealClick(control: HTMLElement, action: () => void) {
    control.addEventListener('click', (event) => {
      if (deps.mayAct(event, control)) action();
      // Told in a notice (the row's status line is too narrow for it); a script's click is told nothing.
      else if (event.isTrusted) addNotice(t('capture.notVisible'), true);
    });
  }

  async function store(capture: Capture, token: number) {
    save.disabled = true;
    save.textContent = t('capture.saving');
    try {
      const summary = await deps.save(capture);
      if (token !== pageToken) return;
      const key: MessageKey = summary.kind === 'company' ? 'capture.companySaved' : summary.status === 'updated' ? 'capture.updated' : 'capture.saved';
      showSaved(summary, key);
    } catch (error) {
      if (token !== pageToken) return;
      reset();
      status.textContent = errorMessage(error);
    }
  }

  /** LinkedIn's page looked different: say so, show what was read, let the rep correct it, then save. */
  function review(capture: Capture, report: ExtractionReport, token: number) {
    const box = buildDriftReview(capture, report, {
      onRealClick,
      save: (checked) => {
        box.remove();
        void store(checked, token);
      },
      cancel: () => box.remove(),
    });
    notices.replaceChildren(box);
    dock.hidden = false;
  }

  onRealClick(save, async () => {
    if (save.disabled) return;
    const token = pageToken;
    save.disabled = true;
    save.textContent = t('capture.saving');
    try {
      const read = await deps.extract();
      if (read.report.pageKind !== 'other') void deps.report?.(read.report).catch(() => undefined);
      if (token !== pageToken) return;
      const capture = read.result.ok ? read.result.capture : read.partial;
      if (!capture) {
        reset();
        status.textContent = t('capture.noLead');
        return;
      }
      if (read.report.drift !== 'none') {
        reset();
        review(capture, read.report, token);
        return;
      }
      await store(capture, token);
    } catch (error) {
      if (token !== pageToken) return;
      reset();
      status.textContent = errorMessage(error);
    }
  });

  onRealClick(open, () => void deps.openPanel(savedId ? { leadId: savedId } : undefined).catch(() => undefined));

  function addNotice(text: string, isError: boolean, action?: { label: string; run: () => void }) {
    const box = el('div', isError ? 'pa-notice pa-error' : 'pa-notice', text);
    if (action) {
      const button = el('button', 'pa-button pa-secondary', action.label);
      button.type = 'button';
      onRealClick(button, () => {
        action.run();
        box.remove();
      });
      box.append(button);
    }
    const dismiss = el('button', 'pa-button pa-secondary', t('notice.dismiss'));
    dismiss.type = 'button';
    onRealClick(dismiss, () => box.remove());
    box.append(dismiss);
    notices.replaceChildren(box);
    dock.hidden = false;
    setTimeout(() => box.remove(), 10_000);
  }

  return {
    setPage(url, kind) {
      pageUrl = url;
      pageToken += 1;
      const token = pageToken;
      reset();
      // A review belongs to the page it was read from.
      notices.querySelector('.pa-review')?.remove();
      dock.hidden = kind === 'other' && notices.childElementCount === 0;
      row.hidden = kind === 'other';
      if (kind === 'other') return;
      // The tab's URL can lag a fresh in-page navigation: ask again until the
      // background looked up this very page (a few tries, then leave it unsaved).
      const ask = (tries: number): void => {
        deps
          .lookup()
          .then((found) => {
            if (token !== pageToken) return;
            if (!deps.samePage(found.url, url)) {
              if (tries > 1) setTimeout(() => ask(tries - 1), 250);
              return;
            }
            if (found.lead) showSaved(found.lead, 'capture.saved');
          })
          .catch(() => undefined);
      };
      ask(8);
    },
    showNotice(notice) {
      if (notice.notice === 'no-lead') {
        addNotice(`${t('capture.noLead')} ${t('capture.noLeadHint')}`, false, {
          label: t('capture.addManually'),
          run: () => void deps.openPanel({ view: 'new' }).catch(() => undefined),
        });
      } else if (notice.notice === 'error') {
        addNotice(t(`error.${notice.errorCode ?? 'unknown'}` as MessageKey), true);
      } else {
        const name = notice.name ?? '';
        const key: MessageKey = notice.notice === 'updated' ? 'capture.updated' : 'capture.saved';
        // The row shows the lead only if it is this page's: a shortcut's answer can come after an in-page navigation.
        if (notice.leadId && (!notice.url || deps.samePage(notice.url, pageUrl))) showSaved({ id: notice.leadId, name }, key);
        addNotice(t(key, { name }), false, notice.leadId ? { label: t('capture.openInPanel'), run: () => void deps.openPanel({ leadId: notice.leadId }) } : undefined);
      }
      return true;
    },
    showStatus(text) {
      addNotice(text, false);
    },
    surface: row,
    destroy() {
      dock.remove();
    },
  };
}
