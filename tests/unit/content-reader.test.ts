import { describe, expect, it } from 'vitest';
import { installReader, readerLoader, type LinkedInReader } from '../../lib/content/reader';
import { MessageError } from '../../lib/messaging/content-protocol';

// The extractors reach the content script through its world's global, left there by the
// injected file: a plain object stands for that world here.
const reader: LinkedInReader = { read: async () => ({ result: { ok: false, reason: 'not-a-lead-page' }, report: {} as never }) };

describe('the LinkedIn reader loaded on demand', () => {
  it('asks the background once, however many clicks come while it loads, and then not again', async () => {
    const world = {};
    let loads = 0;
    const load = async () => {
      loads += 1;
      installReader(world, reader);
    };
    const get = readerLoader(world, load);
    const [a, b] = await Promise.all([get(), get()]);
    expect(a).toBe(reader);
    expect(b).toBe(reader);
    expect(await get()).toBe(reader);
    expect(loads).toBe(1);
  });

  it('a load that failed, or left no reader, is an error the control can word, and the next click tries again', async () => {
    const world = {};
    const outcomes: (() => void)[] = [
      () => {
        throw new MessageError('no-tab');
      },
      () => undefined,
      () => installReader(world, reader),
    ];
    const get = readerLoader(world, async () => outcomes.shift()?.());
    await expect(get()).rejects.toMatchObject({ code: 'no-tab' });
    await expect(get()).rejects.toMatchObject({ code: 'unavailable' });
    expect(await get()).toBe(reader);
  });

  it('keeps the reader off the enumerable globals', () => {
    const world = {};
    installReader(world, reader);
    expect(Object.keys(world)).toEqual([]);
  });
});
