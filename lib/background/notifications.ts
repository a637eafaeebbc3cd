import { browser } from 'wxt/browser';
import { t } from '../i18n';
import type { Lead } from '../schema/records';
import { openPanel } from '../panel/open-panel';

const PREFIX = 'lead:';

/** A lead crossed the SQL threshold: tell the rep; clicking opens the lead. Many at once get one summary. */
export function notifySql(leads: Lead[]): void {
  if (leads.length === 0) return;
  const [first] = leads;
  const single = leads.length === 1 && first;
  void browser.notifications
    .create(single ? `${PREFIX}${first.id}` : `sql-summary:${Date.now()}`, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: t('notify.sqlTitle'),
      message: single ? t('notify.sqlOne', { name: first.fullName ?? first.email ?? '' }) : t('notify.sqlMany', { count: leads.length }),
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
