import { render, screen } from '@testing-library/react';
import { vi } from 'vitest';
import { DbProvider } from '../../../components/db-context';
import { PanelApp, type PanelActions } from '../../../components/PanelApp';
import { PersonCaptureSchema } from '../../../lib/capture/schema';
import { saveCapture } from '../../../lib/db/save-capture';
import { usePanelStore } from '../../../lib/ui/panel-store';
import { useUndoStore } from '../../../lib/ui/undo-store';
import { freshDb, NOW } from '../../unit/helpers/db';

export const JANE_PROFILE = 'https://www.linkedin.com/in/jane-doe/';

/** The side panel on a tab showing Jane Doe's profile, saved as a lead, drawn with its stage list loaded. */
export async function panelOnSavedLead() {
  const db = freshDb();
  const saved = await saveCapture(db, { kind: 'person', person: PersonCaptureSchema.parse({ fullName: 'Jane Doe', linkedinUrl: JANE_PROFILE, source: 'linkedin', capturedAt: NOW }) }, NOW);
  const actions: PanelActions = { readTab: vi.fn(), save: vi.fn() };
  render(
    <DbProvider db={db}>
      <PanelApp target={undefined} tab={{ id: 1, url: JANE_PROFILE }} actions={actions} />
    </DbProvider>,
  );
  await screen.findByRole('heading', { name: 'Jane Doe' });
  // The stage list loads with its own query.
  await screen.findByRole('combobox', { name: 'Stage' });
  return { db, id: saved.id };
}

/** The panel's UI state as a fresh panel starts: the lead view, nothing to undo. */
export function resetPanelState() {
  usePanelStore.setState({ view: 'lead', pickedLeadId: undefined });
  useUndoStore.setState({ last: undefined });
}
