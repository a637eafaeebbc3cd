import type { Capture, CompanyCapture, PersonCapture } from '../capture/schema';
import { CaptureSchema, PersonCaptureSchema } from '../capture/schema';
import type { RuleSet } from '../scoring/schema';
import { companyKey, personNameKey } from '../leads/keys';
import { mergeCompanyCapture, mergePersonCapture } from '../leads/merge';
import { ActivitySchema, CompanySchema, LeadSchema, type Company, type Lead } from '../schema/records';
import type { LeadsDatabase } from './database';
import { applyScore, withActivity } from '../scoring/apply';
import { adjustPipelineStats } from './pipeline-stats';
import { adjustLeadCount, getScoring } from './settings';
import { StageChangeSchema } from '../pipeline/schema';
import { toStorageError } from './errors';

export type SaveResult =
  | { kind: 'person'; status: 'created' | 'updated'; id: string; lead: Lead; crossedSql: boolean }
  | { kind: 'company'; status: 'created' | 'updated'; id: string; company: Company };

export type NewId = () => string;
export const randomId: NewId = () => crypto.randomUUID();

/** The lead indexes the duplicate rules look up. */
export type DuplicateIndex = 'linkedinUrl' | 'salesNavUrl' | 'email' | 'nameKey';
export type FindBy = (index: DuplicateIndex, value: string) => Promise<Lead | undefined>;

/**
 * Duplicate rules: profile URL, then Sales Navigator URL, then e-mail, then name
 * plus company. `find` looks one index up (the database's, or an import's preview
 * that also knows the rows before it).
 */
export async function findPersonDuplicateBy(find: FindBy, p: PersonCapture): Promise<Lead | undefined> {
  if (p.linkedinUrl) {
    const byUrl = await find('linkedinUrl', p.linkedinUrl);
    if (byUrl) return byUrl;
  }
  if (p.salesNavUrl) {
    const bySalesNav = await find('salesNavUrl', p.salesNavUrl);
    if (bySalesNav && (!p.linkedinUrl || !bySalesNav.linkedinUrl)) return bySalesNav;
  }
  if (p.email) {
    const byEmail = await find('email', p.email);
    if (byEmail && (!p.linkedinUrl || !byEmail.linkedinUrl)) return byEmail;
  }
  const nameKey = personNameKey(p.fullName, p.companyName);
  if (nameKey) {
    const byName = await find('nameKey', nameKey);
    if (byName && (!p.linkedinUrl || !byName.linkedinUrl)) return byName;
  }
  return undefined;
}

export function findPersonDuplicate(db: LeadsDatabase, p: PersonCapture): Promise<Lead | undefined> {
  return findPersonDuplicateBy((index, value) => db.leads.where(index).equals(value).first(), p);
}

async function findCompany(db: LeadsDatabase, linkedinUrl: string | undefined, name: string | undefined) {
  if (linkedinUrl) {
    const byUrl = await db.companies.where('linkedinUrl').equals(linkedinUrl).first();
    if (byUrl) return byUrl;
  }
  const key = companyKey(name);
  return key ? db.companies.where('nameKey').equals(key).first() : undefined;
}

async function saveCompany(db: LeadsDatabase, c: CompanyCapture, now: number, newId: NewId) {
  const existing = await findCompany(db, c.linkedinUrl, c.name);
  const company = CompanySchema.parse(mergeCompanyCapture(existing, c, existing?.id ?? newId(), now));
  await db.companies.put(company);
  return { company, status: existing ? ('updated' as const) : ('created' as const) };
}

/**
 * Shared by the saves of one batch (an import): the rules read once, and the new
 * leads whose kept totals are moved once at the end instead of per lead.
 */
type BatchContext = { ruleSet: RuleSet; created: Lead[] };

async function savePerson(db: LeadsDatabase, p: PersonCapture, now: number, newId: NewId, batch?: BatchContext): Promise<SaveResult> {
  let companyId: string | undefined;
  let company: Company | undefined;
  if (p.companyName || p.companyLinkedinUrl) {
    company = await findCompany(db, p.companyLinkedinUrl, p.companyName);
    companyId = company?.id;
    if (!company && p.companyName) {
      ({ company } = await saveCompany(
        db,
        { name: p.companyName, linkedinUrl: p.companyLinkedinUrl, source: p.source, sourceUrl: p.sourceUrl, capturedAt: p.capturedAt },
        now,
        newId,
      ));
      companyId = company.id;
    }
  }
  const existing = await findPersonDuplicate(db, p);
  let merged = mergePersonCapture(existing, p, { id: existing?.id ?? newId(), companyId }, now);
  if (!existing) merged = withActivity(merged, 'captured', now);
  // Scored in the same transaction as the write, under the rules in force now (even mid-rescore).
  const ruleSet = batch?.ruleSet ?? (await getScoring(db)).ruleSet;
  const scored = applyScore(merged, company, ruleSet, now);
  const lead = LeadSchema.parse(scored.lead);
  await db.leads.put(lead);
  if (!existing) {
    await db.activities.add(
      ActivitySchema.parse({ id: newId(), leadId: lead.id, kind: 'captured', direction: 'none', at: now, createdAt: now }),
    );
    // The lead's first stage is history too: the sales cycle is measured from it.
    await db.stageHistory.add(StageChangeSchema.parse({ id: newId(), leadId: lead.id, at: now, toStage: lead.stageId, kind: 'change' }));
    if (batch) batch.created.push(lead);
    else {
      await adjustLeadCount(db, 1, now);
      await adjustPipelineStats(db, [{ after: lead }], now);
    }
  }
  return { kind: 'person', status: existing ? 'updated' : 'created', id: lead.id, lead, crossedSql: scored.crossedSql };
}

/**
 * The one save path every capture ends in. Everything happens in one
 * read-write transaction: the duplicate lookup and the write cannot interleave
 * with another tab's save, and a failure (quota, blocked) leaves nothing behind.
 */
export async function saveCapture(db: LeadsDatabase, input: Capture, now: number, newId: NewId = randomId): Promise<SaveResult> {
  try {
    const capture = CaptureSchema.parse(input);
    return await db.transaction('rw', [db.leads, db.companies, db.activities, db.settings, db.stageHistory], async () => {
      if (capture.kind === 'company') {
        const { company, status } = await saveCompany(db, capture.company, now, newId);
        return { kind: 'company', status, id: company.id, company } satisfies SaveResult;
      }
      return savePerson(db, capture.person, now, newId);
    });
  } catch (error) {
    throw toStorageError(error);
  }
}

/**
 * Many people through the same save path as one capture each (same duplicate rules
 * and merging), in one transaction: all are written or none. The rules are read
 * once and the kept totals moved once, so 100,000 rows cost little more than their
 * own writes. `onEach` is told after every save (for a progress bar).
 */
export async function savePeople(
  db: LeadsDatabase,
  people: readonly PersonCapture[],
  now: number,
  newId: NewId = randomId,
  onEach?: (result: SaveResult, index: number) => void,
): Promise<SaveResult[]> {
  try {
    const valid = people.map((p) => PersonCaptureSchema.parse(p));
    return await db.transaction('rw', [db.leads, db.companies, db.activities, db.settings, db.stageHistory], async () => {
      const batch: BatchContext = { ruleSet: (await getScoring(db)).ruleSet, created: [] };
      const results: SaveResult[] = [];
      for (const [index, person] of valid.entries()) {
        const result = await savePerson(db, person, now, newId, batch);
        results.push(result);
        onEach?.(result, index);
      }
      await adjustLeadCount(db, batch.created.length, now);
      await adjustPipelineStats(db, batch.created.map((after) => ({ after })), now);
      return results;
    });
  } catch (error) {
    throw toStorageError(error);
  }
}
