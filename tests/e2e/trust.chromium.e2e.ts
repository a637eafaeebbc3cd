import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { ContentWorld } from './harness/content-world';
import { storedLeads, storedRecords } from './harness/extension-data';
import { LinkedInPage } from './pages/linkedin-page';
import { DEFAULT_RULESET } from '../../lib/scoring/defaults';

/**
 * The page's own scripts try what an attacker on linkedin.com would: read what the
 * extension shows, click it with synthetic events, loop "Open in side panel", fake
 * a dialog whose "Send" logs a touch, and send privileged messages. Each must fail.
 */
const JANE = 'https://www.linkedin.com/in/jane-doe/';
const JOHN = 'https://www.linkedin.com/in/john-smith-42/';

let session: ChromiumSession;
beforeAll(async () => {
  session = await launchChromium();
});
afterAll(async () => {
  await session?.close();
});

type StoredActivity = { leadId: string; kind: string };

/** What a page script can learn about our control: its host, its root, its text, and its shape by hit-testing a line across the dock. */
function probeFromPage(page: Page) {
  return page.evaluate(() => {
    const host = document.querySelector('prospecting-assistant-ui');
    const y = innerHeight - 88 - 23;
    let hits = '';
    for (let x = 0; x < innerWidth; x += 4) hits += document.elementFromPoint(x, y) === host ? '1' : '0';
    return {
      found: host !== null,
      root: host?.shadowRoot === null ? 'unreachable' : 'open',
      attributes: host ? [...host.attributes].map((a) => `${a.name}=${a.value}`).join(' ') : '',
      text: `${document.body.innerText} ${document.body.textContent ?? ''} ${host?.textContent ?? ''}`,
      shape: hits,
    };
  });
}

/** Count the messages our content script sends (in its own world), forwarding them. */
async function recordMessages(world: ContentWorld): Promise<void> {
  await world.evaluate(`(() => {
    if (globalThis.__sent) return;
    globalThis.__sent = [];
    const send = chrome.runtime.sendMessage.bind(chrome.runtime);
    chrome.runtime.sendMessage = (message, ...rest) => { globalThis.__sent.push(message.type); return send(message, ...rest); };
  })()`);
}
const sentTypes = (world: ContentWorld) => world.evaluate<string[]>('[...globalThis.__sent]');

describe('the page cannot read or drive the extension (Chromium)', () => {
  it('reads nothing: the root is closed, no text, no attribute and no shape says whether the profile is saved', async () => {
    const profile = await LinkedInPage.open(await session.context.newPage(), JANE);
    await profile.saveButton().waitFor();
    const before = await probeFromPage(profile.page);
    expect(before).toMatchObject({ found: true, root: 'unreachable' });
    expect(before.shape).toContain('1');

    await profile.save();
    await expect.poll(() => profile.savedButton('Jane Doe').count()).toBe(1);
    expect(await profile.says('Lead saved: Jane Doe')).toBe(true);
    const after = await probeFromPage(profile.page);
    expect(after.root).toBe('unreachable');
    expect(after.text).not.toMatch(/Lead saved|Saved|Jane Doe.*saved/);
    expect(after.attributes).toBe(before.attributes);
    expect(after.shape).toBe(before.shape);
    await profile.page.close();
  });

  it('synthetic clicks on the control save nothing and open nothing; the rep’s real click saves', async () => {
    const profile = await LinkedInPage.open(await session.context.newPage(), JOHN);
    await profile.saveButton().waitFor();
    const world = await ContentWorld.of(profile.page, session.extensionId);
    await recordMessages(world);
    // Even code that reached the buttons behind the closed root (here: our own world) gets nowhere with untrusted clicks.
    const after = await world.evaluate<{ save: string; disabled: boolean }>(`(() => {
      const root = chrome.dom.openOrClosedShadowRoot(document.querySelector('prospecting-assistant-ui'));
      const buttons = [...root.querySelectorAll('button')];
      const save = buttons.find((b) => b.textContent === 'Save lead');
      const open = buttons.find((b) => b.textContent === 'Open in side panel');
      save.click();
      save.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, clientX: 1, clientY: 1, detail: 1 }));
      for (let i = 0; i < 4; i++) open.click();
      return { save: save.textContent, disabled: save.disabled };
    })()`);
    // A real click starts saving synchronously ("Saving…", disabled); these did not.
    expect(after).toEqual({ save: 'Save lead', disabled: false });
    expect(await sentTypes(world)).not.toContain('capture.save');
    expect(await sentTypes(world)).not.toContain('panel.open');
    // From the page itself the host is all there is to click.
    await profile.page.evaluate(() => (document.querySelector('prospecting-assistant-ui') as HTMLElement).click());

    await profile.save();
    await expect.poll(() => profile.savedButton('John Smith').count()).toBe(1);
    expect((await storedLeads(session.worker)).filter((l) => l.linkedinUrl === JOHN)).toHaveLength(1);
    expect(await sentTypes(world)).toEqual(expect.arrayContaining(['capture.save']));
    expect((await sentTypes(world)).filter((type) => type === 'capture.save')).toHaveLength(1);
    await profile.page.close();
  });

  it('a click on the control the page has made nearly transparent does nothing (clickjacking)', async () => {
    const profile = await LinkedInPage.open(await session.context.newPage(), 'https://www.linkedin.com/in/amara-okafor/');
    await profile.saveButton().waitFor();
    const world = await ContentWorld.of(profile.page, session.extensionId);
    await recordMessages(world);
    // Our root resets the host's own style (all: initial !important), so the page fades an ancestor instead.
    await profile.page.evaluate(() => document.body.style.setProperty('opacity', '0.02'));
    await profile.save(); // a real mouse click where the (now invisible) button is
    expect(await sentTypes(world)).not.toContain('capture.save');
    // The rep is told why nothing happened (in our root, which the page cannot read).
    await expect.poll(() => profile.says('The button was covered or hidden when clicked, so nothing was done.')).toBe(true);
    expect((await storedLeads(session.worker)).some((l) => l.linkedinUrl === 'https://www.linkedin.com/in/amara-okafor/')).toBe(false);
    await profile.page.close();
  });

  it('logs a touch only for the rep’s own send in the profile owner’s dialog: not a script’s, not the chat bubble’s, not “People also viewed”', async () => {
    const profile = await LinkedInPage.open(await session.context.newPage(), JANE);
    await expect.poll(() => profile.savedButton('Jane Doe').count()).toBe(1);
    const world = await ContentWorld.of(profile.page, session.extensionId);
    await recordMessages(world);
    const page = profile.page;

    // A page script builds a convincing invitation dialog and clicks its Send.
    await page.evaluate(() => {
      const dialog = document.createElement('div');
      dialog.setAttribute('role', 'dialog');
      dialog.setAttribute('aria-label', 'Invite Jane Doe to connect');
      const send = document.createElement('button');
      send.textContent = 'Send without a note';
      dialog.append(send);
      document.body.append(dialog);
      send.click();
      dialog.remove();
    });
    // The rep messages Priya from the chat bubble, and invites Mark Rivera from "People also viewed".
    await page.getByRole('textbox', { name: 'Write a message to Priya Nair' }).fill('Hi Priya');
    await page.locator('.msg-overlay-conversation-bubble').getByRole('button', { name: 'Send' }).click();
    await page.getByRole('button', { name: 'Invite Mark Rivera to connect' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Send without a note' }).click();
    // Listeners run while the click is dispatched: had any counted, its message would be recorded by now.
    expect(await sentTypes(world)).not.toContain('touch.record');

    // The rep's own invitation to Jane is logged, once.
    await profile.connectWithoutNote('Jane Doe');
    await expect.poll(() => profile.says(/Invite logged on Jane Doe/)).toBe(true);
    expect((await sentTypes(world)).filter((type) => type === 'touch.record')).toHaveLength(1);
    const jane = (await storedLeads(session.worker)).find((l) => l.linkedinUrl === JANE)!;
    const touches = (await storedRecords<StoredActivity>(session.worker, 'activities')).filter((a) => a.leadId === jane.id && (a.kind === 'invite-sent' || a.kind === 'linkedin-message'));
    expect(touches.map((a) => a.kind)).toEqual(['invite-sent']);
    await page.close();
  });
});

describe('the background judges messages by sender (Chromium)', () => {
  it('refuses every privileged request from the content script, takes the page from the tab, and rate-limits fallback tabs', async () => {
    const profile = await LinkedInPage.open(await session.context.newPage(), JANE);
    await expect.poll(() => profile.savedButton('Jane Doe').count()).toBe(1);
    const jane = (await storedLeads(session.worker)).find((l) => l.linkedinUrl === JANE)!;
    const world = await ContentWorld.of(profile.page, session.extensionId);
    const ask = (message: object) => world.evaluate<{ ok: boolean; data?: unknown; error?: { code: string } }>(`chrome.runtime.sendMessage(${JSON.stringify(message)})`);

    for (const message of [
      { type: 'lead.label', leadId: jane.id, label: 'sql' },
      { type: 'scoring.save', ruleSet: DEFAULT_RULESET },
      { type: 'totals.rebuild' },
      { type: 'crossings.check' },
      { type: 'page.read', tabId: 1 },
    ]) {
      expect(await ask(message), message.type).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect((await storedRecords<{ id: string; scoreLabel?: string }>(session.worker, 'leads')).find((l) => l.id === jane.id)?.scoreLabel).not.toBe('sql');
    // A payload URL naming another profile is ignored: the answer is about the tab's page.
    expect(await ask({ type: 'lead.lookup', url: JOHN })).toMatchObject({ ok: true, data: { url: JANE, lead: { name: 'Jane Doe' } } });

    // No user gesture: the panel cannot open, so a tab does, once; the loop gets nothing more.
    const tabsBefore = session.context.pages().length;
    const answers: unknown[] = [];
    for (let i = 0; i < 4; i += 1) answers.push((await ask({ type: 'panel.open', leadId: jane.id })).data);
    expect(answers).toEqual([{ opened: 'tab' }, { opened: 'refused' }, { opened: 'refused' }, { opened: 'refused' }]);
    await expect.poll(() => session.context.pages().length).toBe(tabsBefore + 1);

    // The same label from an extension page is accepted.
    const options = await session.extensionPage('options.html');
    const answer = await options.evaluate(
      (id) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'lead.label', leadId: id, label: 'sql' }),
      jane.id,
    );
    expect(answer).toMatchObject({ ok: true, data: { label: 'sql' } });
    await Promise.all([profile.page.close(), options.close()]);
  });
});
