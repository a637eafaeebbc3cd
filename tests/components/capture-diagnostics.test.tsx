import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CaptureDiagnostics } from '../../components/diagnostics/CaptureDiagnostics';
import { DbProvider } from '../../components/db-context';
import { keepDiagnostic } from '../../lib/db/diagnostics';
import { DiagnosticsFileSchema, type CaptureReport } from '../../lib/diagnostics/schema';
import { freshDb, NOW } from '../unit/helpers/db';

const READ_AS_USUAL: CaptureReport = {
  pageKind: 'person',
  outcome: 'captured',
  drift: 'none',
  layers: ['topCard', 'labels'],
  via: { fullName: 'topCard:h1', location: 'labels' },
  fields: { fullName: true, headline: true, title: true, companyName: true, companyLinkedinUrl: false, location: true, photoUrl: false },
};
const MOVED: CaptureReport = { ...READ_AS_USUAL, drift: 'weakest-only', layers: ['titleMeta'], via: { fullName: 'titleMeta' } };

describe('Capture diagnostics on the options page', () => {
  it('shows how many notes are kept, exports them as a file for a bug report, and clears them', async () => {
    const user = userEvent.setup();
    const db = freshDb();
    await keepDiagnostic(db, READ_AS_USUAL, NOW - 2_000, '1.4.0');
    await keepDiagnostic(db, MOVED, NOW - 1_000, '1.4.0');
    const download = vi.fn();
    render(
      <DbProvider db={db}>
        <CaptureDiagnostics now={() => NOW} download={download} />
      </DbProvider>,
    );
    expect(await screen.findByRole('heading', { name: 'Capture diagnostics' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('diagnostics-kept')).toHaveTextContent('2'));
    expect(screen.getByTestId('diagnostics-drifted')).toHaveTextContent('1');

    await user.click(screen.getByRole('button', { name: 'Export diagnostics' }));
    expect(download).toHaveBeenCalledTimes(1);
    const [fileName, text] = download.mock.calls[0] as [string, string];
    expect(fileName).toMatch(/^capture-diagnostics-\d{4}-\d{2}-\d{2}\.json$/);
    const file = DiagnosticsFileSchema.parse(JSON.parse(text));
    expect(file).toMatchObject({ exportedAt: NOW, formatVersion: 1 });
    expect(file.records).toEqual([
      { ...READ_AS_USUAL, at: NOW - 2_000, version: '1.4.0' },
      { ...MOVED, at: NOW - 1_000, version: '1.4.0' },
    ]);

    await user.click(screen.getByRole('button', { name: 'Clear' }));
    await waitFor(() => expect(screen.getByTestId('diagnostics-kept')).toHaveTextContent('0'));
    expect(screen.getByText('Diagnostics cleared.')).toBeInTheDocument();
    expect(await db.captureDiagnostics.count()).toBe(0);
    expect(screen.getByRole('button', { name: 'Export diagnostics' })).toBeDisabled();
  });

  it('with no notes, says how to get some and offers nothing to export', async () => {
    render(
      <DbProvider db={freshDb()}>
        <CaptureDiagnostics now={() => NOW} download={vi.fn()} />
      </DbProvider>,
    );
    expect(await screen.findByText('No notes yet: save a lead from LinkedIn first.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Export diagnostics' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Clear' })).toBeDisabled();
  });
});
