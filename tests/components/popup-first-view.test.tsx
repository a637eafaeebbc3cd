import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PopupFirstView } from '../../components/popup/PopupFirstView';
import { PersonCaptureSchema } from '../../lib/capture/schema';
import { getDb } from '../../lib/db/database';
import { readKeptMetrics } from '../../lib/db/kept-metrics';
import { saveCapture } from '../../lib/db/save-capture';
import { NOW } from '../unit/helpers/db';

/** Issue 15: the popup draws velocity from its first read, then the live popup takes over without a flash. */
describe("the popup's first view", () => {
  // The live part is a module of its own, imported on a loaded machine: more than the default five seconds.
  it('draws the figures it is handed at once, then the live popup draws the same and everything else', { timeout: 20_000 }, async () => {
    // The live popup loads the whole catalog (the browser's language here) and opens the extension's own database.
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en');
    const db = getDb();
    for (const [i, fullName] of ['Ann Lee', 'Bob Brown'].entries()) {
      await saveCapture(db, { kind: 'person', person: PersonCaptureSchema.parse({ fullName, source: 'manual', capturedAt: NOW + i }) }, NOW + i);
    }
    const first = await readKeptMetrics(db);
    if (first.stale) throw new Error('the kept figures should be built');
    render(<PopupFirstView first={first} search="" />);
    // Drawn in the first render, before any database read of the page.
    expect(screen.getByTestId('lead-count')).toHaveTextContent('2 leads');
    expect(screen.getByRole('region', { name: 'Pipeline velocity' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save this page' })).toBeNull();
    // The live popup: its actions and recent leads, with the same count and velocity.
    expect(await screen.findByRole('button', { name: 'Save this page' }, { timeout: 10_000 })).toBeInTheDocument();
    expect(await screen.findByRole('region', { name: 'Recently captured' })).toBeInTheDocument();
    expect(screen.getByTestId('lead-count')).toHaveTextContent('2 leads');
    expect(screen.getByRole('region', { name: 'Pipeline velocity' })).toBeInTheDocument();
  });
});
