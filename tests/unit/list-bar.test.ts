/**
 * The "Save selected" bar: what it says, that it saves only on an allowed click,
 * in requests of at most 100 people, and that a failure is told and keeps the ticks.
 */
import { describe, expect, it, vi } from 'vitest';
import type { ListPerson } from '../../lib/capture/linkedin/list-rows';
import { mountListBar, saveInChunks, type ListBarDeps } from '../../lib/content/list-bar';
import { t } from '../../lib/i18n';
import { MessageError } from '../../lib/messaging/protocol';

const people = (n: number): ListPerson[] => Array.from({ length: n }, (_, i) => ({ name: `P ${i}`, profileUrl: `https://www.linkedin.com/in/p-${i}/` }));

function mount(overrides: Partial<ListBarDeps> = {}) {
  const root = document.createElement('div');
  document.body.append(root);
  const deps: ListBarDeps = {
    save: vi.fn(async () => ({ created: 2, merged: 1 })),
    selected: () => people(3),
    clear: vi.fn(),
    mayAct: () => true,
    ...overrides,
  };
  const bar = mountListBar(root, deps);
  const [status, save] = [root.querySelector('[role="status"]')!, root.querySelector('button')!];
  return { root, bar, deps, status, save };
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the Save selected bar', () => {
  it('is hidden without rows, and its button is off until someone is ticked', () => {
    const { bar, save } = mount();
    expect(bar.surface.hidden).toBe(true);
    bar.update(0, 10);
    expect(bar.surface.hidden).toBe(false);
    expect(save.disabled).toBe(true);
    bar.update(3, 10);
    expect(save.disabled).toBe(false);
    expect(save.textContent).toBe(t('lists.saveSelected', { count: 3 }));
  });

  it('saves the ticked people on an allowed click, says what happened, and clears the ticks', async () => {
    const { bar, deps, status, save } = mount();
    bar.update(3, 10);
    save.click();
    await settled();
    expect(deps.save).toHaveBeenCalledWith(people(3));
    expect(status.textContent).toBe(t('lists.saved', { count: 3, created: 2, merged: 1 }));
    expect(deps.clear).toHaveBeenCalled();
  });

  it('a refused click saves nothing', async () => {
    const { bar, deps, save } = mount({ mayAct: () => false });
    bar.update(3, 10);
    save.click();
    await settled();
    expect(deps.save).not.toHaveBeenCalled();
  });

  it('a failed save is told in words and keeps the ticks', async () => {
    const { bar, deps, status, save } = mount({ save: vi.fn(async () => Promise.reject(new MessageError('quota'))) });
    bar.update(3, 10);
    save.click();
    await settled();
    expect(status.textContent).toBe(t('error.quota'));
    expect(deps.clear).not.toHaveBeenCalled();
    expect(save.disabled).toBe(false);
  });

  it('sends at most 100 people per request and adds up the answers', async () => {
    const save = vi.fn(async (batch: ListPerson[]) => ({ created: batch.length - 1, merged: 1 }));
    expect(await saveInChunks(people(230), save)).toEqual({ created: 227, merged: 3 });
    expect(save.mock.calls.map(([batch]) => batch.length)).toEqual([100, 100, 30]);
  });
});

describe('a save of many people that fails part way', () => {
  it('says how many were saved, not “nothing was saved”, and keeps the ticks for a retry', async () => {
    const save = vi.fn().mockResolvedValueOnce({ created: 99, merged: 1 }).mockRejectedValueOnce(new MessageError('quota'));
    const { bar, deps, status, save: button } = mount({ save, selected: () => people(150) });
    bar.update(150, 150);
    button.click();
    await vi.waitFor(() => expect(save).toHaveBeenCalledTimes(2));
    await settled();
    expect(status.textContent).toBe('100 saved; the others could not be saved and stay ticked. Click again to retry.');
    expect(deps.clear).not.toHaveBeenCalled();
    expect(button.disabled).toBe(false);
  });

  it('a first request that fails is told as before: nothing was saved', async () => {
    const failing = vi.fn(async () => Promise.reject(new MessageError('quota')));
    await expect(saveInChunks(people(150), failing)).rejects.toEqual(new MessageError('quota'));
  });
});
