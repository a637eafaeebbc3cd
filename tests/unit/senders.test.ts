import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setupMessageHandlers } from '../../lib/background/messages';
import { PersonCaptureSchema } from '../../lib/capture/schema';
import { saveCapture } from '../../lib/db/save-capture';
import { BackgroundRequest } from '../../lib/messaging/protocol';
import { createTabFallbackLimiter, isLinkedInPageUrl, mayAsk, senderKind } from '../../lib/messaging/senders';
import { DEFAULT_RULESET } from '../../lib/scoring/defaults';
import { freshDb, NOW } from './helpers/db';
import { EXTENSION_PAGE, linkedInTab, sendAs } from './helpers/send-as';

const ID = fakeBrowser.runtime.id;
const ORIGIN = fakeBrowser.runtime.getURL('/').replace(/\/$/, '');
const JANE = 'https://www.linkedin.com/in/jane-doe/';
const BOB = 'https://www.linkedin.com/in/bob-brown/';

const person = (fullName: string, linkedinUrl: string) =>
  PersonCaptureSchema.parse({ fullName, linkedinUrl, source: 'linkedin', capturedAt: NOW });

describe('who sent a message', () => {
  it('an extension page is known by its URL origin, in a tab or not', () => {
    expect(senderKind({ id: ID, url: `${ORIGIN}/popup.html` }, ID, ORIGIN)).toBe('extension-page');
    expect(senderKind({ id: ID, url: `${ORIGIN}/options.html`, tab: { id: 3, url: `${ORIGIN}/options.html` } }, ID, ORIGIN)).toBe('extension-page');
  });

  it('a content script is a LinkedIn https page in the top frame of a tab', () => {
    expect(senderKind(linkedInTab(JANE), ID, ORIGIN)).toBe('linkedin-content');
    // Plain http, a frame, no tab, another site, another extension: none of them.
    expect(senderKind(linkedInTab(JANE.replace('https', 'http')), ID, ORIGIN)).toBe('unknown');
    expect(senderKind({ ...linkedInTab(JANE), frameId: 3 }, ID, ORIGIN)).toBe('unknown');
    expect(senderKind({ id: ID, url: JANE, frameId: 0 }, ID, ORIGIN)).toBe('unknown');
    expect(senderKind(linkedInTab('https://evil.example/in/jane/'), ID, ORIGIN)).toBe('unknown');
    expect(senderKind({ ...linkedInTab(JANE), id: 'other-extension' }, ID, ORIGIN)).toBe('unknown');
    expect(senderKind({ id: ID, url: 'chrome-extension://someone-else/popup.html' }, ID, ORIGIN)).toBe('unknown');
  });

  it('a content script may only save (a page or a list), note how it read the page, look up, open the panel, log a touch, ask for its strings, have the extractors loaded and ask whether its profile is in the CRM; pages may ask anything', () => {
    const types = BackgroundRequest.options.map((o) => o.shape.type.value);
    const allowed = types.filter((type) => mayAsk('linkedin-content', type));
    expect(allowed.sort()).toEqual(['capture.diagnostic', 'capture.save', 'capture.saveList', 'crm.lookup', 'i18n.content', 'lead.lookup', 'linkedin.reader', 'panel.open', 'touch.record']);
    expect(types.every((type) => mayAsk('extension-page', type))).toBe(true);
    expect(types.some((type) => mayAsk('unknown', type))).toBe(false);
  });

  it('only https LinkedIn hosts are LinkedIn pages', () => {
    expect(isLinkedInPageUrl('https://pl.linkedin.com/in/x/')).toBe(true);
    expect(isLinkedInPageUrl('http://www.linkedin.com/in/x/')).toBe(false);
    expect(isLinkedInPageUrl('https://linkedin.com.evil.example/in/x/')).toBe(false);
    expect(isLinkedInPageUrl(undefined)).toBe(false);
  });

  it('the fallback tab is rate-limited: one per ten seconds, whatever the tab', () => {
    const limiter = createTabFallbackLimiter(10_000);
    expect(limiter.take(1_000)).toBe(true);
    expect(limiter.take(1_001)).toBe(false);
    expect(limiter.take(10_999)).toBe(false);
    expect(limiter.take(11_000)).toBe(true);
  });
});

describe('the background judges each request by its sender', () => {
  async function setup() {
    const db = freshDb();
    const stop = setupMessageHandlers(db, { rescore: vi.fn(), checkCrossings: vi.fn(), contentMessages: async () => ({ locale: 'en', messages: {} }) }, () => NOW);
    const jane = await saveCapture(db, { kind: 'person', person: person('Jane Doe', JANE) }, NOW);
    await saveCapture(db, { kind: 'person', person: person('Bob Brown', BOB) }, NOW);
    return { db, stop, janeId: jane.id };
  }

  it('refuses every privileged request from a content script, and changes nothing', async () => {
    const { db, stop, janeId } = await setup();
    const from = linkedInTab(JANE);
    const refused: BackgroundRequest[] = [
      { type: 'scoring.save', ruleSet: DEFAULT_RULESET },
      { type: 'lead.label', leadId: janeId, label: 'sql' },
      { type: 'totals.rebuild' },
      { type: 'crossings.check' },
      { type: 'page.read', tabId: 99 },
    ];
    for (const request of refused) await expect(sendAs(from, request)).rejects.toMatchObject({ code: 'forbidden' });
    expect((await db.leads.get(janeId))?.scoreLabel).not.toBe('sql');
    // From an extension page the same label is set.
    await expect(sendAs(EXTENSION_PAGE, { type: 'lead.label', leadId: janeId, label: 'sql' })).resolves.toEqual({ label: 'sql' });
    stop();
  });

  it('refuses everything from a sender that is neither', async () => {
    const { stop } = await setup();
    await expect(sendAs({ id: ID, url: 'https://evil.example/', frameId: 0, tab: { id: 1, url: 'https://evil.example/' } }, { type: 'lead.lookup' })).rejects.toMatchObject({
      code: 'forbidden',
    });
    stop();
  });

  it('looks up and logs touches on the page in the sender tab, never one named in the payload', async () => {
    const { db, stop } = await setup();
    expect(await sendAs(linkedInTab(BOB), { type: 'lead.lookup' })).toMatchObject({ url: BOB, lead: { name: 'Bob Brown' } });
    // A payload naming another profile is ignored (the schema strips it): the URL is the tab's.
    await expect(sendAs(linkedInTab(BOB), { type: 'touch.record', kind: 'invite-sent', url: JANE } as BackgroundRequest)).resolves.toMatchObject({ name: 'Bob Brown' });
    const touches = await db.activities.where('kind').equals('invite-sent').toArray();
    expect(touches.map((a) => a.leadId)).toHaveLength(1);
    expect((await db.leads.get(touches[0]!.leadId))?.fullName).toBe('Bob Brown');
    stop();
  });

  it('a content script saves only the kind of page its tab shows', async () => {
    const { stop } = await setup();
    const company = { kind: 'company' as const, company: { name: 'Acme', source: 'linkedin' as const, capturedAt: NOW } };
    await expect(sendAs(linkedInTab(JANE), { type: 'capture.save', capture: company })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(sendAs(linkedInTab('https://www.linkedin.com/company/acme/'), { type: 'capture.save', capture: company })).resolves.toMatchObject({ kind: 'company' });
    stop();
  });

  it('opens at most one fallback tab per ten seconds when the panel cannot open', async () => {
    const { stop } = await setup();
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const answers = [];
    for (let i = 0; i < 4; i += 1) answers.push((await sendAs(linkedInTab(JANE), { type: 'panel.open' })).opened);
    expect(answers).toEqual(['tab', 'refused', 'refused', 'refused']);
    expect(create).toHaveBeenCalledTimes(1);
    stop();
  });
});
