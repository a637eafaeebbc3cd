import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRealInputGuard, isRenderedPlainly } from '../../lib/content/real-input';

/**
 * The in-page control acts only on the rep's own activation: trusted, rendered
 * plainly (the page owns the host's style) and on top where it landed. jsdom has no
 * layout, so boxes and hit tests are given here; the real thing runs in the
 * trust end-to-end test.
 */
function setup() {
  const host = document.createElement('prospecting-assistant-ui');
  document.body.append(host);
  const shadow = host.attachShadow({ mode: 'closed' });
  const button = document.createElement('button');
  button.textContent = 'Save lead';
  shadow.append(button);
  vi.spyOn(button, 'getBoundingClientRect').mockReturnValue({ left: 100, top: 100, width: 80, height: 30, right: 180, bottom: 130, x: 100, y: 100, toJSON: () => ({}) });
  const onTop = { outer: host as Element | null, inner: button as Element | null };
  document.elementFromPoint = vi.fn(() => onTop.outer);
  (shadow as ShadowRoot & { elementFromPoint: (x: number, y: number) => Element | null }).elementFromPoint = vi.fn(() => onTop.inner);
  return { host, shadow, button, onTop };
}

/**
 * A click as a person makes it: trusted, at a point, from a pointing device (detail 1).
 * jsdom's isTrusted cannot be redefined on a real event, so this is a MouseEvent-shaped stand-in.
 */
function trusted(detail: number, x = 140, y = 115): MouseEvent {
  return Object.create(MouseEvent.prototype, {
    isTrusted: { value: true },
    detail: { value: detail },
    clientX: { value: x },
    clientY: { value: y },
  }) as MouseEvent;
}
const realClick = () => trusted(1);

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('the rep’s own activation', () => {
  it('a trusted click on the visible control, on top, counts', () => {
    const { shadow, button } = setup();
    expect(createRealInputGuard(shadow).mayAct(realClick(), button)).toBe(true);
  });

  it('a script’s click (untrusted) never counts', () => {
    const { shadow, button } = setup();
    expect(createRealInputGuard(shadow).mayAct(new MouseEvent('click', { clientX: 140, clientY: 115, detail: 1 }), button)).toBe(false);
  });

  it.each([
    ['transparent', 'opacity: 0.3'],
    ['faded to almost nothing', 'opacity: 0.05'],
    ['hidden', 'visibility: hidden'],
    ['filtered', 'filter: opacity(0)'],
    ['blended away', 'mix-blend-mode: multiply'],
    ['clipped', 'clip-path: inset(50%)'],
  ])('a click on a control the page made %s does not count', (_what, style) => {
    const { host, shadow, button } = setup();
    host.setAttribute('style', style);
    expect(isRenderedPlainly(button, window)).toBe(false);
    expect(createRealInputGuard(shadow).mayAct(realClick(), button)).toBe(false);
  });

  it('a click where something else is on top (the page slid ours under its own element) does not count', () => {
    const { shadow, button, onTop } = setup();
    onTop.outer = document.body;
    expect(createRealInputGuard(shadow).mayAct(realClick(), button)).toBe(false);
    onTop.outer = shadow.host;
    onTop.inner = null;
    expect(createRealInputGuard(shadow).mayAct(realClick(), button)).toBe(false);
  });

  it('a keyboard activation (no point) is judged at the control’s centre', () => {
    const { shadow, button } = setup();
    expect(createRealInputGuard(shadow).mayAct(trusted(0, 0, 0), button)).toBe(true);
    expect(document.elementFromPoint).toHaveBeenCalledWith(140, 115);
  });

  it('where the browser reports the control occluded (IntersectionObserver v2), it does not count', () => {
    const { shadow, button } = setup();
    const witness = { visible: () => false, disconnect: vi.fn() };
    expect(createRealInputGuard(shadow, document, witness).mayAct(realClick(), button)).toBe(false);
  });
});
