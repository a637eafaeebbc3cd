import { describe, expect, it, vi } from 'vitest';
import { t } from '../../lib/i18n';
import { freshDb } from './helpers/db';
import { fakeMenus, replaceUpdate } from './helpers/fake-menus';

vi.mock('../../lib/panel/open-panel', () => ({ openPanel: vi.fn() }));

const { ensureMenus, setupContextMenus, MENU_LINK, MENU_SELECTION } = await import('../../lib/background/context-menus');

const ours = [MENU_SELECTION, MENU_LINK].sort();

/** Right-click items are made at every start of the background, not only on install. */
describe('context-menu items at every background start', () => {
  it('a start with no items kept (Firefox after a restart) creates them', async () => {
    const { items } = fakeMenus();
    await ensureMenus();
    expect([...items.keys()].sort()).toEqual(ours);
    expect(items.get(MENU_SELECTION)).toMatchObject({ title: t('menu.saveSelection'), contexts: ['selection'] });
    expect(items.get(MENU_LINK)).toMatchObject({ title: t('menu.saveLink'), contexts: ['link'] });
  });

  it('a start with the items kept (Chrome after a restart) updates them without a duplicate-id error', async () => {
    const { items } = fakeMenus({
      [MENU_SELECTION]: { id: MENU_SELECTION, title: 'old title', contexts: ['selection'] },
      [MENU_LINK]: { id: MENU_LINK, title: 'old title', contexts: ['link'] },
    });
    await expect(ensureMenus()).resolves.toBeUndefined();
    expect(items.size).toBe(2);
    expect(items.get(MENU_SELECTION)?.title).toBe(t('menu.saveSelection'));
    expect(items.get(MENU_LINK)?.title).toBe(t('menu.saveLink'));
  });

  it('the start and the install event together leave each item once, and an older version’s item goes', async () => {
    const { items } = fakeMenus({ 'old-item': { id: 'old-item', title: 'Gone', contexts: ['page'] } });
    await Promise.all([ensureMenus(), ensureMenus(true), ensureMenus()]);
    expect([...items.keys()].sort()).toEqual(ours);
  });

  it('setting up the background creates the items with no install event', async () => {
    const { items } = fakeMenus();
    setupContextMenus(freshDb());
    await vi.waitFor(() => expect([...items.keys()].sort()).toEqual(ours));
  });

  it('a failed create is reported, not taken for success, and later starts still run', async () => {
    fakeMenus({ [MENU_SELECTION]: { id: MENU_SELECTION, title: 'x', contexts: ['selection'] } });
    // update() fails although the item exists, so the create meets a duplicate id.
    replaceUpdate(async () => {
      throw new Error('Cannot find menu item');
    });
    await expect(ensureMenus()).rejects.toThrow(/duplicate id/);
    const { items } = fakeMenus();
    await expect(ensureMenus()).resolves.toBeUndefined();
    expect([...items.keys()].sort()).toEqual(ours);
  });
});
