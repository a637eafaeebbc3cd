import type { Transaction } from 'dexie';

/**
 * A schema version: its stores (Dexie's syntax; only what changed from the
 * version before) and the upgrade that brings records written by the version
 * before up to it. Each vNNN file is a frozen snapshot: it imports nothing from
 * the live app (no engine, no defaults, no schemas), so changing the app can
 * never change what an old upgrade does.
 */
export type SchemaVersion = {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
};

/** A stored record as an upgrade sees it: plain data. */
export type Row = Record<string, unknown>;
