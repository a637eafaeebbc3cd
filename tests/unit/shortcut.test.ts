import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PersonCaptureSchema } from '../../lib/capture/schema';
import type { PageReadResult } from '../../lib/messaging/protocol';
import { freshDb, NOW } from './helpers/db';

const readTab = vi.fn<(tabId: number) => Promise<PageReadResult>>();
const sendToTab = vi.fn();
vi.mock('../../lib/background/read-page', () => ({ readTab: (id: number) => readTab(id), activeTab: vi.fn() }));
vi.mock('../../lib/messaging/transport', () => ({ sendToTab: (...args: unknown[]) => sendToTab(...args), listenInBackground: vi.fn() }));

const { captureLinkedInTab, isLinkedInTab } = await import('../../lib/background/commands');

const profile = 'https://www.linkedin.com/in/jane-doe/';
const jane = PersonCaptureSchema.parse({ fullName: 'Jane Doe', linkedinUrl: profile, source: 'linkedin', capturedAt: NOW });

beforeEach(() => {
  readTab.mockReset();
  sendToTab.mockReset().mockResolvedValue({ shown: true });
});

describe('keyboard shortcut', () => {
  it('saves the lead on a profile and tells the page', async () => {
    const db = freshDb();
    readTab.mockResolvedValue({ url: profile, person: jane, isLeadPage: true, sources: ['linkedin'] });
    await captureLinkedInTab(db, 7, NOW);
    expect(await db.leads.count()).toBe(1);
    // With the page read, so a page the rep left meanwhile does not show Jane as its lead (save-button.test.ts).
    expect(sendToTab).toHaveBeenCalledWith(7, expect.objectContaining({ type: 'page.notice', notice: 'saved', name: 'Jane Doe', url: profile }));
  });

  it('on a page with no lead, saves nothing and says so in the page', async () => {
    const db = freshDb();
    readTab.mockResolvedValue({ url: 'https://www.linkedin.com/feed/', isLeadPage: false, sources: [] });
    await captureLinkedInTab(db, 7, NOW);
    expect(await db.leads.count()).toBe(0);
    expect(sendToTab).toHaveBeenCalledWith(7, { type: 'page.notice', notice: 'no-lead' });
  });

  it('captures directly only on LinkedIn; other sites get the confirm form', () => {
    expect(isLinkedInTab({ url: 'https://pl.linkedin.com/in/jane/' } as never)).toBe(true);
    expect(isLinkedInTab({ url: 'https://linkedin.com.evil.example/in/jane/' } as never)).toBe(false);
    expect(isLinkedInTab({ url: undefined } as never)).toBe(false);
  });

  it('a storage failure is reported in the page, not swallowed', async () => {
    const db = freshDb();
    await db.open();
    db.leads.hook('creating', () => {
      throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    });
    readTab.mockResolvedValue({ url: profile, person: jane, isLeadPage: true, sources: ['linkedin'] });
    await captureLinkedInTab(db, 7, NOW);
    expect(sendToTab).toHaveBeenCalledWith(7, { type: 'page.notice', notice: 'error', errorCode: 'quota' });
    expect(await db.leads.count()).toBe(0);
  });
});
