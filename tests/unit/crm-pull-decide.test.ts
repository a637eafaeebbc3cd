import { describe, expect, it } from 'vitest';
import type { DealChange, PullResult, StageMapping } from '../../lib/crm/connector';
import { decidePull, type PullInput } from '../../lib/crm/sync/apply-pull';
import { CONFLICTS_KEPT, mergeConflicts, type PullConflict } from '../../lib/crm/sync/conflicts';
import type { ChangeEntry } from '../../lib/db/write/change-log';
import { DEFAULT_PIPELINE } from '../../lib/pipeline/defaults';
import type { Lead } from '../../lib/schema/records';
import { leadRecord } from './helpers/lead';
import { NOW } from './helpers/db';

/** The pull's decision: per field the newer change wins, the loser is kept as a conflict. */

const MAPPING: StageMapping = {
  pipelineId: 'default',
  stages: { new: 'appointmentscheduled', discovery: 'appointmentscheduled', qualified: 'qualifiedtobuy', demo: 'qualifiedtobuy', trial: 'contractsent', negotiation: 'contractsent', won: 'closedwon', lost: 'closedlost' },
};

const LEAD = leadRecord({ id: 'lead-1', stageId: 'qualified', stageChangedAt: NOW, dealValue: 1000, currency: 'USD' });

function deal(overrides: Partial<DealChange> = {}): DealChange {
  return { leadId: 'lead-1', crmId: '9001', pipelineId: 'default', stageHistory: [], ...overrides };
}

function edit(at: number, fields: string[], overrides: Partial<ChangeEntry> = {}): ChangeEntry {
  return { seq: at - NOW + 1, table: 'leads', key: 'lead-1', kind: 'update', at, fields, origin: 'rep', ...overrides };
}

function input(pull: Partial<PullResult>, overrides: Partial<PullInput> = {}, leads: Lead[] = [LEAD]): PullInput {
  return {
    pull: { deals: [], contacts: [], until: NOW, ...pull },
    leads: new Map(leads.map((l) => [l.id, l])),
    pending: [],
    pipeline: DEFAULT_PIPELINE,
    mapping: MAPPING,
    currency: 'EUR',
    lostReason: 'Closed lost in HubSpot',
    now: NOW + 100_000,
    ...overrides,
  };
}

describe('pull decision: stage', () => {
  it('a deal won in HubSpot after the last local edit becomes a win at HubSpot’s time, with history', () => {
    const { writes, conflicts } = decidePull(input({ deals: [deal({ stage: { value: 'closedwon', at: NOW + 20 } })] }));
    expect(conflicts).toEqual([]);
    expect(writes).toHaveLength(1);
    expect(writes[0]!.lead).toMatchObject({ stageId: 'won', stageChangedAt: NOW + 20, dealValue: 1000, currency: 'USD' });
    expect(writes[0]!.changes).toEqual([{ leadId: 'lead-1', at: NOW + 20, fromStage: 'qualified', toStage: 'won', kind: 'won', value: 1000, currency: 'USD', leadCreatedAt: LEAD.createdAt }]);
  });

  it('HubSpot newer than a local edit not yet pushed: HubSpot’s stage, the local one listed', () => {
    const { writes, conflicts } = decidePull(input({ deals: [deal({ stage: { value: 'contractsent', at: NOW + 20 } })] }, { pending: [edit(NOW + 10, ['stageId', 'stageChangedAt'])] }));
    expect(writes[0]!.lead.stageId).toBe('trial');
    expect(conflicts).toEqual([expect.objectContaining({ field: 'stage', kept: 'crm', here: 'qualified', crm: 'trial', crmAt: NOW + 20, hereAt: NOW + 10 })]);
  });

  it('a local edit newer than HubSpot’s: the lead keeps it (the push sends it), HubSpot’s listed', () => {
    const { writes, conflicts } = decidePull(input({ deals: [deal({ stage: { value: 'contractsent', at: NOW + 20 } })] }, { pending: [edit(NOW + 30, ['stageId'])] }));
    expect(writes).toEqual([]);
    expect(conflicts).toEqual([expect.objectContaining({ field: 'stage', kept: 'here', here: 'qualified', crm: 'trial', hereAt: NOW + 30 })]);
  });

  it('equal times: the local value is kept (the push makes both sides agree), and HubSpot’s listed', () => {
    const { writes, conflicts } = decidePull(input({ deals: [deal({ stage: { value: 'contractsent', at: NOW + 20 } })] }, { pending: [edit(NOW + 20, ['stageId'])] }));
    expect(writes).toEqual([]);
    expect(conflicts).toEqual([expect.objectContaining({ kept: 'here', crm: 'trial' })]);
  });

  it('only local edits count: what a pull wrote (outside) and edits of other fields or leads do not', () => {
    const pending = [edit(NOW + 30, ['stageId'], { origin: 'outside' }), edit(NOW + 30, ['notes']), edit(NOW + 30, ['stageId'], { key: 'lead-2' })];
    const { writes, conflicts } = decidePull(input({ deals: [deal({ stage: { value: 'contractsent', at: NOW + 20 } })] }, { pending }));
    expect(writes[0]!.lead.stageId).toBe('trial');
    expect(conflicts).toEqual([]);
  });

  it('a stage none of ours maps to (or another pipeline) changes nothing and is listed', () => {
    const unmapped = decidePull(input({ deals: [deal({ stage: { value: 'somewhere-else', at: NOW + 20 } })] }));
    expect(unmapped.writes).toEqual([]);
    expect(unmapped.conflicts).toEqual([expect.objectContaining({ field: 'stage', kept: 'here', crm: 'somewhere-else', unmapped: true, here: 'qualified' })]);
    const other = decidePull(input({ deals: [deal({ pipelineId: 'other', stage: { value: 'closedwon', at: NOW + 20 } })] }));
    expect(other.writes).toEqual([]);
    expect(other.conflicts).toEqual([expect.objectContaining({ unmapped: true })]);
  });

  it('our own push coming back (at or before the last sync) is passed over', () => {
    const { writes, conflicts } = decidePull(input({ deals: [deal({ stage: { value: 'contractsent', at: NOW + 20 }, amount: { value: 5, at: NOW + 20 } })] }, { lastSyncAt: NOW + 20, pending: [edit(NOW + 30, ['stageId', 'dealValue'])] }));
    expect(writes).toEqual([]);
    expect(conflicts).toEqual([]);
    // A person's edit in HubSpot is never taken for our echo, even if HubSpot's search showed it late.
    const late = decidePull(input({ deals: [deal({ stage: { value: 'contractsent', at: NOW + 20, source: 'CRM_UI' } })] }, { lastSyncAt: NOW + 20 }));
    expect(late.writes[0]!.lead.stageId).toBe('trial');
  });

  it('a HubSpot change read again by the pull\'s overlap (before its checkpoint) is no conflict the rep\'s newer edit won', () => {
    // Taken by the last pull; the rep moved on since; this pull reads it again (the search lag overlap).
    const taken = { ...LEAD, stageId: 'negotiation', stageChangedAt: NOW + 30 };
    const again = decidePull(
      input({ deals: [deal({ stage: { value: 'contractsent', at: NOW + 10, source: 'CRM_UI' }, amount: { value: 5, at: NOW + 10, source: 'CRM_UI' } })] }, { readThrough: NOW + 20, pending: [edit(NOW + 30, ['stageId', 'dealValue'])] }, [{ ...taken, stageId: 'won' }]),
    );
    expect(again.writes).toEqual([]);
    expect(again.conflicts).toEqual([]);
    // Newer than the checkpoint it is news: listed as before.
    const news = decidePull(input({ deals: [deal({ stage: { value: 'contractsent', at: NOW + 25, source: 'CRM_UI' } })] }, { readThrough: NOW + 20, pending: [edit(NOW + 30, ['stageId'])] }, [{ ...taken, stageId: 'won' }]));
    expect(news.conflicts).toEqual([expect.objectContaining({ field: 'stage', kept: 'here' })]);
  });

  it('a stage HubSpot shares between several of ours: the nearest to the lead’s, so no stage is claimed nobody moved it to', () => {
    // qualifiedtobuy is our qualified and demo: from discovery (forward) the first, from negotiation (back) the last.
    const forward = decidePull(input({ deals: [deal({ stage: { value: 'qualifiedtobuy', at: NOW + 20 } })] }, {}, [{ ...LEAD, stageId: 'discovery' }]));
    expect(forward.writes[0]!.lead.stageId).toBe('qualified');
    const back = decidePull(input({ deals: [deal({ stage: { value: 'qualifiedtobuy', at: NOW + 20 } })] }, {}, [{ ...LEAD, stageId: 'negotiation' }]));
    expect(back.writes[0]!.lead.stageId).toBe('demo');
  });

  it('lost in HubSpot records the given reason; a lost deal reopened there is reactivated, then moved', () => {
    const lost = decidePull(input({ deals: [deal({ stage: { value: 'closedlost', at: NOW + 20 } })] }));
    expect(lost.writes[0]!.lead).toMatchObject({ stageId: 'lost', lostReason: 'Closed lost in HubSpot' });
    const reopened = decidePull(input({ deals: [deal({ stage: { value: 'contractsent', at: NOW + 20 } })] }, {}, [{ ...LEAD, stageId: 'lost', lostReason: 'x' }]));
    expect(reopened.writes[0]!.lead).toMatchObject({ stageId: 'trial', reactivations: 1 });
    expect(reopened.writes[0]!.changes.map((c) => c.kind)).toEqual(['reactivated', 'change']);
  });

  it('HubSpot’s stage older than the lead’s own stage time is not taken', () => {
    const { writes, conflicts } = decidePull(input({ deals: [deal({ stage: { value: 'contractsent', at: NOW - 5 } })] }));
    expect(writes).toEqual([]);
    expect(conflicts).toEqual([expect.objectContaining({ kept: 'here', hereAt: NOW })]);
  });
});

describe('pull decision: stages passed in HubSpot', () => {
  const won = { value: 'closedwon', at: NOW + 20, source: 'CRM_UI' };
  const passed = (at: number, value = 'contractsent', source = 'CRM_UI') => ({ value, at, source });
  const moves = (changes: { fromStage?: string; toStage: string; at: number }[]) => changes.map(({ fromStage, toStage, at }) => ({ fromStage, toStage, at }));

  it('every stage the deal passed since the last sync is a stage change at HubSpot’s time, oldest first', () => {
    const history = [passed(NOW - 50, 'appointmentscheduled'), passed(NOW + 10), won];
    const { writes, conflicts } = decidePull(input({ deals: [deal({ stage: won, stageHistory: history })] }));
    expect(conflicts).toEqual([]);
    expect(writes[0]!.lead).toMatchObject({ stageId: 'won', stageChangedAt: NOW + 20 });
    // The stage older than the lead's own stage time is history already, here or in HubSpot.
    expect(moves(writes[0]!.changes)).toEqual([
      { fromStage: 'qualified', toStage: 'trial', at: NOW + 10 },
      { fromStage: 'trial', toStage: 'won', at: NOW + 20 },
    ]);
  });

  it('not what the last sync already saw, nor our own push coming back, nor a stage none of ours maps to', () => {
    const seen = decidePull(input({ deals: [deal({ stage: won, stageHistory: [passed(NOW + 10), won] })] }, { lastSyncAt: NOW + 10 }));
    expect(moves(seen.writes[0]!.changes)).toEqual([{ fromStage: 'qualified', toStage: 'won', at: NOW + 20 }]);
    const unmapped = decidePull(input({ deals: [deal({ stage: won, stageHistory: [passed(NOW + 10, 'somewhere-else'), won] })] }));
    expect(moves(unmapped.writes[0]!.changes)).toEqual([{ fromStage: 'qualified', toStage: 'won', at: NOW + 20 }]);
    expect(unmapped.conflicts).toEqual([]);
  });

  it('where the latest is not taken (a stage none of ours maps to), the passed ones are not either', () => {
    const { writes, conflicts } = decidePull(input({ deals: [deal({ stage: passed(NOW + 20, 'somewhere-else'), stageHistory: [passed(NOW + 10), passed(NOW + 20, 'somewhere-else')] })] }));
    expect(writes).toEqual([]);
    expect(conflicts).toEqual([expect.objectContaining({ field: 'stage', kept: 'here', here: 'qualified', crm: 'somewhere-else', unmapped: true })]);
  });

  it('a local stage edit not yet pushed: only the passed stages after it; the conflict names the rep’s stage', () => {
    const history = [passed(NOW + 10), passed(NOW + 15, 'appointmentscheduled'), won];
    const after = decidePull(input({ deals: [deal({ stage: won, stageHistory: history })] }, { pending: [edit(NOW + 12, ['stageId'])] }));
    expect(moves(after.writes[0]!.changes)).toEqual([
      { fromStage: 'qualified', toStage: 'discovery', at: NOW + 15 },
      { fromStage: 'discovery', toStage: 'won', at: NOW + 20 },
    ]);
    expect(after.conflicts).toEqual([expect.objectContaining({ field: 'stage', kept: 'crm', here: 'qualified', crm: 'won', hereAt: NOW + 12 })]);
    // The rep's edit newer than HubSpot's latest: nothing passed there is taken either.
    const kept = decidePull(input({ deals: [deal({ stage: won, stageHistory: history })] }, { pending: [edit(NOW + 30, ['stageId'])] }));
    expect(kept.writes).toEqual([]);
    expect(kept.conflicts).toEqual([expect.objectContaining({ kept: 'here', here: 'qualified', crm: 'won' })]);
  });
});

describe('pull decision: amount, owner, leads gone', () => {
  it('an amount changed in HubSpot becomes the deal value, in the account’s currency; a win takes it', () => {
    const { writes } = decidePull(input({ deals: [deal({ amount: { value: 2500, at: NOW + 20 }, stage: { value: 'closedwon', at: NOW + 20 } })] }));
    expect(writes[0]!.lead).toMatchObject({ dealValue: 2500, currency: 'EUR', stageId: 'won' });
    expect(writes[0]!.changes[0]).toMatchObject({ kind: 'won', value: 2500, currency: 'EUR' });
  });

  it('amount: newer wins both ways, the loser listed; a blank in HubSpot never blanks ours', () => {
    const crm = decidePull(input({ deals: [deal({ amount: { value: 2500, at: NOW + 20 } })] }, { pending: [edit(NOW + 10, ['dealValue'])] }));
    expect(crm.writes[0]!.lead.dealValue).toBe(2500);
    expect(crm.conflicts).toEqual([expect.objectContaining({ field: 'amount', kept: 'crm', here: 1000, crm: 2500 })]);
    const here = decidePull(input({ deals: [deal({ amount: { value: 2500, at: NOW + 20 } })] }, { pending: [edit(NOW + 30, ['dealValue'])] }));
    expect(here.writes).toEqual([]);
    expect(here.conflicts).toEqual([expect.objectContaining({ field: 'amount', kept: 'here', here: 1000, crm: 2500 })]);
    expect(decidePull(input({ deals: [deal({ amount: { value: undefined, at: NOW + 20 } })] })).writes).toEqual([]);
  });

  it('a lead created here after HubSpot’s change counts as a local edit of every field', () => {
    const { writes, conflicts } = decidePull(input({ deals: [deal({ amount: { value: 2500, at: NOW + 20 } })] }, { pending: [edit(NOW + 30, [], { kind: 'create', fields: undefined })] }));
    expect(writes).toEqual([]);
    expect(conflicts).toEqual([expect.objectContaining({ field: 'amount', kept: 'here' })]);
  });

  it('the contact’s owner and lifecycle stage come onto the lead as they are', () => {
    const { writes, conflicts } = decidePull(input({ contacts: [{ leadId: 'lead-1', crmId: '77', ownerId: '502', lifecycleStage: 'opportunity', modifiedAt: NOW + 20 }] }));
    expect(writes[0]!.lead).toMatchObject({ crmOwnerId: '502', crmLifecycleStage: 'opportunity', stageId: 'qualified' });
    expect(writes[0]!.changes).toEqual([]);
    expect(conflicts).toEqual([]);
    const same = decidePull(input({ contacts: [{ leadId: 'lead-1', crmId: '77', ownerId: '502', lifecycleStage: 'opportunity', modifiedAt: NOW + 20 }] }, {}, [writes[0]!.lead]));
    expect(same.writes).toEqual([]);
  });

  it('a lead deleted here, or an erased person, is never written and leaves no conflict', () => {
    const pull = { deals: [deal({ stage: { value: 'closedwon', at: NOW + 20 } })], contacts: [{ leadId: 'lead-1', crmId: '77', ownerId: '502', modifiedAt: NOW + 20 }] };
    expect(decidePull(input(pull, {}, []))).toEqual({ writes: [], conflicts: [] });
    expect(decidePull(input(pull, {}, [{ ...LEAD, erasedAt: NOW + 1 }]))).toEqual({ writes: [], conflicts: [] });
  });
});

describe('kept conflicts', () => {
  it('newest first, one per id, bounded', () => {
    const conflict = (n: number): PullConflict => ({ id: `c${n}`, leadId: 'lead-1', field: 'stage', kept: 'here', crm: 'won', crmAt: NOW + n, at: NOW + n });
    const kept = Array.from({ length: CONFLICTS_KEPT }, (_, i) => conflict(i));
    const merged = mergeConflicts(kept, [conflict(5), conflict(1000)]);
    expect(merged).toHaveLength(CONFLICTS_KEPT);
    expect(merged.slice(0, 2).map((c) => c.id)).toEqual(['c5', 'c1000']);
    expect(merged.filter((c) => c.id === 'c5')).toHaveLength(1);
    expect(merged.at(-1)!.id).toBe(`c${CONFLICTS_KEPT - 2}`);
    // One the rep dismissed, met again (the deal modified again in HubSpot), is not listed again.
    expect(mergeConflicts([], [conflict(7), conflict(8)], ['c7']).map((c) => c.id)).toEqual(['c8']);
  });
});
