import type { Browser } from 'playwright-core';
import type { TraceEvent } from './trace-attribution';

/**
 * What the content-script benchmark records: the timeline (tasks, parsing, style,
 * layout, script entries with their URLs), V8's entries without URLs (microtasks,
 * callbacks), the CPU profiler's samples (to split those), and user-timing marks
 * (the benchmark's own phase boundaries).
 */
const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
  'blink.user_timing',
  '__metadata',
];

/** Record a Chromium trace of every process of the browser while `run` runs. */
export async function traced(browser: Browser, run: () => Promise<void>): Promise<TraceEvent[]> {
  const cdp = await browser.newBrowserCDPSession();
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected' as never, ((chunk: { value: TraceEvent[] }) => events.push(...chunk.value)) as never);
  await cdp.send('Tracing.start' as never, { traceConfig: { includedCategories: CATEGORIES }, transferMode: 'ReportEvents' } as never);
  try {
    await run();
  } finally {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete' as never, resolve as never));
    await cdp.send('Tracing.end' as never);
    await complete;
    await cdp.detach().catch(() => undefined);
  }
  return events;
}
