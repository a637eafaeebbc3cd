import { browser, type Browser } from 'wxt/browser';
import { draftFromMailto, draftFromProfileLink, draftFromSelection } from '../capture/context-menu';
import type { PersonCapture } from '../capture/schema';
import type { LeadsDatabase } from '../db/database';
import { toStorageError } from '../db/errors';
import { saveCapture } from '../db/save-capture';
import { t } from '../i18n';
import { sendToTab } from '../messaging/transport';
import { openPanel } from '../panel/open-panel';
import { MENU_LINK, MENU_SELECTION } from './menu-ids';
import { notifySaveFailed } from './notifications';

export { MENU_LINK, MENU_SELECTION };

type ClickInfo = Browser.contextMenus.OnClickData;
type MenuItem = Browser.contextMenus.CreateProperties & { id: string };

/** Our items, titled in the current language: built at each call, so a rebuild picks up new titles. */
function menuItems(): MenuItem[] {
  return [
    { id: MENU_SELECTION, title: t('menu.saveSelection'), contexts: ['selection'] },
    // Match patterns cannot say "mailto:", so the link item shows on links and the click decides.
    { id: MENU_LINK, title: t('menu.saveLink'), contexts: ['link'] },
  ];
}

/** create() reports a failure only through runtime.lastError in its callback, in Chrome and Firefox alike. */
function create(item: MenuItem): Promise<void> {
  return new Promise((resolve, reject) => {
    browser.contextMenus.create(item, () => {
      const error = browser.runtime.lastError;
      if (error) reject(new Error(error.message ?? `menu ${item.id} not created`));
      else resolve();
    });
  });
}

async function buildMenus(fresh: boolean): Promise<void> {
  if (fresh) await browser.contextMenus.removeAll();
  for (const item of menuItems()) {
    const { id, ...props } = item;
    // update() rejects when the item does not exist (both browsers); then it is created.
    const updated = !fresh && (await browser.contextMenus.update(id, props).then(() => true, () => false));
    if (!updated) await create(item);
  }
}

let building: Promise<void> = Promise.resolve();

/**
 * Make our items exist, with today's titles, whatever the browser kept of them.
 * Chrome keeps items across restarts and refuses to create an id twice; Firefox
 * forgets them when its (persistent) background page stops with the browser. So an
 * item is updated when it exists and created when not. `fresh` first removes every
 * item, so an id an older version made does not linger (install and update).
 * Calls run one after another: two starts never race each other's create.
 */
export function ensureMenus(fresh = false): Promise<void> {
  const run = building.then(() => buildMenus(fresh));
  building = run.catch(() => undefined);
  return run;
}

export function draftFromMenuClick(info: ClickInfo, pageUrl: string, now: number): PersonCapture | undefined {
  if (info.menuItemId === MENU_LINK && info.linkUrl) {
    return /^mailto:/i.test(info.linkUrl)
      ? draftFromMailto(info.linkUrl, info.selectionText, pageUrl, now)
      : draftFromProfileLink(info.linkUrl, info.selectionText, pageUrl, now);
  }
  if (info.menuItemId === MENU_SELECTION && info.selectionText) return draftFromSelection(info.selectionText, pageUrl, now);
  return undefined;
}

/**
 * Save a right-click's draft. A failure (quota or any other) reaches the rep: in the
 * page when our content script is there to show it (LinkedIn), else as a notification.
 */
export async function saveMenuDraft(db: LeadsDatabase, draft: PersonCapture, tabId: number | undefined, now: number): Promise<void> {
  try {
    await saveCapture(db, { kind: 'person', person: draft }, now);
  } catch (error) {
    const errorCode = toStorageError(error).code;
    const shown =
      tabId !== undefined &&
      (await sendToTab(tabId, { type: 'page.notice', notice: 'error', errorCode }).then(
        (answer) => answer.shown,
        () => false,
      ));
    if (!shown) await notifySaveFailed(errorCode);
  }
}

/**
 * Right-click on any page: save the selection, a mailto: link or a LinkedIn profile link.
 * Called at every start of the background (browser start, service-worker wake, install):
 * the items are made there, not only on install, because Firefox does not keep them.
 */
export function setupContextMenus(db: LeadsDatabase, now: () => number = Date.now): void {
  // Nothing the rep could act on if this fails; the next start tries again.
  void ensureMenus().catch(() => undefined);
  browser.runtime.onInstalled.addListener(() => {
    void ensureMenus(true).catch(() => undefined);
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    const pageUrl = info.pageUrl ?? tab?.url ?? '';
    const draft = draftFromMenuClick(info, pageUrl, now());
    if (!draft) {
      void openPanel(tab, { view: 'list' });
      return;
    }
    // The panel must open inside the click's user gesture, before the save resolves:
    // it opens on "latest saved lead", which the save then fills in.
    void openPanel(tab, { view: 'latest' });
    void saveMenuDraft(db, draft, tab?.id, now());
  });
}
