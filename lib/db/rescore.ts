import { applyScore } from '../scoring/apply';
import { freezeRuleSet } from '../scoring/engine';
import type { Company, Lead } from '../schema/records';
import type { LeadsDatabase } from './database';
import { getRescoreJob } from './settings';
import type { RescoreJob } from './jobs';
import { commit } from './write/commit';

export const RESCORE_CHUNK = 2_000;

/** Leads read per request: one read of a whole chunk held the database's backend for up to 0.3 s (see write/slices.ts). */
export const READ_SLICE = 250;

export type RescoreStep = { job: RescoreJob } | undefined;

/** The next `count` leads after `lastId` (from the first without it), read a slice at a time so other pages' reads go between. */
async function leadsAfter(db: LeadsDatabase, lastId: string | undefined, count: number): Promise<Lead[]> {
  const leads: Lead[] = [];
  let after = lastId;
  while (leads.length < count) {
    const want = Math.min(READ_SLICE, count - leads.length);
    const slice = after === undefined ? await db.leads.orderBy(':id').limit(want).toArray() : await db.leads.where(':id').above(after).limit(want).toArray();
    leads.push(...slice);
    if (slice.length < want) break;
    after = slice.at(-1)!.id;
  }
  return leads;
}

async function companiesOf(db: LeadsDatabase, leads: Lead[]): Promise<Map<string, Company>> {
  const ids = [...new Set(leads.map((l) => l.companyId).filter((id): id is string => Boolean(id)))];
  const found = await db.companies.bulkGet(ids);
  return new Map(found.filter((c): c is Company => Boolean(c)).map((c) => [c.id, c]));
}

/**
 * Rescore the next chunk of leads under the job's rules. Each chunk is one write
 * that reads the leads it writes, so a capture or edit made meanwhile is either
 * before it (and rescored here) or after it (and scored by the new rules on its
 * own write): nothing is lost. A rule change while a job runs replaces the job,
 * and the next chunk starts the new one from the first lead.
 *
 * A chunk holds neither `settings` nor the figure tables (its rules are in the
 * job row; it is a long write): the pages reading them never wait for it. The
 * write layer records leads crossing into SQL (the background notifies once the
 * job is done) and enrols them where that is a trigger.
 * Returns undefined when there is no unfinished job.
 */
export async function rescoreStep(db: LeadsDatabase, now: number, chunk = RESCORE_CHUNK): Promise<RescoreStep> {
  return commit(db, [db.leads.name, db.companies.name, db.jobs.name], { origin: 'extension', now, long: true, reads: [db.companies.name] }, async (w) => {
    const job = await getRescoreJob(db);
    if (!job || job.finished) return undefined;
    const ruleSet = freezeRuleSet(job.ruleSet);
    const leads = await leadsAfter(db, job.lastId, chunk);
    const companies = await companiesOf(db, leads);
    const changed: Lead[] = [];
    let newlySql = 0;
    for (const lead of leads) {
      const scored = applyScore(lead, lead.companyId ? companies.get(lead.companyId) : undefined, ruleSet, now);
      if (scored.lead !== lead) changed.push(scored.lead);
      if (scored.crossedSql) newlySql += 1;
    }
    if (changed.length) await w.put('leads', changed, { before: new Map(leads.map((l) => [l.id, l])) });
    const next: RescoreJob = {
      ...job,
      done: Math.min(job.total, job.done + leads.length),
      lastId: leads.at(-1)?.id ?? job.lastId,
      finished: leads.length < chunk,
      newlySql: job.newlySql + newlySql,
    };
    if (next.finished) next.done = next.total = Math.max(next.total, job.done + leads.length);
    await db.jobs.put(next);
    return { job: next };
  });
}

/** One task: what runs between two chunks at least, so pages and captures keep going. */
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export type RunRescoreOptions = {
  onStep?: (step: NonNullable<RescoreStep>) => void;
  /** Between chunks (default: one task). */
  pause?: () => Promise<void>;
  chunk?: number;
};

/** Run the open rescore job to the end, yielding between chunks so pages and captures keep going. */
export async function runRescore(db: LeadsDatabase, now: () => number, { onStep, pause = nextTask, chunk = RESCORE_CHUNK }: RunRescoreOptions = {}): Promise<RescoreJob | undefined> {
  let last: RescoreJob | undefined;
  for (;;) {
    const step = await rescoreStep(db, now(), chunk);
    if (!step) return last;
    onStep?.(step);
    last = step.job;
    if (step.job.finished) return last;
    await pause();
  }
}
