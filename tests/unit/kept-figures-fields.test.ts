import { describe, expect, it } from 'vitest';
import { addLead, FIGURE_LEAD_FIELDS } from '../../lib/metrics/figures/contributions';
import { emptyDelta, isEmptyDelta } from '../../lib/metrics/figures/delta';
import { leadsDelta } from '../../lib/db/write/figures';
import type { TxCore } from '../../lib/db/write/core';
import type { Lead } from '../../lib/schema/records';
import { NOW } from './helpers/db';
import { leadRecord } from './helpers/lead';

/**
 * The write layer skips the figures of a lead whose figure fields did not change (a
 * rescore chunk moves only scores). That holds only while the list says everything the
 * figures read of a lead.
 */

const full = (): Lead =>
  leadRecord({
    email: 'a@b.c',
    title: 'Head of Sales',
    companyName: 'Acme',
    dealValue: 1_500,
    currency: 'EUR',
    nextStep: { text: 'Call' } as Lead['nextStep'],
    referredBy: 'lead-2' as Lead['referredBy'],
    reactivations: 1,
    activitySummary: { 'linkedin-message': [NOW - 1_000] },
    stageId: 'demo',
    stageChangedAt: NOW + 86_400_000,
    reached: ['new', 'demo'],
  } as Partial<Lead>);

// Never read: a pair whose createdAt is the same needs no touches.
const noCore = undefined as unknown as TxCore;

describe('what the kept figures read of a lead', () => {
  it('addLead reads no field outside FIGURE_LEAD_FIELDS', () => {
    const read = new Set<string>();
    const watched = new Proxy(full(), {
      get(target, key, receiver) {
        if (typeof key === 'string') read.add(key);
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    addLead(emptyDelta(), watched, 1);
    expect([...read].filter((key) => !(FIGURE_LEAD_FIELDS as readonly string[]).includes(key))).toEqual([]);
  });

  it('a lead rescored (score, label, SQL time, history) moves no figure; a change of any figure field does', async () => {
    const before = full();
    const rescored: Lead = { ...before, score: 40, scoreLabel: 'sql', sqlAt: NOW, scoreHistory: [{ at: NOW, score: 40, label: 'sql' }] };
    expect(isEmptyDelta(await leadsDelta(noCore, [{ before, after: rescored }]))).toBe(true);
    const moved: Lead[] = [
      { ...rescored, stageId: 'won' },
      { ...rescored, dealValue: 2_000 },
      { ...rescored, email: undefined },
      { ...rescored, stageChangedAt: NOW + 3 * 86_400_000 },
      { ...rescored, activitySummary: { 'linkedin-message': [NOW - 1_000, NOW] } },
      { ...rescored, reached: ['new', 'demo', 'trial'] } as Lead,
    ];
    for (const after of moved) expect(isEmptyDelta(await leadsDelta(noCore, [{ before, after }]))).toBe(false);
  });
});
