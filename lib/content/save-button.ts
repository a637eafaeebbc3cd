import type { Capture, ExtractResult } from '../capture/schema';
import type { LinkedInPage } from '../capture/linkedin-url';
import { t, type MessageKey } from '../i18n';
import type { ContentRequest, SavedSummary } from '../messaging/protocol';
import { MessageError } from '../messaging/protocol';

export type SaveButtonDeps = {
  extract: () => Promise<ExtractResult>;
  save: (capture: Capture) => Promise<SavedSummary>;
  lookup: (url: string) => Promise<{ id: string; name: string } | null>;
  openPanel: (target?: { leadId?: string; view?: 'new' }) => Promise<void>;
};

type Notice = Omit<Extract<ContentRequest, { type: 'page.notice' }>, 'type'>;

export type SaveButtonController = {
  setPage(url: string, kind: LinkedInPage['kind']): void;
  showNotice(notice: Notice): boolean;
  /** A short status line in the page (plain text), e.g. "Invite logged". */
  showStatus(text: string): void;
  destroy(): void;
};

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  // Always textContent: names come from the page and are hostile.
  if (text !== undefined) node.textContent = text;
  return node;
}

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
  const save = el('button', 'pa-button', t('capture.saveLead'));
  save.type = 'button';
  const open = el('button', 'pa-button pa-secondary', t('capture.openInPanel'));
  open.type = 'button';
  open.hidden = true;
  row.append(status, save, open);
  dock.append(notices, row);
  root.append(dock);

  let pageToken = 0;
  let savedId: string | undefined;

  function showSaved(summary: { id: string; name: string }, key: MessageKey = 'capture.saved') {
    savedId = summary.id;
    status.textContent = t(key, { name: summary.name });
    save.textContent = t('capture.savedShort');
    save.setAttribute('aria-label', t(key, { name: summary.name }));
    save.disabled = false;
    open.hidden = false;
  }

  function reset() {
    savedId = undefined;
    status.textContent = '';
    save.textContent = t('capture.saveLead');
    save.removeAttribute('aria-label');
    save.disabled = false;
    open.hidden = true;
  }

  save.addEventListener('click', async () => {
    const token = pageToken;
    save.disabled = true;
    save.textContent = t('capture.saving');
    try {
      const result = await deps.extract();
      if (token !== pageToken) return;
      if (!result.ok) {
        reset();
        status.textContent = t('capture.noLead');
        return;
      }
      const summary = await deps.save(result.capture);
      if (token !== pageToken) return;
      const key: MessageKey = summary.kind === 'company' ? 'capture.companySaved' : summary.status === 'updated' ? 'capture.updated' : 'capture.saved';
      showSaved(summary, key);
    } catch (error) {
      if (token !== pageToken) return;
      reset();
      status.textContent = errorMessage(error);
    }
  });

  open.addEventListener('click', () => void deps.openPanel({ leadId: savedId }).catch(() => undefined));

  function addNotice(text: string, isError: boolean, action?: { label: string; run: () => void }) {
    const box = el('div', isError ? 'pa-notice pa-error' : 'pa-notice', text);
    if (action) {
      const button = el('button', 'pa-button pa-secondary', action.label);
      button.type = 'button';
      button.addEventListener('click', () => {
        action.run();
        box.remove();
      });
      box.append(button);
    }
    const dismiss = el('button', 'pa-button pa-secondary', t('notice.dismiss'));
    dismiss.type = 'button';
    dismiss.addEventListener('click', () => box.remove());
    box.append(dismiss);
    notices.replaceChildren(box);
    dock.hidden = false;
    setTimeout(() => box.remove(), 10_000);
  }

  return {
    setPage(url, kind) {
      pageToken += 1;
      const token = pageToken;
      reset();
      dock.hidden = kind === 'other' && notices.childElementCount === 0;
      row.hidden = kind === 'other';
      if (kind === 'other') return;
      deps
        .lookup(url)
        .then((found) => {
          if (found && token === pageToken) showSaved(found, 'capture.saved');
        })
        .catch(() => undefined);
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
        if (notice.leadId) showSaved({ id: notice.leadId, name }, key);
        addNotice(t(key, { name }), false, notice.leadId ? { label: t('capture.openInPanel'), run: () => void deps.openPanel({ leadId: notice.leadId }) } : undefined);
      }
      return true;
    },
    showStatus(text) {
      addNotice(text, false);
    },
    destroy() {
      dock.remove();
    },
  };
}
