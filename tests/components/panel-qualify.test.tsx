import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DbProvider } from '../../components/db-context';
import { PanelApp, type PanelActions } from '../../components/PanelApp';
import { PersonCaptureSchema } from '../../lib/capture/schema';
import { saveCapture } from '../../lib/db/save-capture';
import { usePanelStore } from '../../lib/ui/panel-store';
import { useUndoStore } from '../../lib/ui/undo-store';
import { freshDb, NOW } from '../unit/helpers/db';

const PROFILE = 'https://www.linkedin.com/in/jane-doe/';
const actions: PanelActions = { readTab: vi.fn(), save: vi.fn() };

async function setup() {
  const db = freshDb();
  const saved = await saveCapture(db, { kind: 'person', person: PersonCaptureSchema.parse({ fullName: 'Jane Doe', linkedinUrl: PROFILE, source: 'linkedin', capturedAt: NOW }) }, NOW);
  render(
    <DbProvider db={db}>
      <PanelApp target={undefined} tab={{ id: 1, url: PROFILE }} actions={actions} />
    </DbProvider>,
  );
  await screen.findByRole('heading', { name: 'Jane Doe' });
  return { db, id: saved.id };
}

beforeEach(() => {
  usePanelStore.setState({ view: 'lead', query: '', pickedLeadId: undefined });
  useUndoStore.setState({ last: undefined });
});

describe('side panel qualification', () => {
  it('logs a touch with one click and shows it in the timeline', async () => {
    const user = userEvent.setup();
    const { db, id } = await setup();
    await user.click(screen.getByRole('button', { name: 'Reply received' }));
    const timeline = screen.getByRole('list', { name: 'Activity timeline' });
    expect(await within(timeline).findByText(/Reply received/)).toBeInTheDocument();
    const stored = await db.activities.where('leadId').equals(id).toArray();
    expect(stored.map((a) => [a.kind, a.direction])).toContainEqual(['reply-received', 'inbound']);
    expect((await db.leads.get(id))?.lastTouchAt).toBeDefined();
  });

  it('ticks BANT items, keeps notes as text, and undoes the last change', async () => {
    const user = userEvent.setup();
    const { db, id } = await setup();
    await user.click(screen.getByRole('checkbox', { name: 'Need' }));
    await vi.waitFor(async () => expect((await db.leads.get(id))?.bant.need.checked).toBe(true));
    const note = screen.getByLabelText('Budget: note');
    await user.type(note, '<b>50k</b> approved');
    await user.tab();
    await vi.waitFor(async () => expect((await db.leads.get(id))?.bant.budget.note).toBe('<b>50k</b> approved'));
    await user.click(await screen.findByRole('button', { name: 'Undo: Budget' }));
    await vi.waitFor(async () => expect((await db.leads.get(id))?.bant.budget.note).toBeUndefined());
    expect((await db.leads.get(id))?.bant.need.checked).toBe(true);
  });

  it('records the next step and its due date', async () => {
    const user = userEvent.setup();
    const { db, id } = await setup();
    await user.type(screen.getByLabelText('What is next'), 'Send the proposal');
    await user.tab();
    await vi.waitFor(async () => expect((await db.leads.get(id))?.nextStep?.text).toBe('Send the proposal'));
  });
});
