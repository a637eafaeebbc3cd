import type { Bant, PipelineSettings } from './schema';

/** The seed's B2B stages (discovery 10 %, qualified 20 %, demo 40 %, trial 60 %, negotiation 80 %, won 100 %), plus new and lost. */
export const DEFAULT_PIPELINE: PipelineSettings = {
  currency: 'USD',
  stages: [
    { id: 'new', name: 'New', probability: 0, kind: 'new' },
    { id: 'discovery', name: 'Discovery call', probability: 10, kind: 'open' },
    { id: 'qualified', name: 'Qualified', probability: 20, kind: 'open' },
    { id: 'demo', name: 'Product demo', probability: 40, kind: 'open' },
    { id: 'trial', name: 'Product trial', probability: 60, kind: 'open' },
    { id: 'negotiation', name: 'Final negotiation', probability: 80, kind: 'open' },
    { id: 'won', name: 'Won', probability: 100, kind: 'won' },
    { id: 'lost', name: 'Lost', probability: 0, kind: 'lost' },
  ],
};

export const EMPTY_BANT: Bant = {
  budget: { checked: false },
  authority: { checked: false },
  need: { checked: false },
  timeline: { checked: false },
};

/** Pipeline fields of a lead that was just created. */
export function newLeadPipeline(now: number) {
  return { stageId: 'new', stageChangedAt: now, bant: EMPTY_BANT, reactivations: 0 } as const;
}
