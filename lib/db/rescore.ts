import { applyScore } from '../scoring/apply';
import type { Company, Lead } from '../schema/records';
import type { LeadsDatabase } from './database';
import { randomId } from './save-capture';
import { listSequences, sequenceEffects, sequenceTables } from './sequences';
import { getRescoreJob, getScoring, type RescoreJob } from './settings';

export const RESCORE_CHUNK = 2_000;

export type RescoreStep = { job: RescoreJob; sqlLeads: Lead[] } | undefined;

async function companiesOf(db: LeadsDatabase, leads: Lead[]): Promise<Map<string, Company>> {
  const ids = [...new Set(leads.map((l) => l.companyId).filter((id): id is string => Boolean(id)))];
  const found = await db.companies.bulkGet(ids);
  return new Map(found.filter((c): c is Company => Boolean(c)).map((c) => [c.id, c]));
}

/**
 * Rescore the next chunk of leads under the rules in force. Each chunk is one
 * read-write transaction that reads the leads it writes, so a capture or edit
 * made meanwhile is either before it (and rescored here) or after it (and
 * scored by the new rules on its own write): nothing is lost.
 * Returns undefined when there is no unfinished job for the current rules.
 */
export async function rescoreStep(db: LeadsDatabase, now: number, chunk = RESCORE_CHUNK): Promise<RescoreStep> {
  return db.transaction('rw', [db.leads, db.companies, db.settings, ...sequenceTables(db)], async () => {
    const job = await getRescoreJob(db);
    const scoring = await getScoring(db);
    if (!job || job.finished || job.revision !== scoring.revision) return undefined;
    const leads = job.lastId
      ? await db.leads.where(':id').above(job.lastId).limit(chunk).toArray()
      : await db.leads.orderBy(':id').limit(chunk).toArray();
    const companies = await companiesOf(db, leads);
    const changed: Lead[] = [];
    const sqlLeads: Lead[] = [];
    const crossed: { before: Lead; after: Lead }[] = [];
    for (const lead of leads) {
      const scored = applyScore(lead, lead.companyId ? companies.get(lead.companyId) : undefined, scoring.ruleSet, now);
      if (scored.lead !== lead) changed.push(scored.lead);
      if (scored.crossedSql) {
        sqlLeads.push(scored.lead);
        crossed.push({ before: lead, after: scored.lead });
      }
    }
    if (changed.length) await db.leads.bulkPut(changed);
    // Crossing into SQL by a rule change enrols where that is a sequence's trigger, as on any other write.
    if (crossed.length) {
      const sequences = await listSequences(db);
      for (const change of crossed) await sequenceEffects(db, change, now, randomId, sequences);
    }
    const next: RescoreJob = {
      ...job,
      done: Math.min(job.total, job.done + leads.length),
      lastId: leads.at(-1)?.id ?? job.lastId,
      finished: leads.length < chunk,
      newlySql: job.newlySql + sqlLeads.length,
    };
    if (next.finished) next.done = next.total = Math.max(next.total, job.done + leads.length);
    await db.settings.put(next);
    return { job: next, sqlLeads };
  });
}

/** Run the open rescore job to the end, yielding between chunks so pages and captures keep going. */
export async function runRescore(
  db: LeadsDatabase,
  now: () => number,
  onStep: (step: NonNullable<RescoreStep>) => void = () => undefined,
  pause: () => Promise<void> = () => new Promise((r) => setTimeout(r, 0)),
): Promise<RescoreJob | undefined> {
  let last: RescoreJob | undefined;
  for (;;) {
    const step = await rescoreStep(db, now());
    if (!step) return last;
    onStep(step);
    last = step.job;
    if (step.job.finished) return last;
    await pause();
  }
}
