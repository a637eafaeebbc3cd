import type { PersonCapture } from '../capture/schema';
import { StageChangeSchema, type StageChange } from '../pipeline/schema';
import { ActivitySchema, CompanySchema, LeadSchema, type Activity, type Company, type Lead } from '../schema/records';
import type { RuleSet } from '../scoring/schema';
import { applyScore, withActivity } from '../scoring/apply';
import { COMPANY_KEYS, companyKeys, DUPLICATE_KEYS, pickCompany, pickPersonDuplicate } from './duplicates';
import { KeyIndex } from './key-index';
import { mergeCompanyCapture, mergePersonCapture } from './merge';

/**
 * What saving people does, worked out in memory before anything is written: each
 * person is matched against the candidate leads and companies read beforehand (and
 * against the people before it in the batch), merged, scored, and given its
 * "captured" touch and first stage. One save and a 100,000-row import go through
 * this same function; only the amount of candidates differs.
 */

export type PersonSave = { status: 'created' | 'updated'; lead: Lead };

export type PeoplePlan = {
  saves: PersonSave[];
  /** The final version of every lead written (a lead two rows merged into appears once). */
  leads: Lead[];
  companies: Company[];
  activities: Activity[];
  history: StageChange[];
};

export type Candidates = { leads: readonly Lead[]; companies: readonly Company[] };

/** Without `ruleSet` nothing is scored or checked: a preview that only counts new and merged rows. */
export type PlanContext = { now: number; newId: () => string; ruleSet?: RuleSet; onRows?: (done: number) => void };

/** Rows between two progress reports while planning. */
const REPORT_EVERY = 1_000;

/** A capture's guessed fields (a list row's headline read as title and company) give way to what the lead has. */
function withoutGuessesOver(existing: Lead | undefined, p: PersonCapture): PersonCapture {
  if (!p.guessed || !existing) return p;
  const kept = { ...p };
  for (const field of p.guessed) if (existing[field] !== undefined) delete kept[field];
  return kept;
}

export function planPeople(people: readonly PersonCapture[], candidates: Candidates, { now, newId, ruleSet, onRows }: PlanContext): PeoplePlan {
  const leads = new KeyIndex<Lead, (typeof DUPLICATE_KEYS)[number]>(DUPLICATE_KEYS, candidates.leads);
  const companies = new KeyIndex<Company, (typeof COMPANY_KEYS)[number]>(COMPANY_KEYS, candidates.companies);
  const written = new Map<string, Lead>();
  const plan: PeoplePlan = { saves: [], leads: [], companies: [], activities: [], history: [] };

  for (const [n, row] of people.entries()) {
    if (onRows && n % REPORT_EVERY === 0 && n > 0) onRows(n);
    const existing = pickPersonDuplicate((key, value) => leads.first(key, value), row);
    const p = withoutGuessesOver(existing, row);
    let company: Company | undefined;
    if (p.companyName || p.companyLinkedinUrl) {
      company = pickCompany((key, value) => companies.first(key, value), companyKeys(p));
      if (!company && p.companyName) {
        const capture = { name: p.companyName, linkedinUrl: p.companyLinkedinUrl, source: p.source, sourceUrl: p.sourceUrl, capturedAt: p.capturedAt };
        company = CompanySchema.parse(mergeCompanyCapture(undefined, capture, newId(), now));
        companies.put(company);
        plan.companies.push(company);
      }
    }
    let merged = mergePersonCapture(existing, p, { id: existing?.id ?? newId(), companyId: company?.id }, now);
    if (!existing) merged = withActivity(merged, 'captured', now);
    // Scored in the same transaction as the write, under the rules in force now (even mid-rescore).
    const lead = ruleSet ? LeadSchema.parse(applyScore(merged, company, ruleSet, now).lead) : merged;
    leads.put(lead);
    written.set(lead.id, lead);
    plan.saves.push({ status: existing ? 'updated' : 'created', lead });
    if (existing) continue;
    // Drawn by a preview too, though it keeps no rows: the preview and the save then draw the
    // same ids in the same order (replayable-ids.ts), so they merge rows into the same leads.
    const [activityId, historyId] = [newId(), newId()];
    if (!ruleSet) continue;
    plan.activities.push(ActivitySchema.parse({ id: activityId, leadId: lead.id, kind: 'captured', direction: 'none', at: now, createdAt: now }));
    // The lead's first stage is history too: the sales cycle is measured from it.
    plan.history.push(StageChangeSchema.parse({ id: historyId, leadId: lead.id, at: now, toStage: lead.stageId, kind: 'change' }));
  }
  plan.leads = [...written.values()];
  return plan;
}
