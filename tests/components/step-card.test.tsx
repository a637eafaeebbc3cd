import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DbProvider } from '../../components/db-context';
import { StepCard } from '../../components/sequences/StepCard';
import { adaIn, cadence, step } from '../unit/helpers/sequences';

const DAY = 24 * 3_600_000;

/**
 * The step card acts on the step it shows. It can be out of date (a double click, the same
 * card open in the popup and the side panel) and may show a step not due yet (the side panel
 * lists every active enrolment): an action never lands on another step, nor brings one forward.
 */
async function cardFor(delays: number[]) {
  const sequence = cadence('seq-card-test', delays.map((d, i) => ({ ...step(`step-${i + 1}`, 'call', d), title: `Call ${i + 1}` })));
  const { db, id } = await adaIn(sequence);
  const [enrolment] = await db.enrolments.where('leadId').equals(id).toArray();
  const lead = await db.leads.get(id);
  render(
    <DbProvider db={db}>
      <StepCard enrolment={enrolment!} sequence={sequence} lead={lead!} />
    </DbProvider>,
  );
  return { db, enrolmentId: enrolment!.id, dueAt: enrolment!.dueAt! };
}

/** After every write the clicks started: a read-write transaction on the same tables runs after them. */
const settled = (db: Awaited<ReturnType<typeof adaIn>>['db']) => db.transaction('rw', db.enrolments, db.activities, async () => {});

describe('a step card', () => {
  it('Done clicked twice completes the step shown once, and logs one touch', async () => {
    const user = userEvent.setup();
    const { db, enrolmentId } = await cardFor([0, 3, 5]);
    await user.click(screen.getByRole('button', { name: 'Done' }));
    await user.click(screen.getByRole('button', { name: 'Done' }));
    await waitFor(async () => expect((await db.enrolments.get(enrolmentId))?.history.length).toBeGreaterThan(0));
    await settled(db);
    expect((await db.enrolments.get(enrolmentId))?.history.map((h) => h.stepId)).toEqual(['step-1']);
    expect(await db.activities.where('kind').equals('call').count()).toBe(1);
  });

  it('Skip clicked twice skips the step shown only', async () => {
    const user = userEvent.setup();
    const { db, enrolmentId } = await cardFor([0, 3, 5]);
    await user.click(screen.getByRole('button', { name: 'Skip' }));
    await user.click(screen.getByRole('button', { name: 'Skip' }));
    await waitFor(async () => expect((await db.enrolments.get(enrolmentId))?.history.length).toBeGreaterThan(0));
    await settled(db);
    expect((await db.enrolments.get(enrolmentId))?.history.map((h) => h.stepId)).toEqual(['step-1']);
  });

  it('Snooze on a step due in weeks puts it off, never brings it forward to tomorrow', async () => {
    const user = userEvent.setup();
    const { db, enrolmentId, dueAt } = await cardFor([365, 5]);
    expect(dueAt).toBeGreaterThan(Date.now() + 2 * DAY);
    await user.click(screen.getByRole('button', { name: 'Snooze 1 day' }));
    await waitFor(async () => expect((await db.enrolments.get(enrolmentId))?.dueAt).not.toBe(dueAt));
    expect((await db.enrolments.get(enrolmentId))?.dueAt).toBeGreaterThan(dueAt);
  });
});
