import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PersonCaptureSchema } from '../../lib/capture/schema';
import { t } from '../../lib/i18n';
import { freshDb, NOW } from './helpers/db';
import { fakeMenus } from './helpers/fake-menus';

const sendToTab = vi.fn();
const openPanel = vi.fn();
vi.mock('../../lib/messaging/transport', () => ({ sendToTab: (...args: unknown[]) => sendToTab(...args), listenInBackground: vi.fn() }));
vi.mock('../../lib/panel/open-panel', () => ({ openPanel: (...args: unknown[]) => openPanel(...args) }));

const { saveMenuDraft, setupContextMenus, MENU_SELECTION } = await import('../../lib/background/context-menus');

type Notification = { title: string; message: string };

const jane = PersonCaptureSchema.parse({ fullName: 'Jane Doe', source: 'context-menu', sourceUrl: 'https://conf.example/', capturedAt: NOW });

/** A database whose every lead write fails as a full disk does. */
async function fullDb() {
  const db = freshDb();
  await db.open();
  db.leads.hook('creating', () => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  });
  return db;
}

describe('a right-click save that fails reaches the rep', () => {
  beforeEach(() => {
    sendToTab.mockReset();
    openPanel.mockReset().mockResolvedValue('panel');
    vi.spyOn(fakeBrowser.notifications, 'create');
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });
  const notified = () => vi.mocked(fakeBrowser.notifications.create).mock.calls.map((call) => call[1] as unknown as Notification);

  it('on a page without our content script: a notification puts the quota error into words', async () => {
    const db = await fullDb();
    sendToTab.mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    await saveMenuDraft(db, jane, 3, NOW);
    expect(notified()).toEqual([expect.objectContaining({ title: t('notify.saveFailedTitle'), message: t('error.quota') })]);
    expect(await db.leads.count()).toBe(0);
  });

  it('on LinkedIn: the page shows the error, and no notification repeats it', async () => {
    const db = await fullDb();
    sendToTab.mockResolvedValue({ shown: true });
    await saveMenuDraft(db, jane, 3, NOW);
    expect(sendToTab).toHaveBeenCalledWith(3, { type: 'page.notice', notice: 'error', errorCode: 'quota' });
    expect(notified()).toEqual([]);
  });

  it('when the page cannot show it (no tab, or the notice not shown), the notification does', async () => {
    const db = await fullDb();
    await saveMenuDraft(db, jane, undefined, NOW);
    sendToTab.mockResolvedValue({ shown: false });
    await saveMenuDraft(db, jane, 3, NOW);
    expect(notified().map((o) => o.message)).toEqual([t('error.quota'), t('error.quota')]);
  });

  it('any other failure is told too, in general words', async () => {
    const db = freshDb();
    await db.open();
    db.leads.hook('creating', () => {
      throw new Error('disk on fire');
    });
    sendToTab.mockRejectedValue(new Error('no receiver'));
    await saveMenuDraft(db, jane, 3, NOW);
    expect(notified().map((o) => o.message)).toEqual([t('error.unknown')]);
  });

  it('a click on “Save selection as lead” with a full database ends in a notification', async () => {
    const db = await fullDb();
    const { click } = fakeMenus();
    sendToTab.mockRejectedValue(new Error('no receiver'));
    setupContextMenus(db, () => NOW);
    click({ menuItemId: MENU_SELECTION, selectionText: 'Jane Doe, VP Sales at Acme', pageUrl: 'https://conf.example/' }, { id: 3, windowId: 1 });
    expect(openPanel).toHaveBeenCalledWith(expect.objectContaining({ id: 3 }), { view: 'latest' });
    await vi.waitFor(() => expect(notified().map((o) => o.message)).toEqual([t('error.quota')]));
  });

  it('a save that works tells nothing extra', async () => {
    const db = freshDb();
    await saveMenuDraft(db, jane, 3, NOW);
    expect(await db.leads.count()).toBe(1);
    expect(sendToTab).not.toHaveBeenCalled();
    expect(notified()).toEqual([]);
  });
});
