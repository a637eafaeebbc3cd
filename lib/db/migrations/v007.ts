import type { SchemaVersion } from './types';

/**
 * Version 7: enrolments indexed by sequence and status, so "how many leads are active
 * in each sequence" (the options page, live) is an index count per sequence instead of
 * a walk over every active enrolment after each write of one.
 */
export const v007: SchemaVersion = {
  version: 7,
  stores: {
    enrolments: 'id, leadId, sequenceId, [leadId+sequenceId], status, dueAt, [sequenceId+status]',
  },
};
