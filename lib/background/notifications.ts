import { browser } from 'wxt/browser';
import type { StorageErrorCode } from '../db/storage-error';
import { t } from '../i18n';
import type { Lead } from '../schema/records';
import { openPanel } from '../panel/open-panel';

const PREFIX = 'lead:';
const SAVE_FAILED = 'save-failed:';

/** Leads crossed the SQL threshold: tell the rep; clicking opens the lead (one) or the list (several, as one summary). */
export function notifySql(count: number, first: Lead | undefined): void {
  if (count === 0) return;
  const single = count === 1 && first;
  void browser.notifications
    .create(single ? `${PREFIX}${first.id}` : `sql-summary:${Date.now()}`, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: t('notify.sqlTitle'),
      message: single ? t('notify.sqlOne', { name: first.fullName ?? first.email ?? '' }) : t('notify.sqlMany', { count }),
    })
    .catch(() => undefined);
}

/** A save the rep asked for failed where no page could say so: the error in words. */
export async function notifySaveFailed(code: StorageErrorCode): Promise<void> {
  await browser.notifications
    .create(`${SAVE_FAILED}${Date.now()}`, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: t('notify.saveFailedTitle'),
      message: t(`error.${code}`),
    })
    .catch(() => undefined);
}

export function setupNotifications(): void {
  browser.notifications.onClicked.addListener((id) => {
    void browser.notifications.clear(id);
    // A failure has no lead to open; clicking it only dismisses it.
    if (id.startsWith(SAVE_FAILED)) return;
    const leadId = id.startsWith(PREFIX) ? id.slice(PREFIX.length) : undefined;
    void browser.tabs
      .query({ active: true, lastFocusedWindow: true })
      .then(([tab]) => openPanel(tab, leadId ? { lead: leadId } : { view: 'list' }));
  });
}
