import { browser, type Browser } from 'wxt/browser';
import { draftFromMailto, draftFromProfileLink, draftFromSelection } from '../capture/context-menu';
import type { PersonCapture } from '../capture/schema';
import type { LeadsDatabase } from '../db/database';
import { saveCapture } from '../db/save-capture';
import { t } from '../i18n';
import { openPanel } from '../panel/open-panel';

const MENU_SELECTION = 'save-selection';
const MENU_LINK = 'save-link';

type ClickInfo = Browser.contextMenus.OnClickData;

export function draftFromMenuClick(info: ClickInfo, pageUrl: string, now: number): PersonCapture | undefined {
  if (info.menuItemId === MENU_LINK && info.linkUrl) {
    return /^mailto:/i.test(info.linkUrl)
      ? draftFromMailto(info.linkUrl, info.selectionText, pageUrl, now)
      : draftFromProfileLink(info.linkUrl, info.selectionText, pageUrl, now);
  }
  if (info.menuItemId === MENU_SELECTION && info.selectionText) return draftFromSelection(info.selectionText, pageUrl, now);
  return undefined;
}

/** Right-click on any page: save the selection, a mailto: link or a LinkedIn profile link. */
export function setupContextMenus(db: LeadsDatabase, now: () => number = Date.now): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.removeAll().then(() => {
      browser.contextMenus.create({ id: MENU_SELECTION, title: t('menu.saveSelection'), contexts: ['selection'] });
      // Match patterns cannot say "mailto:", so the link item shows on links and the click decides.
      browser.contextMenus.create({ id: MENU_LINK, title: t('menu.saveLink'), contexts: ['link'] });
    });
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
    void saveCapture(db, { kind: 'person', person: draft }, now()).catch(() => undefined);
  });
}
