import type { Transaction } from 'dexie';
import type { Row, SchemaVersion } from './types';

/** The rep's last touch as version 3 defined it: the latest activity that is not the capture itself. */
function lastTouchOf(summary: Record<string, number[] | undefined>): number | undefined {
  let last: number | undefined;
  for (const [kind, times] of Object.entries(summary)) {
    if (kind === 'captured' || !times?.length) continue;
    const latest = times[times.length - 1]!;
    if (last === undefined || latest > last) last = latest;
  }
  return last;
}

const EMPTY_BANT = { budget: { checked: false }, authority: { checked: false }, need: { checked: false }, timeline: { checked: false } };

/**
 * v2 -> v3: every lead starts in the "new" stage as of its creation, with that
 * first stage recorded in the history (cycle length counts from it), an empty
 * qualification checklist, and its last touch taken from its activities.
 */
async function upgrade(tx: Transaction): Promise<void> {
  const history: Row[] = [];
  await tx
    .table('leads')
    .toCollection()
    .modify((lead: Row) => {
      const createdAt = lead.createdAt as number;
      Object.assign(lead, {
        stageId: 'new',
        stageChangedAt: createdAt,
        bant: EMPTY_BANT,
        reactivations: 0,
        lastTouchAt: lastTouchOf((lead.activitySummary as Record<string, number[]>) ?? {}),
      });
      history.push({ id: `v3-${lead.id as string}`.slice(0, 64), leadId: lead.id, at: createdAt, toStage: 'new', kind: 'change' });
    });
  await tx.table('stageHistory').bulkAdd(history);
}

/** Version 3: the pipeline. Leads carry stage, value and qualification; every stage change is kept. */
export const v003: SchemaVersion = {
  version: 3,
  stores: {
    leads:
      'id, &linkedinUrl, salesNavUrl, email, nameKey, sourceUrl, createdAt, updatedAt, *words, *tags, score, scoreLabel, stageId, source, dealValue, lastTouchAt, nextStepDueAt',
    stageHistory: 'id, leadId, [leadId+at], at, toStage',
  },
  upgrade,
};
