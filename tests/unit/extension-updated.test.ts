import { within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { mountSaveButton } from '../../lib/content/save-button';
import { samePage } from '../../lib/content/same-page';
import { sendFromContent } from '../../lib/messaging/content-transport';
import { MessageError } from '../../lib/messaging/protocol';

// Chrome leaves an updated (or reloaded) extension's old content script running in open LinkedIn
// tabs; every message it sends then throws "Extension context invalidated." until the page is reloaded.
function cutOff() {
  vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(() => {
    throw new Error('Extension context invalidated.');
  });
}

afterEach(() => vi.restoreAllMocks());

describe('the extension updated while LinkedIn stays open', () => {
  it('a message from the content script fails with a code the control can word', async () => {
    cutOff();
    await expect(sendFromContent({ type: 'lead.lookup' })).rejects.toEqual(new MessageError('reload', 'extension context invalidated'));
  });

  it('a click on Save lead tells the rep to reload the page, not “Something went wrong”', async () => {
    cutOff();
    const root = document.createElement('div');
    document.body.append(root);
    const controller = mountSaveButton(root, {
      // The extractors not loaded yet (an in-page navigation): the click asks the background for them.
      extract: () => sendFromContent({ type: 'linkedin.reader' }).then(() => Promise.reject(new Error('unreached'))),
      save: (capture) => sendFromContent({ type: 'capture.save', capture }),
      lookup: () => sendFromContent({ type: 'lead.lookup' }),
      openPanel: vi.fn(),
      mayAct: () => true,
      samePage,
    });
    controller.setPage('https://www.linkedin.com/in/jane/', 'person');
    await userEvent.setup().click(within(root).getByRole('button', { name: 'Save lead' }));
    await vi.waitFor(() => expect(within(root).getByText(/was updated while this page was open\. Reload the page/)).toBeInTheDocument());
    expect(within(root).getByRole('button', { name: 'Save lead' })).toBeEnabled();
  });

  it('any other failure to send is passed on as it was', async () => {
    vi.spyOn(browser.runtime, 'sendMessage').mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    await expect(sendFromContent({ type: 'lead.lookup' })).rejects.toThrow('Receiving end does not exist');
  });
});
