import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ExportListButton } from '../../components/transfer/ExportListButton';
import { PersonCaptureSchema } from '../../lib/capture/schema';
import { saveCapture } from '../../lib/db/save-capture';
import { DEFAULT_LIST_QUERY } from '../../lib/leads/list-query';
import { freshDb, NOW } from '../unit/helpers/db';

afterEach(() => vi.restoreAllMocks());

describe('export from the lead list', () => {
  it('downloads only the leads the current filters match, as CSV with a BOM', async () => {
    const db = freshDb();
    for (const [i, fullName] of ['Anna Nowak', 'Jan Kowalski', 'Ольга Смирнова'].entries()) {
      await saveCapture(db, { kind: 'person', person: PersonCaptureSchema.parse({ fullName, source: 'manual', capturedAt: NOW + i }) }, NOW + i);
    }
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    render(<ExportListButton db={db} query={{ ...DEFAULT_LIST_QUERY, search: 'ольга' }} />);
    await userEvent.click(screen.getByRole('button', { name: 'Export these leads (CSV)' }));
    await waitFor(() => expect(click).toHaveBeenCalled());
    const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    const lines = text.split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('Ольга Смирнова');
    expect(text).not.toContain('Anna Nowak');
  });
});
