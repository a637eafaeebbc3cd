import { describe, expect, it } from 'vitest';
import { DEFAULT_PIPELINE } from '../../lib/pipeline/defaults';
import { PipelineSettingsSchema, StageChangeSchema, type PipelineSettings, type StageChange } from '../../lib/pipeline/schema';
import { timeInStage } from '../../lib/pipeline/stage-change';
import {
  addStage,
  canMoveStage,
  checkStageName,
  composeMoves,
  leadsToMove,
  missingStageMoves,
  moveStage,
  moveTargets,
  newStageId,
  parseProbability,
  removeStage,
  removedStageNames,
  renameStage,
  replacementStage,
  setProbability,
  stageName,
} from '../../lib/pipeline/stages-edit';

const T0 = Date.UTC(2025, 2, 3, 9, 0, 0);
const ids = (p: PipelineSettings) => p.stages.map((s) => s.id);

function ok<R extends { ok: true } | { ok: false; error: string }>(result: R): Extract<R, { ok: true }> {
  if (!result.ok) throw new Error(`expected ok, got ${(result as { error: string }).error}`);
  const pipeline = (result as unknown as { pipeline: PipelineSettings }).pipeline;
  expect(PipelineSettingsSchema.parse(pipeline)).toEqual(pipeline);
  return result as Extract<R, { ok: true }>;
}

describe('renameStage', () => {
  it('renames any stage, cleaning the name', () => {
    const result = ok(renameStage(DEFAULT_PIPELINE, 'demo', '  Live   demo\u200b '));
    expect(result.pipeline.stages.find((s) => s.id === 'demo')?.name).toBe('Live demo');
    expect(ok(renameStage(DEFAULT_PIPELINE, 'won', 'Closed won')).pipeline.stages.at(-2)?.name).toBe('Closed won');
    // The input is untouched.
    expect(DEFAULT_PIPELINE.stages.find((s) => s.id === 'demo')?.name).toBe('Product demo');
  });

  it('refuses an empty or too long name and an unknown stage', () => {
    expect(renameStage(DEFAULT_PIPELINE, 'demo', '   ')).toEqual({ ok: false, error: 'empty-name' });
    expect(renameStage(DEFAULT_PIPELINE, 'demo', 'x'.repeat(61))).toEqual({ ok: false, error: 'name-too-long' });
    expect(ok(renameStage(DEFAULT_PIPELINE, 'demo', 'x'.repeat(60))).pipeline.stages[3]?.name).toHaveLength(60);
    expect(renameStage(DEFAULT_PIPELINE, 'gone', 'Name')).toEqual({ ok: false, error: 'unknown-stage' });
    expect(checkStageName('\u0000')).toEqual({ ok: false, error: 'empty-name' });
  });
});

describe('setProbability and parseProbability', () => {
  it('sets an open stage probability from a number or text', () => {
    expect(ok(setProbability(DEFAULT_PIPELINE, 'trial', 65)).pipeline.stages[4]?.probability).toBe(65);
    expect(ok(setProbability(DEFAULT_PIPELINE, 'trial', ' 70 % ')).pipeline.stages[4]?.probability).toBe(70);
    expect(ok(setProbability(DEFAULT_PIPELINE, 'new', '5')).pipeline.stages[0]?.probability).toBe(5);
  });

  it('refuses values outside 0–100, fractions, non-numbers, and changing won or lost', () => {
    expect(setProbability(DEFAULT_PIPELINE, 'trial', 101)).toEqual({ ok: false, error: 'out-of-range' });
    expect(setProbability(DEFAULT_PIPELINE, 'trial', '-1')).toEqual({ ok: false, error: 'out-of-range' });
    expect(setProbability(DEFAULT_PIPELINE, 'trial', '12.5')).toEqual({ ok: false, error: 'not-whole' });
    expect(setProbability(DEFAULT_PIPELINE, 'trial', 'sixty')).toEqual({ ok: false, error: 'not-a-number' });
    expect(setProbability(DEFAULT_PIPELINE, 'trial', '')).toEqual({ ok: false, error: 'not-a-number' });
    expect(setProbability(DEFAULT_PIPELINE, 'trial', Number.NaN)).toEqual({ ok: false, error: 'not-a-number' });
    expect(setProbability(DEFAULT_PIPELINE, 'trial', '1e2')).toEqual({ ok: false, error: 'not-a-number' });
    expect(setProbability(DEFAULT_PIPELINE, 'won', 90)).toEqual({ ok: false, error: 'fixed-probability' });
    expect(setProbability(DEFAULT_PIPELINE, 'lost', 10)).toEqual({ ok: false, error: 'fixed-probability' });
    expect(setProbability(DEFAULT_PIPELINE, 'gone', 10)).toEqual({ ok: false, error: 'unknown-stage' });
    expect(parseProbability('0')).toEqual({ ok: true, value: 0 });
    expect(parseProbability('100')).toEqual({ ok: true, value: 100 });
  });
});

describe('moveStage', () => {
  it('reorders open stages among themselves', () => {
    const up = ok(moveStage(DEFAULT_PIPELINE, 'demo', 'up'));
    expect(ids(up.pipeline)).toEqual(['new', 'discovery', 'demo', 'qualified', 'trial', 'negotiation', 'won', 'lost']);
    const down = ok(moveStage(up.pipeline, 'demo', 'down'));
    expect(ids(down.pipeline)).toEqual(ids(DEFAULT_PIPELINE));
  });

  it('keeps "new" first and won and lost last', () => {
    expect(moveStage(DEFAULT_PIPELINE, 'discovery', 'up')).toEqual({ ok: false, error: 'cannot-move' });
    expect(moveStage(DEFAULT_PIPELINE, 'negotiation', 'down')).toEqual({ ok: false, error: 'cannot-move' });
    expect(moveStage(DEFAULT_PIPELINE, 'new', 'down')).toEqual({ ok: false, error: 'cannot-move' });
    expect(moveStage(DEFAULT_PIPELINE, 'won', 'up')).toEqual({ ok: false, error: 'cannot-move' });
    expect(moveStage(DEFAULT_PIPELINE, 'lost', 'up')).toEqual({ ok: false, error: 'cannot-move' });
    expect(moveStage(DEFAULT_PIPELINE, 'gone', 'up')).toEqual({ ok: false, error: 'unknown-stage' });
    expect(canMoveStage(DEFAULT_PIPELINE, 'discovery', 'up')).toBe(false);
    expect(canMoveStage(DEFAULT_PIPELINE, 'discovery', 'down')).toBe(true);
    expect(canMoveStage(DEFAULT_PIPELINE, 'won', 'down')).toBe(false);
  });
});

describe('addStage', () => {
  it('adds an open stage before won with an id from the factory', () => {
    const result = ok(addStage(DEFAULT_PIPELINE, ' Proposal sent ', 70, () => 'proposal'));
    expect(result.stage).toEqual({ id: 'proposal', name: 'Proposal sent', probability: 70, kind: 'open' });
    expect(ids(result.pipeline)).toEqual(['new', 'discovery', 'qualified', 'demo', 'trial', 'negotiation', 'proposal', 'won', 'lost']);
  });

  it('makes a valid, unused id by default', () => {
    const taken = new Set(['proposal-sent-000000']);
    const id = newStageId('Proposal sent!', taken, () => 0);
    expect(id).toMatch(/^[a-z0-9-]{1,40}$/);
    expect(taken.has(id)).toBe(false);
    expect(newStageId('Propuesta económica', [], () => 0.5)).toMatch(/^propuesta-economica-[a-z0-9]{6}$/);
    expect(newStageId('Этап', [], () => 0.5)).toMatch(/^stage-[a-z0-9]{6}$/);
    expect(newStageId('x'.repeat(80))).toMatch(/^[a-z0-9-]{1,40}$/);
    const added = ok(addStage(DEFAULT_PIPELINE, 'Proposal', '55'));
    expect(added.stage.id).toMatch(/^proposal-[a-z0-9]{6}$/);
  });

  it('refuses bad names, probabilities, ids, and more than 30 stages', () => {
    expect(addStage(DEFAULT_PIPELINE, '', 10, () => 'x')).toEqual({ ok: false, error: 'empty-name' });
    expect(addStage(DEFAULT_PIPELINE, 'Proposal', 150, () => 'x')).toEqual({ ok: false, error: 'out-of-range' });
    expect(addStage(DEFAULT_PIPELINE, 'Proposal', 10, () => 'demo')).toEqual({ ok: false, error: 'bad-id' });
    expect(addStage(DEFAULT_PIPELINE, 'Proposal', 10, () => 'Bad Id')).toEqual({ ok: false, error: 'bad-id' });
    let pipeline = DEFAULT_PIPELINE;
    for (let i = 0; pipeline.stages.length < 30; i++) pipeline = ok(addStage(pipeline, `Stage ${i}`, 50, () => `s-${i}`)).pipeline;
    expect(addStage(pipeline, 'One more', 50, () => 'one-more')).toEqual({ ok: false, error: 'too-many' });
  });
});

describe('removeStage', () => {
  it('removes an open stage and says where its leads go', () => {
    const result = ok(removeStage(DEFAULT_PIPELINE, 'demo', 'qualified'));
    expect(ids(result.pipeline)).toEqual(['new', 'discovery', 'qualified', 'trial', 'negotiation', 'won', 'lost']);
    expect(result.move).toEqual({ from: 'demo', to: 'qualified' });
    expect(ok(removeStage(DEFAULT_PIPELINE, 'demo', 'new')).move.to).toBe('new');
  });

  it('cannot remove new, won or lost, nor move leads to the removed, a closed or an unknown stage', () => {
    for (const id of ['new', 'won', 'lost']) expect(removeStage(DEFAULT_PIPELINE, id, 'discovery')).toEqual({ ok: false, error: 'fixed-stage' });
    expect(removeStage(DEFAULT_PIPELINE, 'gone', 'discovery')).toEqual({ ok: false, error: 'unknown-stage' });
    expect(removeStage(DEFAULT_PIPELINE, 'demo', 'demo')).toEqual({ ok: false, error: 'bad-target' });
    expect(removeStage(DEFAULT_PIPELINE, 'demo', 'won')).toEqual({ ok: false, error: 'bad-target' });
    expect(removeStage(DEFAULT_PIPELINE, 'demo', 'lost')).toEqual({ ok: false, error: 'bad-target' });
    expect(removeStage(DEFAULT_PIPELINE, 'demo', 'nowhere')).toEqual({ ok: false, error: 'bad-target' });
    expect(moveTargets(DEFAULT_PIPELINE, 'demo').map((s) => s.id)).toEqual(['new', 'discovery', 'qualified', 'trial', 'negotiation']);
  });

  it('keeps at least one open stage', () => {
    let pipeline: PipelineSettings = DEFAULT_PIPELINE;
    for (const id of ['qualified', 'demo', 'trial', 'negotiation']) pipeline = ok(removeStage(pipeline, id, 'discovery')).pipeline;
    expect(ids(pipeline)).toEqual(['new', 'discovery', 'won', 'lost']);
    expect(removeStage(pipeline, 'discovery', 'new')).toEqual({ ok: false, error: 'last-open-stage' });
  });
});

describe('stage removal migration', () => {
  const leads = [
    { id: 'lead-0001', stageId: 'demo', fullName: 'Ann' },
    { id: 'lead-0002', stageId: 'trial', fullName: 'Bob' },
    { id: 'lead-0003', stageId: 'demo', fullName: 'Cy' },
  ];

  it("moves only the removed stage's leads, each with a 'stage-removed' entry", () => {
    const now = T0 + 86_400_000;
    const moved = leadsToMove(leads, 'demo', 'qualified', now);
    expect(moved.map((m) => m.lead)).toEqual([
      { id: 'lead-0001', stageId: 'qualified', stageChangedAt: now, fullName: 'Ann' },
      { id: 'lead-0003', stageId: 'qualified', stageChangedAt: now, fullName: 'Cy' },
    ]);
    expect(moved.map((m) => m.change)).toEqual([
      { leadId: 'lead-0001', at: now, fromStage: 'demo', toStage: 'qualified', kind: 'stage-removed' },
      { leadId: 'lead-0003', at: now, fromStage: 'demo', toStage: 'qualified', kind: 'stage-removed' },
    ]);
    for (const m of moved) expect(() => StageChangeSchema.parse({ ...m.change, id: `x-${m.lead.id}` })).not.toThrow();
    expect(leadsToMove(leads, 'negotiation', 'qualified', now)).toEqual([]);
    // The input leads are untouched.
    expect(leads[0]!.stageId).toBe('demo');
  });

  it('never drops history: old entries keep the removed stage id and its name can still be shown', () => {
    const before = DEFAULT_PIPELINE;
    const history: StageChange[] = [
      { id: 'h-000001', leadId: 'lead-0001', at: T0, fromStage: 'new', toStage: 'discovery', kind: 'change' },
      { id: 'h-000002', leadId: 'lead-0001', at: T0 + 1000, fromStage: 'discovery', toStage: 'demo', kind: 'change' },
    ];
    const removal = ok(removeStage(before, 'demo', 'discovery'));
    const moved = leadsToMove([{ id: 'lead-0001', stageId: 'demo' }], removal.move.from, removal.move.to, T0 + 5000);
    const after = [...history, ...moved.map((m, i) => ({ ...m.change, id: `h-10000${i}` }))];
    expect(after).toHaveLength(3);
    expect(after.slice(0, 2)).toEqual(history);
    expect(after[2]).toMatchObject({ fromStage: 'demo', toStage: 'discovery', kind: 'stage-removed' });
    expect(timeInStage(after, 'lead-0001', T0 + 6000)).toEqual({ discovery: 1000 + 1000, demo: 4000 });

    const removedNames = removedStageNames(before, removal.pipeline);
    expect(removedNames).toEqual({ demo: 'Product demo' });
    expect(after.map((e) => stageName(removal.pipeline, e.toStage, removedNames))).toEqual(['Discovery call', 'Product demo', 'Discovery call']);
    expect(stageName(removal.pipeline, 'demo')).toBe('demo');
    expect(stageName(removal.pipeline, 'toString', {})).toBe('toString');
    // Names known from earlier removals are kept.
    expect(removedStageNames(removal.pipeline, removal.pipeline, removedNames)).toEqual(removedNames);
  });

  it('composes chained removals into direct moves', () => {
    let moves = composeMoves([], { from: 'demo', to: 'trial' });
    moves = composeMoves(moves, { from: 'trial', to: 'negotiation' });
    expect(moves).toEqual([
      { from: 'demo', to: 'negotiation' },
      { from: 'trial', to: 'negotiation' },
    ]);
  });
});

describe('replacementStage and missingStageMoves (a restore or undo meets a stage the pipeline lacks)', () => {
  const pipeline: PipelineSettings = {
    ...DEFAULT_PIPELINE,
    stages: DEFAULT_PIPELINE.stages.map((s) => (s.id === 'won' ? { ...s, id: 'closed-won' } : s.id === 'lost' ? { ...s, id: 'closed-lost' } : s)),
  };
  it('keeps the kind of new, won and lost stages', () => {
    expect(replacementStage(pipeline, { id: 'won', name: 'Won', probability: 100, kind: 'won' }).id).toBe('closed-won');
    expect(replacementStage(pipeline, { id: 'lost', name: 'Lost', probability: 0, kind: 'lost' }).id).toBe('closed-lost');
    expect(replacementStage(pipeline, { id: 'start', name: 'Start', probability: 0, kind: 'new' }).id).toBe('new');
  });
  it('an open stage goes to the one of the same name, else the nearest probability (the earlier on a tie); an unknown one to "new"', () => {
    expect(replacementStage(pipeline, { id: 'demo-x1', name: 'product DEMO', probability: 90, kind: 'open' }).id).toBe('demo');
    expect(replacementStage(pipeline, { id: 'pilot', name: 'Pilot', probability: 65, kind: 'open' }).id).toBe('trial');
    expect(replacementStage(pipeline, { id: 'mid', name: 'Mid', probability: 30, kind: 'open' }).id).toBe('qualified');
    expect(replacementStage(pipeline, undefined).id).toBe('new');
  });
  it('moves only the stages the pipeline lacks, once each', () => {
    const known = [{ id: 'won', name: 'Won', probability: 100, kind: 'won' as const }];
    expect(missingStageMoves(pipeline, ['demo', 'won', 'won', 'gone'], known)).toEqual([
      { from: 'won', to: 'closed-won' },
      { from: 'gone', to: 'new' },
    ]);
  });
});
