import Dexie, { type EntityTable, type Table } from 'dexie';
import type { Activity, Company, Lead } from '../schema/records';
import type { StageChange } from '../pipeline/schema';
import type { SettingRow } from './settings';
import { defaultSequences } from '../sequences/defaults';
import type { Enrolment, Sequence } from '../sequences/schema';
import { SCHEMA_VERSIONS } from './migrations';
import type { DayFigures, ResponseFigures, StageFigures, TotalsFigures } from '../metrics/figures/schema';
import type { ChangeEntry } from './write/change-log';
import type { JobRow } from './jobs';
import { writeLayer } from './write/middleware';
import { emptyTotals } from './write/figures-store';
import type { DeletedLead } from './deleted-leads';
import type { CaptureDiagnostic } from '../diagnostics/schema';
import type { CrmConnection } from '../crm/connection';
import type { CrmLink, CrmLinkKind } from '../crm/sync/links';

import { DB_NAME } from './name';

export { DB_NAME };
export { SCHEMA_VERSIONS };

/** Declare versions up to `upTo` on a Dexie instance (the app uses all; migration tests use older ones). */
export function declareVersions(db: Dexie, upTo = Infinity): void {
  for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
    if (version > upTo) break;
    const declared = db.version(version).stores(stores);
    if (upgrade) declared.upgrade(upgrade);
  }
}

/** An SQL crossing recorded by the write layer, until the background has notified it. */
export type Crossing = { seq?: number; leadId: string; at: number; origin: ChangeEntry['origin'] };

export class LeadsDatabase extends Dexie {
  leads!: EntityTable<Lead, 'id'>;
  companies!: EntityTable<Company, 'id'>;
  activities!: EntityTable<Activity, 'id'>;
  settings!: EntityTable<SettingRow, 'key'>;
  stageHistory!: EntityTable<StageChange, 'id'>;
  sequences!: EntityTable<Sequence, 'id'>;
  enrolments!: EntityTable<Enrolment, 'id'>;
  // ---- the write layer's tables (v6) ----
  changes!: EntityTable<ChangeEntry, 'seq'>;
  crossings!: EntityTable<Crossing, 'seq'>;
  jobs!: Table<JobRow, string>;
  figures!: EntityTable<TotalsFigures, 'key'>;
  stageFigures!: EntityTable<StageFigures, 'stageId'>;
  dailyFigures!: EntityTable<DayFigures, 'day'>;
  responseFigures!: EntityTable<ResponseFigures, 'day'>;
  pendingFigures!: EntityTable<{ id?: number; delta: unknown; at: number }, 'id'>;
  // ---- what the last bulk delete removed, for its undo (v8) ----
  deletedLeads!: EntityTable<DeletedLead, 'id'>;
  // ---- how LinkedIn pages were read, for bug reports (v10) ----
  captureDiagnostics!: EntityTable<CaptureDiagnostic, 'id'>;
  // ---- the connected CRM and its token (v11): never in backups, exports or the rescue file ----
  crmConnections!: EntityTable<CrmConnection, 'crm'>;
  // ---- our records -> their CRM ids (v12), by [kind+localId] ----
  crmLinks!: Table<CrmLink, [CrmLinkKind, string]>;

  constructor(name = DB_NAME) {
    super(name);
    declareVersions(this);
    // Every write of the tracked tables goes through the write layer (lib/db/write).
    this.use(writeLayer());
    // A new database starts with the shipped sequences, and with its figures built (nothing yet),
    // so no page ever has to count an empty store.
    this.on('populate', (tx) => {
      const now = Date.now();
      void tx.table('sequences').bulkAdd(defaultSequences(now));
      void tx.table('figures').put(emptyTotals(now));
    });
  }
}

let instance: LeadsDatabase | undefined;

/** The one database of the extension origin. Content scripts must never call this. */
export function getDb(): LeadsDatabase {
  instance ??= new LeadsDatabase();
  return instance;
}
