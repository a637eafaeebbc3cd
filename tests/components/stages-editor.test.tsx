import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { StagesEditor, type StagesEditorProps } from '../../components/pipeline/StagesEditor';
import { DEFAULT_PIPELINE } from '../../lib/pipeline/defaults';
import { PipelineSettingsSchema, type PipelineSettings } from '../../lib/pipeline/schema';
import type { Sequence } from '../../lib/sequences/schema';

const COUNTS = { new: 3, discovery: 5, qualified: 2, demo: 4, trial: 1, negotiation: 0, won: 7, lost: 1 };

function renderEditor(overrides: Partial<StagesEditorProps> = {}) {
  const props = {
    pipeline: DEFAULT_PIPELINE,
    leadCounts: COUNTS,
    onSave: vi.fn<StagesEditorProps['onSave']>().mockResolvedValue(undefined),
    ...overrides,
  };
  const view = render(<StagesEditor {...props} />);
  return { ...props, ...view };
}

const stageList = () => screen.getByRole('list', { name: 'Stages' });
const rows = () => within(stageList()).getAllByRole('listitem');
const row = (name: string) => within(stageList()).getByRole('listitem', { name });
const stageNames = () => rows().map((r) => (within(r).getByLabelText('Stage name') as HTMLInputElement).value);
const saveButton = () => screen.getByRole('button', { name: 'Save stages' });

function saved(onSave: StagesEditorProps['onSave']): [PipelineSettings, { from: string; to: string }[]] {
  const calls = vi.mocked(onSave).mock.calls;
  expect(calls).toHaveLength(1);
  const [next, moves] = calls[0]!;
  expect(PipelineSettingsSchema.parse(next)).toEqual(next);
  return [next, moves];
}

describe('stages editor', () => {
  it('lists the stages in order with name, probability and lead count; nothing to save yet', () => {
    renderEditor();
    expect(stageNames()).toEqual(['New', 'Discovery call', 'Qualified', 'Product demo', 'Product trial', 'Final negotiation', 'Won', 'Lost']);
    expect(within(row('Product trial')).getByLabelText('Probability (%)')).toHaveValue('60');
    expect(row('Discovery call')).toHaveTextContent('5 leads');
    expect(row('Product trial')).toHaveTextContent('1 lead');
    expect(row('Final negotiation')).toHaveTextContent('No leads');
    // Won and lost have fixed probabilities and cannot be moved or removed; neither can "new".
    expect(within(row('Won')).queryByLabelText('Probability (%)')).toBeNull();
    expect(row('Won')).toHaveTextContent('100 %');
    expect(row('Lost')).toHaveTextContent('0 %');
    expect(within(row('Won')).queryByRole('button')).toBeNull();
    expect(within(row('New')).queryByRole('button')).toBeNull();
    expect(screen.getByRole('button', { name: 'Move Discovery call up' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Move Final negotiation down' })).toBeDisabled();
    expect(saveButton()).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Discard changes' })).toBeDisabled();
    expect(screen.getByText('No unsaved changes.')).toBeInTheDocument();
    expect(screen.getByLabelText('Currency')).toHaveValue('USD');
  });

  it('renames a stage, refusing an empty or duplicate name at the field', async () => {
    const user = userEvent.setup();
    const { onSave } = renderEditor();
    const name = within(row('Product demo')).getByLabelText('Stage name');
    await user.clear(name);
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent('Enter a name.');
    expect(saveButton()).toBeDisabled();
    expect(screen.getByText('Fix the marked fields to save.')).toBeInTheDocument();

    await user.type(name, 'qualified');
    expect(screen.getByRole('alert')).toHaveTextContent('Another stage has this name.');
    expect(saveButton()).toBeDisabled();

    await user.clear(name);
    await user.type(name, 'Live demo');
    expect(screen.queryByRole('alert')).toBeNull();
    // Buttons are named after the stage's current name.
    expect(screen.getByRole('button', { name: 'Move Live demo up' })).toBeInTheDocument();
    await user.click(saveButton());
    const [next, moves] = saved(onSave);
    expect(next.stages.find((s) => s.id === 'demo')?.name).toBe('Live demo');
    expect(moves).toEqual([]);
    expect(await screen.findByText('Stages saved.')).toBeInTheDocument();
    expect(saveButton()).toBeDisabled();
  });

  it('refuses a name another stage shows in another language, at the rename and at the add form', async () => {
    const user = userEvent.setup();
    renderEditor();
    // The shipped "Qualified" reads "Zakwalifikowany" in Polish: the Polish editor would see two.
    const name = within(row('Product demo')).getByLabelText('Stage name');
    await user.clear(name);
    await user.type(name, 'Zakwalifikowany');
    expect(screen.getByRole('alert')).toHaveTextContent('Another stage has this name in English, Polish, Romanian or Russian');
    expect(saveButton()).toBeDisabled();
    await user.clear(name);
    await user.type(name, 'Product demo');

    await user.type(screen.getByLabelText('New stage name'), 'Пробный период');
    await user.type(screen.getByLabelText('New stage probability (%)'), '70');
    await user.click(screen.getByRole('button', { name: 'Add stage' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Another stage has this name in English, Polish, Romanian or Russian');
    expect(rows()).toHaveLength(8);
  });

  it('reorders open stages, keeping focus on the button that was pressed', async () => {
    const user = userEvent.setup();
    const { onSave } = renderEditor();
    await user.click(screen.getByRole('button', { name: 'Move Product demo up' }));
    expect(stageNames()).toEqual(['New', 'Discovery call', 'Product demo', 'Qualified', 'Product trial', 'Final negotiation', 'Won', 'Lost']);
    expect(screen.getByRole('button', { name: 'Move Product demo up' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Move Product demo up' }));
    expect(stageNames()[1]).toBe('Product demo');
    // At the top of the open stages: up is disabled, focus goes to down.
    expect(screen.getByRole('button', { name: 'Move Product demo up' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Move Product demo down' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Move Final negotiation up' }));
    await user.click(saveButton());
    const [next] = saved(onSave);
    expect(next.stages.map((s) => s.id)).toEqual(['new', 'demo', 'discovery', 'qualified', 'negotiation', 'trial', 'won', 'lost']);
  });

  it('adds a stage before won, with validation at the add fields', async () => {
    const user = userEvent.setup();
    const { onSave } = renderEditor();
    const addName = screen.getByLabelText('New stage name');
    const addProbability = screen.getByLabelText('New stage probability (%)');
    await user.click(screen.getByRole('button', { name: 'Add stage' }));
    expect(addName).toHaveAttribute('aria-invalid', 'true');
    expect(addName).toHaveFocus();
    expect(addProbability).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getAllByRole('alert').map((a) => a.textContent)).toEqual(['Enter a name.', 'Enter a whole number from 0 to 100.']);

    await user.type(addName, 'Product demo');
    await user.type(addProbability, '70');
    await user.click(screen.getByRole('button', { name: 'Add stage' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Another stage has this name.');
    expect(rows()).toHaveLength(8);

    await user.clear(addName);
    await user.type(addName, 'Proposal sent');
    await user.click(screen.getByRole('button', { name: 'Add stage' }));
    expect(stageNames()).toEqual(['New', 'Discovery call', 'Qualified', 'Product demo', 'Product trial', 'Final negotiation', 'Proposal sent', 'Won', 'Lost']);
    expect(within(row('Proposal sent')).getByLabelText('Stage name')).toHaveFocus();
    expect(within(row('Proposal sent')).getByLabelText('Probability (%)')).toHaveValue('70');
    expect(row('Proposal sent')).toHaveTextContent('No leads');
    expect(addName).toHaveValue('');

    await user.click(saveButton());
    const [next] = saved(onSave);
    expect(next.stages).toHaveLength(9);
    expect(next.stages[6]).toMatchObject({ name: 'Proposal sent', probability: 70, kind: 'open' });
    expect(next.stages[6]!.id).toMatch(/^proposal-sent-[a-z0-9]{6}$/);
  });

  it('shows a message at a probability outside 0–100 and disables Save until it is fixed', async () => {
    const user = userEvent.setup();
    const { onSave } = renderEditor();
    const probability = within(row('Product trial')).getByLabelText('Probability (%)');
    await user.clear(probability);
    await user.type(probability, '150');
    expect(probability).toHaveAttribute('aria-invalid', 'true');
    expect(within(row('Product trial')).getByRole('alert')).toHaveTextContent('Enter a whole number from 0 to 100.');
    expect(probability).toHaveAccessibleDescription('Enter a whole number from 0 to 100.');
    expect(saveButton()).toBeDisabled();
    for (const bad of ['-5', '12.5', 'abc', '']) {
      await user.clear(probability);
      if (bad) await user.type(probability, bad);
      expect(saveButton()).toBeDisabled();
      expect(probability).toHaveAttribute('aria-invalid', 'true');
    }
    await user.clear(probability);
    await user.type(probability, '65');
    expect(probability).not.toHaveAttribute('aria-invalid');
    await user.click(saveButton());
    expect(saved(onSave)[0].stages.find((s) => s.id === 'trial')?.probability).toBe(65);
  });

  it('asks where the leads of a removed stage go, and saves the move with the stage list', async () => {
    const user = userEvent.setup();
    const { onSave } = renderEditor();
    await user.click(screen.getByRole('button', { name: 'Remove Product demo' }));
    const prompt = screen.getByRole('group', { name: 'Remove Product demo' });
    expect(prompt).toHaveTextContent('4 leads are in Product demo. Where should they go?');
    const target = within(prompt).getByLabelText('Move its leads to');
    expect(target).toHaveFocus();
    // The stage above is the default; closed stages and the removed one are not offered.
    expect(target).toHaveValue('qualified');
    expect(within(target).getAllByRole('option').map((o) => o.textContent)).toEqual(['New', 'Discovery call', 'Qualified', 'Product trial', 'Final negotiation']);
    // Nothing changed yet.
    expect(saveButton()).toBeDisabled();

    await user.selectOptions(target, 'Product trial');
    await user.click(within(prompt).getByRole('button', { name: 'Remove and move leads' }));
    expect(stageNames()).toEqual(['New', 'Discovery call', 'Qualified', 'Product trial', 'Final negotiation', 'Won', 'Lost']);
    expect(row('Product trial')).toHaveTextContent('5 leads');
    expect(screen.getByText('Leads in Product demo move to Product trial. Their history keeps the old stage.')).toBeInTheDocument();

    await user.click(saveButton());
    const [next, moves] = saved(onSave);
    expect(next.stages.map((s) => s.id)).toEqual(['new', 'discovery', 'qualified', 'trial', 'negotiation', 'won', 'lost']);
    expect(moves).toEqual([{ from: 'demo', to: 'trial' }]);
  });

  it('keeps the stage when the removal is cancelled', async () => {
    const user = userEvent.setup();
    renderEditor();
    await user.click(screen.getByRole('button', { name: 'Remove Qualified' }));
    const prompt = screen.getByRole('group', { name: 'Remove Qualified' });
    expect(prompt).toHaveTextContent('2 leads are in Qualified.');
    await user.click(within(prompt).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('group', { name: 'Remove Qualified' })).toBeNull();
    expect(stageNames()).toContain('Qualified');
    expect(screen.getByRole('button', { name: 'Remove Qualified' })).toHaveFocus();
    expect(saveButton()).toBeDisabled();
  });

  it('removes an empty stage at once, and chains moves of stages removed one after another', async () => {
    const user = userEvent.setup();
    const { onSave } = renderEditor();
    await user.click(screen.getByRole('button', { name: 'Remove Final negotiation' }));
    expect(screen.queryByRole('group')).toBeNull();
    expect(stageNames()).not.toContain('Final negotiation');

    await user.click(screen.getByRole('button', { name: 'Remove Product demo' }));
    await user.click(screen.getByRole('button', { name: 'Remove and move leads' })); // to Qualified
    await user.click(screen.getByRole('button', { name: 'Remove Qualified' }));
    const prompt = screen.getByRole('group', { name: 'Remove Qualified' });
    expect(prompt).toHaveTextContent('6 leads are in Qualified.');
    await user.selectOptions(within(prompt).getByLabelText('Move its leads to'), 'Product trial');
    await user.click(within(prompt).getByRole('button', { name: 'Remove and move leads' }));
    expect(row('Product trial')).toHaveTextContent('7 leads');
    expect(stageNames()).toEqual(['New', 'Discovery call', 'Product trial', 'Won', 'Lost']);

    await user.click(saveButton());
    const [next, moves] = saved(onSave);
    expect(next.stages.map((s) => s.id)).toEqual(['new', 'discovery', 'trial', 'won', 'lost']);
    expect(moves).toEqual([
      { from: 'negotiation', to: 'trial' },
      { from: 'demo', to: 'trial' },
      { from: 'qualified', to: 'trial' },
    ]);
  });

  it('says which sequences start at a removed stage and that they move with its leads, even when it holds no lead', async () => {
    const user = userEvent.setup();
    const sequence = (id: string, name: string, stageId: string): Sequence => ({
      id,
      name,
      createdAt: 1,
      updatedAt: 1,
      triggers: [{ kind: 'stage-entered', stageId }],
      steps: [{ id: 'invite', channel: 'linkedin-invite', delayDays: 0, businessDays: false, title: 'Invite', template: '' }],
    });
    const sequences = [sequence('sequence-1', 'Closing push', 'negotiation'), sequence('sequence-2', 'Demo follow-up', 'demo'), sequence('sequence-3', 'Qualify', 'qualified'), { ...sequence('sequence-4', 'Old one', 'qualified'), deletedAt: 2 }];
    const { onSave } = renderEditor({ sequences });
    // No lead in it, but a sequence starts there: the rep is asked where it goes.
    await user.click(screen.getByRole('button', { name: 'Remove Final negotiation' }));
    const empty = screen.getByRole('group', { name: 'Remove Final negotiation' });
    expect(empty).not.toHaveTextContent('leads are in');
    expect(empty).toHaveTextContent('The sequence Closing push starts when a lead enters Final negotiation: it will start when a lead enters the stage chosen below.');
    await user.click(within(empty).getByRole('button', { name: 'Remove and move leads' }));

    await user.click(screen.getByRole('button', { name: 'Remove Product demo' }));
    await user.click(screen.getByRole('button', { name: 'Remove and move leads' })); // to Qualified
    await user.click(screen.getByRole('button', { name: 'Remove Qualified' }));
    // The demo sequence now starts at Qualified (the pending move); a deleted sequence is not named.
    expect(screen.getByRole('group', { name: 'Remove Qualified' })).toHaveTextContent('2 sequences start when a lead enters Qualified (Demo follow-up and Qualify)');
    await user.click(screen.getByRole('button', { name: 'Remove and move leads' }));
    await user.click(saveButton());
    expect(saved(onSave)[1]).toEqual([
      { from: 'negotiation', to: 'trial' },
      { from: 'demo', to: 'discovery' },
      { from: 'qualified', to: 'discovery' },
    ]);
  });

  it('says a sequence no longer starts by stage when its stage’s leads go to the first stage (every new lead enters it)', async () => {
    const user = userEvent.setup();
    const sequences: Sequence[] = [
      { id: 'sequence-1', name: 'After the call', createdAt: 1, updatedAt: 1, triggers: [{ kind: 'stage-entered', stageId: 'discovery' }], steps: [{ id: 'recap', channel: 'email', delayDays: 0, businessDays: false, title: 'Recap', template: '' }] },
    ];
    renderEditor({ sequences });
    await user.click(screen.getByRole('button', { name: 'Remove Discovery call' }));
    const prompt = screen.getByRole('group', { name: 'Remove Discovery call' });
    await user.selectOptions(within(prompt).getByLabelText('Move its leads to'), 'new');
    expect(prompt).toHaveTextContent('every new lead enters the first stage, so it will no longer start on entering a stage');
    await user.selectOptions(within(prompt).getByLabelText('Move its leads to'), 'qualified');
    expect(prompt).toHaveTextContent('it will start when a lead enters the stage chosen below');
  });

  it('does not remove the last open stage', async () => {
    const pipeline: PipelineSettings = { ...DEFAULT_PIPELINE, stages: DEFAULT_PIPELINE.stages.filter((s) => s.kind !== 'open' || s.id === 'demo') };
    renderEditor({ pipeline });
    expect(screen.getByRole('button', { name: 'Remove Product demo' })).toBeDisabled();
  });

  it('changes the currency, and discards all changes', async () => {
    const user = userEvent.setup();
    const { onSave } = renderEditor();
    await user.selectOptions(screen.getByLabelText('Currency'), 'PLN');
    await user.click(screen.getByRole('button', { name: 'Move Qualified down' }));
    expect(screen.getByText('Unsaved changes.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Discard changes' }));
    expect(screen.getByLabelText('Currency')).toHaveValue('USD');
    expect(stageNames()[2]).toBe('Qualified');
    expect(saveButton()).toBeDisabled();

    await user.selectOptions(screen.getByLabelText('Currency'), 'EUR');
    await user.click(saveButton());
    const [next, moves] = saved(onSave);
    expect(next).toEqual({ ...DEFAULT_PIPELINE, currency: 'EUR' });
    expect(moves).toEqual([]);
  });

  it('keeps a currency that is not in the common list', () => {
    renderEditor({ pipeline: { ...DEFAULT_PIPELINE, currency: 'BRL' } });
    expect(screen.getByLabelText('Currency')).toHaveValue('BRL');
  });

  it('says so when saving fails, and keeps the draft', async () => {
    const user = userEvent.setup();
    renderEditor({ onSave: vi.fn<StagesEditorProps['onSave']>().mockRejectedValue(new Error('quota')) });
    const name = within(row('Won')).getByLabelText('Stage name');
    await user.clear(name);
    await user.type(name, 'Closed won');
    await user.click(saveButton());
    expect(await screen.findByText('The stages could not be saved. Try again.')).toBeInTheDocument();
    expect(name).toHaveValue('Closed won');
    expect(saveButton()).toBeEnabled();
  });

  it('follows a pipeline saved elsewhere when there are no unsaved edits', () => {
    const { rerender, onSave, leadCounts } = renderEditor();
    const renamed: PipelineSettings = { ...DEFAULT_PIPELINE, stages: DEFAULT_PIPELINE.stages.map((s) => (s.id === 'demo' ? { ...s, name: 'Demo' } : s)) };
    rerender(<StagesEditor pipeline={renamed} leadCounts={leadCounts} onSave={onSave} />);
    expect(stageNames()[3]).toBe('Demo');
    expect(saveButton()).toBeDisabled();
  });

  it('shows hostile stage names as text', async () => {
    const user = userEvent.setup();
    renderEditor();
    const name = within(row('Qualified')).getByLabelText('Stage name');
    await user.clear(name);
    await user.type(name, '<img src=x onerror=alert(1)>');
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByRole('button', { name: 'Remove <img src=x onerror=alert(1)>' })).toBeInTheDocument();
  });
});
