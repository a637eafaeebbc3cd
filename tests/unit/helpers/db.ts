import { LeadsDatabase } from '../../../lib/db/database';

let counter = 0;

/** A fresh fake-indexeddb database per test. */
export function freshDb(): LeadsDatabase {
  counter += 1;
  return new LeadsDatabase(`test-${counter}-${Math.random().toString(36).slice(2)}`);
}

/** Deterministic ids for assertions. */
export function sequentialIds(prefix = 'id') {
  let n = 0;
  return () => `${prefix}-${String(++n).padStart(6, '0')}`;
}

export const NOW = Date.UTC(2026, 10, 23, 9, 0, 0);
