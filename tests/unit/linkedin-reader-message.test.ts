/**
 * linkedin.reader: the background loads the LinkedIn extractors into the tab and frame of our
 * own LinkedIn content script, and nowhere else (lib/content/reader.ts).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setupMessageHandlers } from '../../lib/background/messages';
import { freshDb, NOW } from './helpers/db';
import { EXTENSION_PAGE, linkedInTab, sendAs } from './helpers/send-as';

let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  vi.restoreAllMocks();
});

function setup() {
  stop = setupMessageHandlers(freshDb(), { rescore: vi.fn(), checkCrossings: vi.fn(), contentMessages: async () => ({ locale: 'en', messages: {} }) }, () => NOW);
  const inject = vi.fn(async () => []);
  (fakeBrowser as unknown as { scripting: { executeScript: unknown } }).scripting = { executeScript: inject };
  return inject;
}

describe('linkedin.reader', () => {
  it('injects the reader into the content script’s own tab and frame', async () => {
    const inject = setup();
    expect(await sendAs(linkedInTab('https://www.linkedin.com/feed/', 12), { type: 'linkedin.reader' })).toEqual({ loaded: true });
    expect(inject).toHaveBeenCalledWith({ target: { tabId: 12, frameIds: [0] }, files: ['/linkedin-reader.js'] });
  });

  it('is refused to an extension page (no tab of its own to read) and to a frame or a page that is not LinkedIn', async () => {
    const inject = setup();
    await expect(sendAs(EXTENSION_PAGE, { type: 'linkedin.reader' })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(sendAs({ ...linkedInTab('https://www.linkedin.com/in/jane/'), frameId: 2 }, { type: 'linkedin.reader' })).rejects.toMatchObject({ code: 'forbidden' });
    const other = 'https://evil.example/in/jane/';
    await expect(sendAs(linkedInTab(other), { type: 'linkedin.reader' })).rejects.toMatchObject({ code: 'forbidden' });
    expect(inject).not.toHaveBeenCalled();
  });

  it('a tab the browser will not inject into is a no-tab error', async () => {
    const inject = setup();
    inject.mockRejectedValueOnce(new Error('Cannot access contents of the page'));
    await expect(sendAs(linkedInTab('https://www.linkedin.com/in/jane/'), { type: 'linkedin.reader' })).rejects.toMatchObject({ code: 'no-tab' });
  });
});
