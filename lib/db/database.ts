import Dexie, { type EntityTable } from 'dexie';
import type { Activity, Company, Lead } from '../schema/records';
import type { StageChange } from '../pipeline/schema';
import type { SettingRow } from './settings';
import { upgradeToV2, upgradeToV3, upgradeToV4, upgradeToV5 } from './upgrades';
import { defaultSequences } from '../sequences/defaults';
import type { Enrolment, Sequence } from '../sequences/schema';

export const DB_NAME = 'prospecting-assistant';

/**
 * Every schema version stays declared here, oldest first, so Dexie can upgrade
 * a database from any earlier version. Each upgrade gets a test in
 * tests/unit/db-migrations.test.ts that seeds the previous version.
 */
export const SCHEMA_V1 = {
  // &linkedinUrl: one person is one lead, even when two tabs save at the same moment.
  leads: 'id, &linkedinUrl, salesNavUrl, email, nameKey, sourceUrl, createdAt, updatedAt, *words, *tags',
  companies: 'id, &linkedinUrl, nameKey, website, updatedAt',
  activities: 'id, leadId, [leadId+at], at, kind',
} as const;

/** Version 2: scoring. Leads carry their score and label; settings hold the rules. */
export const SCHEMA_V2 = {
  leads: 'id, &linkedinUrl, salesNavUrl, email, nameKey, sourceUrl, createdAt, updatedAt, *words, *tags, score, scoreLabel',
  settings: 'key',
} as const;

/** Version 3: the pipeline. Leads carry stage, value and qualification; every stage change is kept. */
export const SCHEMA_V3 = {
  leads:
    'id, &linkedinUrl, salesNavUrl, email, nameKey, sourceUrl, createdAt, updatedAt, *words, *tags, score, scoreLabel, stageId, source, dealValue, lastTouchAt, nextStepDueAt',
  stageHistory: 'id, leadId, [leadId+at], at, toStage',
} as const;

/** Version 4: follow-up sequences and each lead's enrolments (dueAt is set only while a step waits: the reminders index). */
export const SCHEMA_V4 = {
  sequences: 'id',
  enrolments: 'id, leadId, sequenceId, [leadId+sequenceId], status, dueAt',
} as const;

/** Version 5: closed deals by outcome and time, for velocity windows (won and lost entries carry the lead's creation time). */
export const SCHEMA_V5 = {
  stageHistory: 'id, leadId, [leadId+at], at, toStage, [kind+at]',
} as const;

type Upgrade = Parameters<ReturnType<Dexie['version']>['upgrade']>[0];

/** All versions, oldest first. A new version appends here; none is ever removed. */
export const SCHEMA_VERSIONS: { version: number; stores: Record<string, string | null>; upgrade?: Upgrade }[] = [
  { version: 1, stores: SCHEMA_V1 },
  { version: 2, stores: SCHEMA_V2, upgrade: upgradeToV2 },
  { version: 3, stores: SCHEMA_V3, upgrade: upgradeToV3 },
  { version: 4, stores: SCHEMA_V4, upgrade: upgradeToV4 },
  { version: 5, stores: SCHEMA_V5, upgrade: upgradeToV5 },
];

/** Declare versions up to `upTo` on a Dexie instance (the app uses all; migration tests use older ones). */
export function declareVersions(db: Dexie, upTo = Infinity): void {
  for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
    if (version > upTo) break;
    const declared = db.version(version).stores(stores);
    if (upgrade) declared.upgrade(upgrade);
  }
}

export class LeadsDatabase extends Dexie {
  leads!: EntityTable<Lead, 'id'>;
  companies!: EntityTable<Company, 'id'>;
  activities!: EntityTable<Activity, 'id'>;
  settings!: EntityTable<SettingRow, 'key'>;
  stageHistory!: EntityTable<StageChange, 'id'>;
  sequences!: EntityTable<Sequence, 'id'>;
  enrolments!: EntityTable<Enrolment, 'id'>;

  constructor(name = DB_NAME) {
    super(name);
    declareVersions(this);
    // A new database starts with the shipped sequences (an upgraded one gets them in upgradeToV4).
    // It also starts with its kept totals (nothing yet), so the popup never has to count an empty store.
    this.on('populate', (tx) => {
      const now = Date.now();
      void tx.table('sequences').bulkAdd(defaultSequences(now));
      void tx.table('settings').bulkPut(emptyKeptTotals(now));
    });
  }
}

function emptyKeptTotals(now: number): SettingRow[] {
  return [
    { key: 'leadCount', count: 0, updatedAt: now },
    { key: 'pipelineStats', byStage: {}, updatedAt: now },
    { key: 'dailyTotals', days: {}, updatedAt: now },
  ];
}

let instance: LeadsDatabase | undefined;

/** The one database of the extension origin. Content scripts must never call this. */
export function getDb(): LeadsDatabase {
  instance ??= new LeadsDatabase();
  return instance;
}
