import type { Capture, CompanyCapture, PersonCapture } from '../capture/schema';
import { CaptureSchema, PersonCaptureSchema } from '../capture/schema';
import { COMPANY_KEYS, companyKeys, DUPLICATE_KEYS, personKeys, pickCompany } from '../leads/duplicates';
import { mergeCompanyCapture } from '../leads/merge';
import { planPeople, type Candidates, type PeoplePlan, type PersonSave } from '../leads/plan-people';
import { CompanySchema, type Company, type Lead } from '../schema/records';
import type { LeadsDatabase } from './database';
import { getWriteRules } from './settings';
import { toStorageError } from './errors';
import { commit, type Writer } from './write/commit';

export type SaveResult =
  | { kind: 'person'; status: 'created' | 'updated'; id: string; lead: Lead }
  | { kind: 'company'; status: 'created' | 'updated'; id: string; company: Company };

export type NewId = () => string;
export const randomId: NewId = () => crypto.randomUUID();

/** Every existing lead and company any of these people could match: one `anyOf` read per key, not one per row. */
async function candidatesFor(db: LeadsDatabase, people: readonly PersonCapture[]): Promise<Candidates> {
  const leadValues = valuesByKey(DUPLICATE_KEYS, people.map(personKeys));
  const companyValues = valuesByKey(COMPANY_KEYS, people.filter((p) => p.companyName || p.companyLinkedinUrl).map(companyKeys));
  const [leads, companies] = await Promise.all([
    Promise.all(DUPLICATE_KEYS.map((key) => (leadValues[key].length ? db.leads.where(key).anyOf(leadValues[key]).toArray() : []))),
    Promise.all(COMPANY_KEYS.map((key) => (companyValues[key].length ? db.companies.where(key).anyOf(companyValues[key]).toArray() : []))),
  ]);
  return { leads: uniqueById(leads.flat()), companies: uniqueById(companies.flat()) };
}

/** The distinct values of each key over the rows. */
function valuesByKey<K extends string>(keys: readonly K[], rows: readonly Partial<Record<K, string>>[]): Record<K, string[]> {
  const distinct = (key: K) => [...new Set(rows.map((row) => row[key]).filter((v): v is string => v !== undefined))];
  return Object.fromEntries(keys.map((key) => [key, distinct(key)])) as Record<K, string[]>;
}

function uniqueById<T extends { id: string }>(records: T[]): T[] {
  return [...new Map(records.map((r) => [r.id, r])).values()];
}

/** Rows written per step: the progress bar moves between steps, and each step is one bulk request per table. */
export const WRITE_CHUNK = 5_000;
/** The share of a batch's progress bar that matching and merging fill; writing fills the rest. */
const PLANNING_SHARE = 0.25;

/** What a plan was worked out from: the rules' revision and the candidate records. */
type Planned = { plan: PeoplePlan; revision: number; candidates: Candidates };

/** What a plan needs from the database: the rules in force and the candidate records. */
async function planInputs(db: LeadsDatabase, people: readonly PersonCapture[]) {
  const [{ ruleSet, revision }, candidates] = await Promise.all([getWriteRules(db), candidatesFor(db, people)]);
  return { ruleSet, revision, candidates };
}

/** The tables a save reads and writes (the rules are read from `jobs`, never `settings`). */
const saveTables = (db: LeadsDatabase) => [db.leads.name, db.companies.name, db.activities.name, db.stageHistory.name, db.jobs.name];

/** Whether two reads of the candidates found the same records, field for field. */
function sameCandidates(a: Candidates, b: Candidates): boolean {
  const same = <T extends { id: string }>(x: readonly T[], y: readonly T[]) => {
    if (x.length !== y.length) return false;
    const before = new Map(x.map((r) => [r.id, JSON.stringify(r)]));
    return y.every((r) => before.get(r.id) === JSON.stringify(r));
  };
  return same(a.leads, b.leads) && same(a.companies, b.companies);
}

/**
 * Save people inside the caller's commit: everything written in bulk (the write
 * layer keeps the figures, effects and change log). A plan made before the transaction is used
 * only if the rules and every candidate record are still as it saw them;
 * otherwise (another tab saved a match meanwhile) it is made again here.
 */
async function savePeopleInTransaction(
  db: LeadsDatabase,
  w: Writer,
  people: readonly PersonCapture[],
  now: number,
  newId: NewId,
  planned?: Planned,
  onProgress?: (fraction: number) => void,
): Promise<SaveResult[]> {
  const current = await planInputs(db, people);
  const plan =
    planned && planned.revision === current.revision && sameCandidates(planned.candidates, current.candidates)
      ? planned.plan
      : planPeople(people, current.candidates, { now, newId, ruleSet: current.ruleSet });
  if (plan.companies.length) await w.put('companies', plan.companies);
  const steps = Math.max(1, Math.ceil(plan.leads.length / WRITE_CHUNK));
  for (let step = 0; step < steps; step++) {
    const range = [step * WRITE_CHUNK, (step + 1) * WRITE_CHUNK] as const;
    await w.put('leads', plan.leads.slice(...range));
    await w.add('activities', plan.activities.slice(...range));
    await w.add('stageHistory', plan.history.slice(...range));
    onProgress?.((step + 1) / steps);
  }
  return plan.saves.map(({ status, lead }) => ({ kind: 'person', status, id: lead.id, lead }));
}

async function saveCompany(db: LeadsDatabase, w: Writer, c: CompanyCapture, now: number, newId: NewId) {
  const keys = companyKeys({ companyLinkedinUrl: c.linkedinUrl, companyName: c.name });
  const found = await Promise.all(COMPANY_KEYS.map((key) => (keys[key] === undefined ? undefined : db.companies.where(key).equals(keys[key]).first())));
  const existing = pickCompany((key) => found[COMPANY_KEYS.indexOf(key)], keys);
  const company = CompanySchema.parse(mergeCompanyCapture(existing, c, existing?.id ?? newId(), now));
  await w.put('companies', company);
  return { company, status: existing ? ('updated' as const) : ('created' as const) };
}

/**
 * The one save path every capture ends in. Everything happens in one
 * read-write transaction: the duplicate lookup and the write cannot interleave
 * with another tab's save, and a failure (quota, blocked) leaves nothing behind.
 */
export async function saveCapture(db: LeadsDatabase, input: Capture, now: number, newId: NewId = randomId): Promise<SaveResult> {
  try {
    const capture = CaptureSchema.parse(input);
    return await commit(db, saveTables(db), { origin: 'rep', now }, async (w) => {
      if (capture.kind === 'company') {
        const { company, status } = await saveCompany(db, w, capture.company, now, newId);
        return { kind: 'company', status, id: company.id, company } satisfies SaveResult;
      }
      const [saved] = await savePeopleInTransaction(db, w, [capture.person], now, newId);
      if (!saved) throw new Error('a save returned nothing');
      return saved;
    });
  } catch (error) {
    throw toStorageError(error);
  }
}

/**
 * Many people through the same save path as one capture each (same duplicate rules
 * and merging, a row also matching the rows before it), in one transaction: all are
 * written or none. `onProgress` is told the share written so far; `inCommit` runs last
 * inside that transaction (an import clears its "under way" note there).
 */
export async function savePeople(
  db: LeadsDatabase,
  people: readonly PersonCapture[],
  now: number,
  newId: NewId = randomId,
  onProgress?: (fraction: number) => void,
  inCommit?: () => Promise<unknown>,
): Promise<SaveResult[]> {
  try {
    const valid = people.map((p) => PersonCaptureSchema.parse(p));
    // Planned before the write transaction: at 100,000 rows planning takes tens of seconds, and a
    // read-write transaction held that long blocks every other write (Chromium aborts one idle
    // for 60 s while it blocks others). The write checks the plan is still current.
    const inputs = await db.transaction('r', [db.leads, db.companies, db.jobs], () => planInputs(db, valid));
    const onRows = (done: number) => onProgress?.((PLANNING_SHARE * done) / valid.length);
    const planned: Planned = { ...inputs, plan: planPeople(valid, inputs.candidates, { now, newId, ruleSet: inputs.ruleSet, onRows }) };
    onProgress?.(PLANNING_SHARE);
    // A long write: the figures it moves are folded in right after it commits (commit.ts).
    return await commit(db, saveTables(db), { origin: 'rep', now, long: true }, async (w) => {
      const saves = await savePeopleInTransaction(db, w, valid, now, newId, planned, (written) => onProgress?.(PLANNING_SHARE + (1 - PLANNING_SHARE) * written));
      await inCommit?.();
      return saves;
    });
  } catch (error) {
    throw toStorageError(error);
  }
}

/** Read-only: what saving these people with these ids would do (new or merged, row by row), for an import's preview. */
export async function previewPeople(db: LeadsDatabase, people: readonly PersonCapture[], now: number, newId: NewId = randomId): Promise<PersonSave[]> {
  try {
    // Read in the transaction, matched after it: a long plan must not hold the stores.
    const candidates = await db.transaction('r', [db.leads, db.companies], () => candidatesFor(db, people));
    // To say what the save will do, pass the ids it will use (replayable-ids.ts).
    return planPeople(people, candidates, { now, newId }).saves;
  } catch (error) {
    throw toStorageError(error);
  }
}
