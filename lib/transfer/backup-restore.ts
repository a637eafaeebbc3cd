import type { LeadsDatabase } from '../db/database';
import { toStorageError } from '../db/errors';
import { getPipeline, getRescoreJob, getWriteRules, newRescoreJob, PipelineSetting, ScoringSetting, type SettingRow } from '../db/settings';
import type { RescoreJob } from '../db/jobs';
import { randomId, type NewId } from '../db/save-capture';
import { settleActiveEnrolments } from '../db/sequences';
import { moveMissingStageTriggers, moveOutOfMissingStages } from '../db/stage';
import { missingStageMoves, withRemovedStages } from '../pipeline/stages-edit';
import { commit, type Writer } from '../db/write/commit';
import { eraseLeads } from '../db/erase';
import { forgottenIds } from '../db/forgotten';
import { sameValue } from '../db/write/change-log';
import type { RestoreCounts } from '../messaging/protocol';
import { CompanySchema, LeadSchema, type Activity, type Company, type Lead } from '../schema/records';
import { COMPANY_FIELDS, LEAD_FIELDS, scrubRecord, theirValues } from '../privacy/personal-data';
import { applyScore, withActivity } from '../scoring/apply';
import type { PipelineSettings, Stage, StageChange } from '../pipeline/schema';
import { DEFAULT_RULESET } from '../scoring/defaults';
import type { RuleSet } from '../scoring/schema';
import { foldDuplicates, withFoldedFields } from './backup-merge';
import { withCurrentKeys } from './backup-keys';
import { dropDuplicateHistory, withNewestStage } from './backup-stage';
import { parseBackup } from './backup-parse';
import { isDerivedSetting, type Backup, type BackupError } from './backup-schema';
import type { RestoreMode } from './backup-codes';
import { transferTables } from './tables';

export type { RestoreCounts, RestoreMode };

type Rules = { ruleSet: RuleSet; revision: number };
const sameRules = (a: Rules, b: Rules) => a.revision === b.revision && sameValue(a.ruleSet, b.ruleSet);

/** A lead from a file written before leads remembered their stages: the stages its history went through, and its own. */
export function withReachedStages(leads: readonly Lead[], history: readonly StageChange[]): Lead[] {
  const reached = new Map<string, Set<string>>();
  for (const entry of history) {
    const set = reached.get(entry.leadId) ?? reached.set(entry.leadId, new Set()).get(entry.leadId)!;
    if (entry.fromStage) set.add(entry.fromStage);
    set.add(entry.toStage);
  }
  return leads.map((lead) => (lead.reached ? lead : { ...lead, reached: [...new Set([...(reached.get(lead.id) ?? []), lead.stageId])].sort().slice(0, 30) }));
}

/**
 * Write a parsed backup, all of it or none: one commit over every table, so a
 * failure halfway (quota, a bad record, a closed database) rolls back to the
 * database as it was. Figures are never taken from the file: the write layer
 * counts the records as they are written (a long write: folded in right after it
 * commits). Records come back as they were: no sequence effect fires (the file
 * brings its own enrolments). Restored rules replace the rules writes score with.
 * A person erased here and still whole in the file is erased again in the same write.
 *
 * Afterwards every lead is in a stage of the pipeline in force and scored by the
 * rules in force, as after the stages or rules editor: leads in a stage the
 * pipeline does not have (a merge of two devices' stages) move to its
 * replacement with a 'stage-removed' entry; when the rules now differ from the
 * ones some leads were scored under (the backup's or the ones here), a rescore of
 * every lead is opened (`rescoring`: the background runs it).
 * Throws a StorageError on failure. `inCommit` runs last inside the transaction (the
 * restore clears its "restore under way" note there: see unfinished.ts).
 */
export async function restoreBackup(
  db: LeadsDatabase,
  backup: Backup,
  mode: RestoreMode,
  now: number,
  newId: NewId = randomId,
  inCommit?: () => Promise<unknown>,
): Promise<RestoreCounts> {
  const settings = backup.tables.settings.filter((row): row is SettingRow => !isDerivedSetting(row.key));
  try {
    // deletedLeads, crmLinks: a person erased here and back in the file is erased again, undo copies and CRM links included.
    const names = [...transferTables(db).map((t) => t.name), db.jobs.name, db.deletedLeads.name, db.crmLinks.name];
    return await commit(db, names, { origin: 'rep', now, effects: false, long: true, newId }, async (w) => {
      // People deleted for good here stay deleted: the file's records of them are left out.
      const tables = withoutForgotten(withCurrentKeys(backup), await forgottenIds(db));
      const fileLeads = withReachedStages(tables.leads, tables.stageHistory);
      // People erased here stay erased, whatever an older file says about them.
      const erased = new Set((await db.leads.filter((lead) => lead.erasedAt !== undefined).primaryKeys()) as string[]);
      const unerased = withoutErased(fileLeads, tables.companies, erased, now);
      const { companies } = unerased;
      let { leads } = unerased;
      const file = { ...tables, leads, companies };
      const before = { pipeline: await getPipeline(db), rules: await getWriteRules(db) };
      let duplicates = 0;
      let foldedInto = new Map<string, Lead[]>();
      if (mode === 'replace') {
        await db.settings.clear();
        await db.sequences.clear();
        // Records the backup does not hold go; the ones it holds are written over (unchanged ones change nothing).
        for (const table of ['enrolments', 'stageHistory', 'activities'] as const) {
          const keep = new Set<string>(tables[table].map((record) => record.id));
          const stored = (await db.table(table).toCollection().primaryKeys()) as string[];
          await w.delete(table, stored.filter((id) => !keep.has(id)));
        }
        // Leads and companies hold a unique LinkedIn URL: one the backup gives another URL goes first too,
        // so no write in between meets a URL that is moving.
        for (const table of ['leads', 'companies'] as const) {
          const url = new Map<string, string | undefined>(file[table].map((record) => [record.id, record.linkedinUrl]));
          const stored: { id: string; linkedinUrl?: string }[] = await db.table(table).toArray();
          await w.delete(table, stored.filter((r) => !url.has(r.id) || url.get(r.id) !== r.linkedinUrl).map((r) => r.id));
        }
      } else {
        // The leads here as they are before the merge writes over them: the newest stage wins (backup-stage.ts).
        const here = new Map<string, Lead[]>();
        for (const lead of await db.leads.bulkGet(leads.map((l) => l.id))) if (lead) here.set(lead.id, [lead]);
        ({ folded: duplicates, into: foldedInto } = await foldDuplicates(db, w, file));
        for (const [id, folded] of foldedInto) here.set(id, [...(here.get(id) ?? []), ...folded]);
        leads = withFoldedFields(withNewestStage(leads, here), foldedInto);
      }
      await db.settings.bulkPut(settings);
      await db.sequences.bulkPut(tables.sequences);
      await w.put('companies', companies);
      await w.put('leads', leads);
      await w.put('activities', tables.activities);
      await w.put('stageHistory', tables.stageHistory);
      await w.put('enrolments', tables.enrolments);
      await dropDuplicateHistory(db, w, [...foldedInto.keys()]);
      if (mode === 'merge') await w.put('leads', await withTouchesKeptHere(db, leads, tables.activities, settings, before.rules, now));
      await settleActiveEnrolments(db, w, now);
      // Their touches, history and enrolments from the file: scrubbed as the erase does, with its log entries.
      const comeBack = fileLeads.filter((lead) => erased.has(lead.id) && lead.erasedAt === undefined).map((lead) => lead.id);
      if (comeBack.length) await eraseLeads(db, comeBack, now);
      const moved = await settleMissingStages(db, w, before.pipeline, knownStages(settings, before.pipeline), now, newId);
      const rescoring = await settleRules(db, settings, mode, before.rules, leads.length, backup.rescoreUnfinished === true, now);
      await inCommit?.();
      return {
        leads: tables.leads.length,
        companies: tables.companies.length,
        activities: tables.activities.length,
        stageHistory: tables.stageHistory.length,
        sequences: tables.sequences.length,
        enrolments: tables.enrolments.length,
        settings: settings.length,
        duplicates,
        forgotten: backup.tables.leads.length - tables.leads.length,
        moved,
        rescoring,
      };
    });
  } catch (error) {
    throw toStorageError(error);
  }
}

/** The file without the leads deleted for good here (forgotten.ts), and without what hangs off them. */
function withoutForgotten(tables: Backup['tables'], forgotten: ReadonlySet<string>): Backup['tables'] {
  if (forgotten.size === 0) return tables;
  const kept = <T extends { leadId: string }>(rows: readonly T[]) => rows.filter((row) => !forgotten.has(row.leadId));
  return {
    ...tables,
    leads: tables.leads.filter((lead) => !forgotten.has(lead.id)),
    activities: kept(tables.activities),
    stageHistory: kept(tables.stageHistory),
    enrolments: kept(tables.enrolments),
  };
}

/**
 * A merge keeps the touches stored here that the file does not hold (logged since the backup, or
 * moved from a folded duplicate), but writes the file's lead, whose summary and last touch predate
 * them: the score, the last touch the retention review goes by, and the response figures would
 * forget them while the timeline shows them. Each such lead takes them in as if just logged
 * (as addActivity does) and is scored by the rules in force after the merge. Returns only those.
 */
async function withTouchesKeptHere(db: LeadsDatabase, leads: readonly Lead[], fromFile: readonly Activity[], settings: readonly SettingRow[], here: Rules, now: number): Promise<Lead[]> {
  const inFile = new Set(fromFile.map((a) => a.id));
  const extra = new Map<string, Activity[]>();
  await db.activities
    .where('leadId')
    .anyOf(leads.map((l) => l.id))
    .each((a) => {
      if (!inFile.has(a.id)) (extra.get(a.leadId) ?? extra.set(a.leadId, []).get(a.leadId)!).push(a);
    });
  if (extra.size === 0) return [];
  const restored = ScoringSetting.safeParse(settings.find((row) => row.key === 'scoring'));
  const ruleSet = restored.success ? restored.data.ruleSet : here.ruleSet;
  const out: Lead[] = [];
  for (const stored of leads) {
    const touches = extra.get(stored.id);
    if (!touches) continue;
    let lead = (await db.leads.get(stored.id)) ?? stored;
    for (const a of touches) {
      lead = withActivity(lead, a.kind, a.at);
      if (a.kind !== 'captured') lead = { ...lead, lastTouchAt: Math.max(lead.lastTouchAt ?? 0, a.at) };
    }
    const company = lead.companyId ? await db.companies.get(lead.companyId) : undefined;
    out.push(LeadSchema.parse(applyScore(lead, company, ruleSet, now).lead));
  }
  return out;
}

/**
 * People erased here come back from the file already anonymous, as the erase left them: written whole
 * first, the file's LinkedIn URL would fold into them the lead the rep saved again for that person
 * since the erase (which the erase after would then wipe), and a company saved from their profile
 * would keep its address. What hangs off them is scrubbed by the erase the restore runs after.
 */
function withoutErased(leads: readonly Lead[], companies: readonly Company[], erased: ReadonlySet<string>, now: number): { leads: Lead[]; companies: Company[] } {
  const returning = leads.filter((lead) => erased.has(lead.id) && lead.erasedAt === undefined);
  if (returning.length === 0) return { leads: [...leads], companies: [...companies] };
  const context = { now, theirs: theirValues(returning) };
  const ids = new Set(returning.map((lead) => lead.id));
  return {
    leads: leads.map((lead) => (ids.has(lead.id) && lead.erasedAt === undefined ? LeadSchema.parse(scrubRecord(lead, LEAD_FIELDS, context)) : lead)),
    companies: companies.map((company) => CompanySchema.parse(scrubRecord(company, COMPANY_FIELDS, context))),
  };
}

/** The leads in a stage the pipeline in force does not have. */
async function leadsOutOfPipeline(db: LeadsDatabase): Promise<Lead[]> {
  const { stages } = await getPipeline(db);
  return db.leads.where('stageId').noneOf(stages.map((s) => s.id)).toArray();
}

/**
 * Leads and sequence triggers in a stage the pipeline now in force does not have move where that
 * stage's leads go; the pipeline remembers those moves and the stages removed here before (the
 * file's pipeline knows neither), so the funnel still counts how far a lead got. Returns how many leads moved.
 */
async function settleMissingStages(db: LeadsDatabase, w: Writer, before: PipelineSettings, known: readonly Stage[], now: number, newId: NewId): Promise<number> {
  const current = await getPipeline(db);
  const out = await leadsOutOfPipeline(db);
  const pipeline = withRemovedStages(current, before.removed, missingStageMoves(withRemovedStages(current, before.removed, []), out.map((l) => l.stageId), known));
  const row: SettingRow = { key: 'pipeline', pipeline, updatedAt: now };
  if (!sameValue(pipeline, current)) await db.settings.put(row);
  const moved = await moveOutOfMissingStages(w, out, pipeline, known, now, newId);
  await moveMissingStageTriggers(db, pipeline, known, now);
  return moved;
}

/** Every stage a lead's stage id may name: the backup's, then the ones here before it. */
function knownStages(settings: readonly SettingRow[], before: PipelineSettings): Stage[] {
  const restored = PipelineSetting.safeParse(settings.find((row) => row.key === 'pipeline'));
  return [...(restored.success ? restored.data.pipeline.stages : []), ...before.stages];
}

/**
 * Make the rules in force after the restore the ones writes score with, and open a
 * rescore when some leads were scored under other rules: the backup's leads under
 * the backup's (the defaults when it holds none), the leads a merge kept under the
 * ones here (or under older rules still: a file exported while a rescore ran, `staleInFile`).
 * A merge that keeps the rules here leaves their job as it is.
 */
async function settleRules(db: LeadsDatabase, settings: readonly SettingRow[], mode: RestoreMode, here: Rules, restoredLeads: number, staleInFile: boolean, now: number): Promise<boolean> {
  const restored = ScoringSetting.safeParse(settings.find((row) => row.key === 'scoring'));
  const backupRules: Rules = restored.success ? restored.data : { ruleSet: DEFAULT_RULESET, revision: 0 };
  const inForce = restored.success || mode === 'replace' ? backupRules : here;
  const total = await db.leads.count();
  const keptHere = mode === 'merge' && total > restoredLeads;
  // A rescore still under way here has not reached every lead a merge keeps: it is not over (nor
  // may the file's leads be whole, if it was exported while it ran), so it starts again from the first lead.
  const running = keptHere && (await getRescoreJob(db))?.finished === false;
  const rescoring = running || (restoredLeads > 0 && (staleInFile || !sameRules(backupRules, inForce))) || (keptHere && !sameRules(here, inForce));
  if (rescoring) await db.jobs.put(await newRescoreJob(db, inForce, now, total));
  else if (inForce === backupRules) {
    // The restored leads were scored by these rules: work in progress here under others is over.
    const job: RescoreJob = { ...(await newRescoreJob(db, inForce, now, total)), finished: true };
    await db.jobs.put(job);
  }
  return rescoring;
}

export type ImportResult = { ok: true; counts: RestoreCounts } | { ok: false; error: BackupError; detail?: string };

/** Parse a backup file's text and restore it; a file that does not parse whole is refused before any write. */
export async function importBackup(db: LeadsDatabase, text: string, mode: RestoreMode, now: number): Promise<ImportResult> {
  const parsed = parseBackup(text);
  if (!parsed.ok) return parsed;
  return { ok: true, counts: await restoreBackup(db, parsed.backup, mode, now) };
}
