import { applyScore } from '../scoring/apply';
import type { RuleSet } from '../scoring/schema';
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

/** The same job: a rule change opens a new one (new revision), and a step moves lastId on. */
function sameJob(a: RescoreJob, b: RescoreJob): boolean {
  return a.revision === b.revision && a.startedAt === b.startedAt && a.lastId === b.lastId && a.finished === b.finished;
}

/**
 * Rescore one chunk of leads in one read-write transaction that reads the leads it
 * writes, so a capture or edit made meanwhile is either before it (and rescored
 * here) or after it (and scored by the rules in force on its own write): nothing
 * is lost. Only leads whose score or label moves are written.
 */
function rescoreChunk(db: LeadsDatabase, ruleSet: RuleSet, after: string | undefined, now: number, chunk: number) {
  return db.transaction('rw', [db.leads, db.companies, ...sequenceTables(db)], async () => {
    const leads = after ? await db.leads.where(':id').above(after).limit(chunk).toArray() : await db.leads.orderBy(':id').limit(chunk).toArray();
    const companies = await companiesOf(db, leads);
    const changed: Lead[] = [];
    const crossed: { before: Lead; after: Lead }[] = [];
    for (const lead of leads) {
      const scored = applyScore(lead, lead.companyId ? companies.get(lead.companyId) : undefined, ruleSet, now);
      if (scored.lead !== lead) changed.push(scored.lead);
      if (scored.crossedSql) crossed.push({ before: lead, after: scored.lead });
    }
    if (changed.length) await db.leads.bulkPut(changed);
    // Crossing into SQL by a rule change enrols where that is a sequence's trigger, as on any other write.
    if (crossed.length) {
      const sequences = await listSequences(db);
      for (const change of crossed) await sequenceEffects(db, change, now, randomId, sequences);
    }
    return { count: leads.length, lastId: leads.at(-1)?.id, sqlLeads: crossed.map((c) => c.after) };
  });
}

/**
 * Rescore the next chunk of leads under the rules in force. The chunk's transaction
 * leaves `settings` out: every page reads its kept totals and preferences there (the
 * popup's velocity is a handful of settings rows), and a chunk that rewrites 2,000
 * leads holds its stores for a second or more. So the job and the rules are read
 * before the chunk, and its progress is stored after it, in short transactions.
 *
 * A rule change that lands between the read and the chunk opens a new job, which
 * starts over from the first lead: the chunk scored under the old rules is rescored
 * under the new ones, as if the change had come just after it. Its progress is then
 * not stored (the new job is left as it is). A chunk cut short by the worker stopping
 * before its progress is stored is done again, and rescoring a lead twice under the
 * same rules writes nothing the second time.
 *
 * Returns undefined when there is no unfinished job for the current rules.
 */
export async function rescoreStep(db: LeadsDatabase, now: number, chunk = RESCORE_CHUNK): Promise<RescoreStep> {
  const { job, scoring } = await db.transaction('r', db.settings, async () => ({ job: await getRescoreJob(db), scoring: await getScoring(db) }));
  if (!job || job.finished || job.revision !== scoring.revision) return undefined;
  const chunked = await rescoreChunk(db, scoring.ruleSet, job.lastId, now, chunk);
  return db.transaction('rw', db.settings, async () => {
    const current = await getRescoreJob(db);
    if (!current) return undefined;
    if (!sameJob(current, job)) return { job: current, sqlLeads: chunked.sqlLeads };
    const next: RescoreJob = {
      ...job,
      done: Math.min(job.total, job.done + chunked.count),
      lastId: chunked.lastId ?? job.lastId,
      finished: chunked.count < chunk,
      newlySql: job.newlySql + chunked.sqlLeads.length,
    };
    if (next.finished) next.done = next.total = Math.max(next.total, job.done + chunked.count);
    await db.settings.put(next);
    return { job: next, sqlLeads: chunked.sqlLeads };
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
