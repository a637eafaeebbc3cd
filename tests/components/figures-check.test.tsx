import { render, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { DbProvider } from '../../components/db-context';
import { useFiguresCheck } from '../../components/use-figures-check';
import { freshDb } from '../unit/helpers/db';

/** The options page shows one section at a time: missing figures are rebuilt whichever it is. */
function Frame() {
  useFiguresCheck();
  return <p>frame</p>;
}

afterEach(() => vi.restoreAllMocks());

describe('the figures check of a page frame', () => {
  it('asks the background to rebuild figures that are missing, and not ones that are there', async () => {
    const sent: unknown[] = [];
    vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
      sent.push(message);
      return { ok: true, data: { rebuilt: true } };
    });
    const db = freshDb();
    await db.open();
    render(
      <DbProvider db={db}>
        <Frame />
      </DbProvider>,
    );
    // A new database starts with its figures built; once they are gone, the frame asks, once.
    await db.figures.clear();
    await waitFor(() => expect(sent).toEqual([{ type: 'totals.rebuild' }]));
    db.close();
  });
});
