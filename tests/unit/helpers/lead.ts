import { EMPTY_BANT } from '../../../lib/pipeline/defaults';
import type { Lead } from '../../../lib/schema/records';
import { NOW } from './db';

/** A stored-shape lead built by hand (not cleaned by the schema), for code that only reads leads. */
export function leadRecord(overrides: Partial<Lead> = {}): Lead {
  return {
    id: 'lead-1',
    words: [],
    tags: [],
    editedFields: [],
    source: 'linkedin',
    createdAt: NOW,
    updatedAt: NOW,
    score: 0,
    scoreLabel: 'cold',
    labelByHand: false,
    scoreHistory: [],
    activitySummary: {},
    stageId: 'new',
    stageChangedAt: NOW,
    bant: EMPTY_BANT,
    reactivations: 0,
    ...overrides,
  };
}
