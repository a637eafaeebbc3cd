import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DbProvider } from '../../components/db-context';
import { PanelApp, type PanelActions } from '../../components/PanelApp';
import { PersonCaptureSchema } from '../../lib/capture/schema';
import { updatePipeline } from '../../lib/db/pipeline-edit';
import { saveCapture } from '../../lib/db/save-capture';
import { usePanelSections } from '../../lib/ui/panel-sections-store';
import { usePanelStore } from '../../lib/ui/panel-store';
import { freshDb, NOW } from '../unit/helpers/db';

const PROFILE = 'https://www.linkedin.com/in/jane-doe/';
const actions: PanelActions = { readTab: vi.fn(), save: vi.fn() };
const DAY = 86_400_000;

async function showLead(nextStep?: { text: string; dueAt?: number }) {
  const db = freshDb();
  const saved = await saveCapture(db, { kind: 'person', person: PersonCaptureSchema.parse({ fullName: 'Jane Doe', linkedinUrl: PROFILE, source: 'linkedin', capturedAt: NOW }) }, NOW);
  if (nextStep) await updatePipeline(db, saved.id, { nextStep }, NOW);
  render(
    <DbProvider db={db}>
      <PanelApp target={undefined} tab={{ id: 1, url: PROFILE }} actions={actions} />
    </DbProvider>,
  );
  await screen.findByRole('combobox', { name: 'Stage' });
  return screen.getByRole('article', { name: 'Jane Doe' });
}

beforeEach(() => {
  usePanelStore.setState({ view: 'lead', pickedLeadId: undefined });
  usePanelSections.setState({ open: { deal: true, qualification: true, sequences: true, score: false, details: false } });
});

describe('the side panel layout', () => {
  it('keeps name, score, stage and the next step in the header, and says overdue in words', async () => {
    // Created long ago, due three days ago: overdue whatever day the test runs.
    const dueAt = Math.min(NOW, Date.now()) - 3 * DAY;
    const card = await showLead({ text: 'Send the proposal', dueAt: Math.max(dueAt, NOW - 300 * DAY) });
    const header = card.querySelector('header')!;
    expect(header.textContent).toContain('Jane Doe');
    expect(within(header).getByTestId('header-score').textContent).toBe('Score 0');
    expect(within(header).getByTestId('header-stage').textContent).toContain('New');
    expect(within(header).getByTestId('header-next-step').textContent).toMatch(/^Next: Send the proposal · overdue since /);
  });

  it('says when no next step is set', async () => {
    const card = await showLead();
    expect(within(card).getByTestId('header-next-step').textContent).toBe('No next step set.');
  });

  it('puts stage, next step and touches first, and the rest in sections the rep opens and closes', async () => {
    const user = userEvent.setup();
    const card = await showLead();
    const order = [...card.querySelectorAll('.stage-section, .next-step, .touches, details.panel-section')].map((el) => el.getAttribute('data-section') ?? el.className);
    expect(order).toEqual(['stage-section', 'next-step', 'touches', 'deal', 'qualification', 'sequences', 'score', 'details']);
    const score = card.querySelector<HTMLDetailsElement>('details[data-section="score"]')!;
    expect(score.open).toBe(false);
    await user.click(score.querySelector('summary')!);
    await vi.waitFor(() => expect(usePanelSections.getState().open.score).toBe(true));
    expect(score.open).toBe(true);
    // Remembered for the next lead shown (the store persists in localStorage).
    expect(JSON.parse(localStorage.getItem('pa.panel-sections') ?? '{}').state.open.score).toBe(true);
    act(() => usePanelSections.getState().setOpen('score', false));
    expect(score.open).toBe(false);
  });
});
