import { browser } from 'wxt/browser';
import { t } from '../i18n';
import type { Lead } from '../schema/records';
import { openPanel } from '../panel/open-panel';

const PREFIX = 'lead:';

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

export function setupNotifications(): void {
  browser.notifications.onClicked.addListener((id) => {
    void browser.notifications.clear(id);
    const leadId = id.startsWith(PREFIX) ? id.slice(PREFIX.length) : undefined;
    void browser.tabs
      .query({ active: true, lastFocusedWindow: true })
      .then(([tab]) => openPanel(tab, leadId ? { lead: leadId } : { view: 'list' }));
  });
}
