import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BackgroundRequest, MessageError, unwrap, BackgroundResponses } from '../../lib/messaging/protocol';
import { listenInBackground, sendToBackground } from '../../lib/messaging/transport';

describe('messaging protocol', () => {
  it('parses well-formed requests and refuses malformed ones', () => {
    expect(BackgroundRequest.safeParse({ type: 'touch.record', kind: 'invite-sent' }).success).toBe(true);
    expect(BackgroundRequest.safeParse({ type: 'touch.record', kind: 'meeting' }).success).toBe(false);
    expect(BackgroundRequest.safeParse({ type: 'drop.tables' }).success).toBe(false);
    expect(BackgroundRequest.safeParse('capture.save').success).toBe(false);
  });

  it('unwrap throws a typed error for error envelopes and malformed answers', () => {
    expect(() => unwrap(BackgroundResponses['lead.lookup'], { ok: false, error: { code: 'quota' } })).toThrow(MessageError);
    expect(() => unwrap(BackgroundResponses['lead.lookup'], { ok: true, data: { id: 1 } })).toThrow(/bad-request/);
    expect(() => unwrap(BackgroundResponses['lead.lookup'], undefined)).toThrow(/bad-request/);
    expect(unwrap(BackgroundResponses['lead.lookup'], { ok: true, data: { url: 'https://www.linkedin.com/in/x/', lead: null } })).toEqual({ url: 'https://www.linkedin.com/in/x/', lead: null });
  });

  it('the receiver answers a bad message with an error and keeps serving good ones', async () => {
    const stop = listenInBackground({
      'capture.save': async () => ({}),
      'capture.saveList': async () => ({ created: 0, merged: 0 }),
      'capture.diagnostic': async () => ({ kept: true }),
      'lead.lookup': async () => ({ url: 'https://www.linkedin.com/in/jane/', lead: { id: 'lead-000001', name: 'Jane' } }),
      'panel.open': async () => ({ opened: 'tab' }),
      'scoring.save': async () => ({ revision: 1 }),
      'lead.label': async () => ({ label: 'sql' }),
      'page.read': async () => {
        throw new MessageError('no-tab');
      },
      'touch.record': async () => null,
      'totals.rebuild': async () => ({ rebuilt: true }),
      'crossings.check': async () => ({ checked: true }),
      'i18n.content': async () => ({ locale: 'en', messages: {} }),
      'rescore.run': async () => ({ started: true }),
      'linkedin.reader': async () => ({ loaded: true }),
      'crm.connect': async () => ({ ok: false, reason: 'no-permission' }),
      'crm.disconnect': async () => ({ disconnected: true }),
      'crm.lookup': async () => ({ page: '', answer: { status: 'not-connected' } }),
      'crm.sync': async () => ({ connection: 'none', pending: 0, erasePending: 0, running: false }),
      'crm.status': async () => ({ connection: 'none', pending: 0, erasePending: 0, running: false }),
      'crm.pipelines': async () => ({ ok: false, reason: 'not-connected' }),
      'crm.erase': async () => ({ done: 0, pending: 0, reason: 'not-connected' }),
    }, () => true);
    const bad = (await fakeBrowser.runtime.sendMessage({ type: 'touch.record', kind: 42 })) as unknown;
    expect(bad).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    await expect(sendToBackground({ type: 'lead.lookup' })).resolves.toEqual({ url: 'https://www.linkedin.com/in/jane/', lead: { id: 'lead-000001', name: 'Jane' } });
    await expect(sendToBackground({ type: 'page.read' })).rejects.toMatchObject({ code: 'no-tab' });
    // A handler that answers with the wrong shape is caught at the sender.
    await expect(sendToBackground({ type: 'capture.save', capture: { kind: 'company', company: { source: 'linkedin', capturedAt: Date.now() } } })).rejects.toMatchObject({ code: 'bad-request' });
    stop();
  });
});
