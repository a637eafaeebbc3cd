import { LeadSchema, type Lead } from '../../../lib/schema/records';
import { leadRecord } from './lead';

const DAY = 86_400_000;

/**
 * A pipeline with hand-computed figures, relative to `now`, in PLN:
 * - now (last 90 days): 50 open opportunities in "demo" (1,000 each), 1 won of 25 closed
 *   (25,000, created 28 days before it was won), so 50 × 25,000 × 4 % / 28 = 1,785.71 per day;
 * - the 90 days before: 1 won of 50 closed (20,000, also 28 days), 50 open then:
 *   50 × 20,000 × 2 % / 28 = 714.29 per day. Velocity rose 2.5×: deal size ×1.25 and
 *   win rate ×2, so the win rate moved it most.
 * Pipeline value: 50,000 raw; demo is 40 %, so 20,000 weighted.
 */
export function knownPipelineLeads(now: number): Lead[] {
  const leads: Lead[] = [];
  const add = (stageId: string, createdDaysAgo: number, stageDaysAgo: number, extra: Partial<Lead> = {}) => {
    const i = leads.length;
    const createdAt = now - createdDaysAgo * DAY;
    leads.push(
      LeadSchema.parse(
        leadRecord({
          id: `known-${String(i).padStart(4, '0')}`,
          fullName: `Known ${i}`,
          source: 'manual',
          words: ['known', String(i)],
          createdAt,
          updatedAt: now - stageDaysAgo * DAY,
          stageId,
          stageChangedAt: now - stageDaysAgo * DAY,
          ...extra,
        }),
      ),
    );
  };
  for (let i = 0; i < 50; i++) add('demo', 200, 150, { dealValue: 1_000, currency: 'PLN' });
  add('won', 38, 10, { dealValue: 25_000, currency: 'PLN' });
  for (let i = 0; i < 24; i++) add('lost', 40, 5 + i, { lostReason: 'Timing' });
  add('won', 128, 100, { dealValue: 20_000, currency: 'PLN' });
  for (let i = 0; i < 49; i++) add('lost', 130, 95 + i, { lostReason: 'Budget' });
  return leads;
}
