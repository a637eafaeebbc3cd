import { render, screen, within, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DbProvider } from '../../components/db-context';
import { PipelineOptions } from '../../components/PipelineOptions';
import { PersonCaptureSchema } from '../../lib/capture/schema';
import { saveCapture } from '../../lib/db/save-capture';
import { getPipeline } from '../../lib/db/settings';
import { moveToStage } from '../../lib/db/stage';
import { freshDb, NOW } from '../unit/helpers/db';

async function seeded() {
  const db = freshDb();
  const ids: string[] = [];
  for (const name of ['ada', 'grace', 'alan']) {
    const person = PersonCaptureSchema.parse({ fullName: name, linkedinUrl: `https://www.linkedin.com/in/${name}/`, source: 'linkedin', capturedAt: NOW });
    ids.push((await saveCapture(db, { kind: 'person', person }, NOW)).id);
  }
  await moveToStage(db, ids[0]!, 'demo', {}, NOW + 1);
  await moveToStage(db, ids[1]!, 'demo', {}, NOW + 1);
  return { db, ids };
}

function renderOptions(db: Awaited<ReturnType<typeof seeded>>['db']) {
  render(
    <DbProvider db={db}>
      <PipelineOptions />
    </DbProvider>,
  );
}

describe('options page: pipeline stages', () => {
  it('with the kept stage figures missing, it has them rebuilt instead of walking the leads, then counts', async () => {
    const { db } = await seeded();
    await db.figures.delete('totals');
    await db.stageFigures.clear();
    renderOptions(db);
    // No background in a test page: the page rebuilds the kept totals itself, and the live query shows them.
    const list = await screen.findByRole('list', { name: 'Stages' });
    expect(within(list).getByRole('listitem', { name: 'Product demo' })).toHaveTextContent('2 leads');
    expect(await db.stageFigures.get('demo')).toMatchObject({ n: 2 });
  });

  it('counts the leads in each stage from the database, and saving a removal moves them with history', async () => {
    const user = userEvent.setup();
    const { db, ids } = await seeded();
    renderOptions(db);
    const list = await screen.findByRole('list', { name: 'Stages' });
    expect(within(list).getByRole('listitem', { name: 'Product demo' })).toHaveTextContent('2 leads');
    expect(within(list).getByRole('listitem', { name: 'New' })).toHaveTextContent('1 lead');

    await user.click(screen.getByRole('button', { name: 'Remove Product demo' }));
    const prompt = screen.getByRole('group', { name: 'Remove Product demo' });
    await user.selectOptions(within(prompt).getByLabelText('Move its leads to'), 'Product trial');
    await user.click(within(prompt).getByRole('button', { name: 'Remove and move leads' }));
    await user.click(screen.getByRole('button', { name: 'Save stages' }));

    await waitFor(async () => expect((await getPipeline(db)).stages.map((s) => s.id)).not.toContain('demo'));
    expect((await db.leads.bulkGet(ids)).map((l) => l?.stageId)).toEqual(['trial', 'trial', 'new']);
    const moved = await db.stageHistory.where('leadId').equals(ids[0]!).sortBy('at');
    expect(moved.map((h) => [h.fromStage, h.toStage, h.kind])).toEqual([
      [undefined, 'new', 'change'],
      ['new', 'demo', 'change'],
      ['demo', 'trial', 'stage-removed'],
    ]);
    expect(await within(await screen.findByRole('list', { name: 'Stages' })).findByRole('listitem', { name: 'Product trial' })).toHaveTextContent('2 leads');
  });
});
