import { describe, expect, it } from 'vitest';
import { pageMainThreads, splitThreadTime, type TraceEvent } from '../bench/harness/trace-attribution';

// The content-script benchmark's attribution, on hand-made traces (times in µs, as Chromium writes them).
const OURS = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/content-scripts/linkedin.js';
const PAGE = 'https://www.linkedin.com/feed/';
const isOurs = (url: string) => url.startsWith('chrome-extension://abcdefghijklmnopabcdefghijklmnop/');
const PID = 7;
const MAIN = 7;
const PROFILER = 9;

const x = (name: string, ts: number, dur: number, args?: TraceEvent['args']): TraceEvent => ({ name, ph: 'X', pid: PID, tid: MAIN, ts, dur, tdur: dur, args });
const task = (ts: number, dur: number) => x('RunTask', ts, dur);

/** A script function without a URL (the harness's evaluate, calling into DOMParser). */
const ANONYMOUS = 'anonymous';

/** A CPU profile of the main thread whose samples fall at the given times, each in a script (its URL), in ANONYMOUS, or in V8 itself (undefined). */
function samples(at: [number, string | undefined][]): TraceEvent[] {
  const urls = [...new Set(at.map(([, url]) => url))];
  const frame = (url: string | undefined) => (url === ANONYMOUS ? { functionName: 'parseFromString' } : url ? { functionName: 'f', url } : { functionName: '(program)' });
  const nodes = [{ id: 1, callFrame: { functionName: '(root)' } }, ...urls.map((url, i) => ({ id: i + 2, parent: 1, callFrame: frame(url) }))];
  const times = at.map(([ts]) => ts);
  return [
    { name: 'Profile', ph: 'P', pid: PID, tid: MAIN, ts: 0, id: '0x1', args: { data: { startTime: 0 } } },
    {
      name: 'ProfileChunk',
      ph: 'P',
      pid: PID,
      tid: PROFILER,
      ts: 1,
      id: '0x1',
      args: { data: { cpuProfile: { nodes, samples: at.map(([, url]) => urls.indexOf(url) + 2) }, timeDeltas: times.map((t, i) => t - (times[i - 1] ?? 0)) } },
    },
  ];
}

describe('splitting a renderer main thread between our content script and the page', () => {
  it('gives our script evaluation to us, layout it forces included, and parsing to the page', () => {
    const events = [
      task(0, 1_000),
      x('ParseHTML', 10, 900, { beginData: { url: PAGE } }),
      task(2_000, 3_000),
      x('EvaluateScript', 2_010, 2_900, { data: { url: OURS } }),
      x('v8.compile', 2_020, 500, { data: { url: OURS } }),
      x('Layout', 2_600, 400),
    ];
    const split = splitThreadTime(events, `${PID}:${MAIN}`, -Infinity, Infinity, isOurs);
    expect(split.ours).toBeCloseTo(2.9);
    expect(split.oursEvaluating).toBeCloseTo(2.9);
    expect(split.page).toBeCloseTo(1 + 0.1);
    expect(split.ourScripts).toEqual([OURS]);
  });

  it('splits a script entry without a URL (microtasks) by the samples naming a script inside it', () => {
    const events = [
      task(0, 1_000),
      x('RunMicrotasks', 0, 1_000),
      // Three of ours, one of the page's; "(program)" names no one and is left out.
      ...samples([
        [100, OURS],
        [300, OURS],
        [500, PAGE],
        [700, OURS],
        [900, undefined],
      ]),
    ];
    const split = splitThreadTime(events, `${PID}:${MAIN}`, -Infinity, Infinity, isOurs);
    expect(split.ours).toBeCloseTo(0.75);
    expect(split.oursEvaluating).toBe(0);
    expect(split.page).toBeCloseTo(0.25);
  });

  it('never gives us the time of script without a URL (the harness swapping the page in) because ours ran beside it', () => {
    const events = [
      task(0, 1_000),
      x('FunctionCall', 0, 1_000),
      ...samples([
        [100, ANONYMOUS],
        [300, ANONYMOUS],
        [500, ANONYMOUS],
        [700, OURS],
        [900, undefined],
      ]),
    ];
    const split = splitThreadTime(events, `${PID}:${MAIN}`, -Infinity, Infinity, isOurs);
    expect(split.ours).toBeCloseTo(0.25);
    expect(split.page).toBeCloseTo(0.75);
  });

  it("counts our listener run inside the page's script as ours, and the rest of that script as the page's", () => {
    const events = [task(0, 2_000), x('FunctionCall', 0, 2_000, { data: { url: PAGE } }), x('FunctionCall', 500, 600, { data: { url: OURS } })];
    const split = splitThreadTime(events, `${PID}:${MAIN}`, -Infinity, Infinity, isOurs);
    expect(split.ours).toBeCloseTo(0.6);
    expect(split.page).toBeCloseTo(1.4);
  });

  it('counts only the tasks that start inside the window', () => {
    const events = [task(0, 1_000), x('FunctionCall', 0, 1_000, { data: { url: OURS } }), task(5_000, 1_000), x('FunctionCall', 5_000, 400, { data: { url: OURS } })];
    const split = splitThreadTime(events, `${PID}:${MAIN}`, 4_000, Infinity, isOurs);
    expect(split.ours).toBeCloseTo(0.4);
    expect(split.page).toBeCloseTo(0.6);
  });

  it("finds the main thread of the renderer that parsed the page, not the extension's", () => {
    const events: TraceEvent[] = [
      { name: 'thread_name', ph: 'M', pid: PID, tid: MAIN, ts: 0, args: { name: 'CrRendererMain' } },
      { name: 'thread_name', ph: 'M', pid: 8, tid: 8, ts: 0, args: { name: 'CrRendererMain' } },
      x('ParseHTML', 10, 900, { beginData: { url: PAGE } }),
      { ...x('ParseHTML', 10, 900, { beginData: { url: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/options.html' } }), pid: 8, tid: 8 },
    ];
    expect(pageMainThreads(events, (url) => url.startsWith('https://www.linkedin.com/'))).toEqual([`${PID}:${MAIN}`]);
  });
});
