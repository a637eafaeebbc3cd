import { beforeAll, describe, expect, it } from 'vitest';
import { PersonCaptureSchema } from '../../lib/capture/schema';
import type { LeadsDatabase } from '../../lib/db/database';
import { saveCapture } from '../../lib/db/save-capture';
import { derivedLeadKeys } from '../../lib/leads/keys';
import { countLeads, dueRange, fetchLeadPage, type ListQuery, type ListSort } from '../../lib/leads/list-query';
import type { Lead } from '../../lib/schema/records';
import { freshDb, NOW, sequentialIds } from './helpers/db';

const N = 240;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const FIRST = ['Anna', 'Boris', 'Carla', 'Dmitri', 'Elena', 'Florin'];
const COMPANIES = ['Acme', 'Beta Systems', 'Gamma Soft', 'Delta Logistics'];
const TITLES = ['CTO', 'Head of Sales', 'Engineer', 'VP Marketing', 'Annual Planner'];
const STAGES = ['new', 'discovery', 'qualified', 'demo', 'trial', 'negotiation'];

/** Leads built the real way (saveCapture), then given stage, score, value, tags, touches and due dates. */
async function seed(db: LeadsDatabase): Promise<void> {
  const ids = sequentialIds('lead');
  for (let i = 0; i < N; i += 1) {
    const person = PersonCaptureSchema.parse({
      fullName: `${FIRST[i % FIRST.length]} Person${i}`,
      companyName: COMPANIES[i % COMPANIES.length],
      title: TITLES[i % TITLES.length],
      linkedinUrl: `https://www.linkedin.com/in/person-${i}/`,
      source: i % 4 === 0 ? 'website' : 'linkedin',
      capturedAt: NOW,
    });
    // Creation times repeat (ties by id) so the order is tested on equal keys too.
    await saveCapture(db, { kind: 'person', person }, NOW - (i % 50) * HOUR, ids);
  }
  const leads = await db.leads.toArray();
  for (const lead of leads) {
    const i = Number(lead.fullName?.split('Person')[1]);
    const score = (i * 37) % 100;
    const tags = i % 5 === 0 ? ['vip'] : i % 5 === 1 ? ['conf-2026', 'vip-later'] : [];
    const dueOffsets = [-2 * DAY, -HOUR, HOUR, 3 * DAY, 20 * DAY];
    const due = i % 3 === 0 ? undefined : NOW + (dueOffsets[i % dueOffsets.length] ?? 0);
    await db.leads.update(lead.id, {
      stageId: STAGES[i % STAGES.length],
      score,
      scoreLabel: score >= 70 ? 'sql' : score >= 40 ? 'mql' : 'cold',
      dealValue: i % 3 === 1 ? undefined : (i % 10) * 1000,
      lastTouchAt: i % 4 === 0 ? undefined : NOW - (i % 17) * HOUR,
      nextStepDueAt: due,
      nextStep: due === undefined ? undefined : { text: 'Call', dueAt: due },
      tags,
      words: derivedLeadKeys({ ...lead, tags }).words,
    });
  }
}

// ---- an independent reference: filter and sort the whole table in memory ----

const SORT_KEY = { score: 'score', lastTouch: 'lastTouchAt', value: 'dealValue', created: 'createdAt' } as const;

function fold(s: string): string[] {
  return s.toLowerCase().split(/\s+/).filter(Boolean);
}

function reference(all: Lead[], q: ListQuery, now: number): string[] {
  const words = fold(q.search);
  const due = q.due ? dueRange(q.due, now) : undefined;
  const matching = all.filter(
    (l) =>
      (!q.stage || l.stageId === q.stage) &&
      (!q.label || l.scoreLabel === q.label) &&
      (!q.source || l.source === q.source) &&
      (!q.tag || l.tags.includes(q.tag.toLowerCase())) &&
      (!due || (l.nextStepDueAt !== undefined && l.nextStepDueAt >= due[0] && l.nextStepDueAt < due[1])) &&
      words.every((w) => l.words.some((lw) => lw.startsWith(w))),
  );
  const key = SORT_KEY[q.sort];
  const withKey = matching.filter((l) => l[key] !== undefined);
  const without = matching.filter((l) => l[key] === undefined);
  const cmpId = (a: Lead, b: Lead) => a.id.localeCompare(b.id);
  withKey.sort((a, b) => (Number(a[key]) - Number(b[key]) || cmpId(a, b)) * (q.direction === 'desc' ? -1 : 1));
  without.sort((a, b) => b.createdAt - a.createdAt || cmpId(b, a));
  return [...withKey, ...without].map((l) => l.id);
}

async function allPages(db: LeadsDatabase, q: ListQuery, pageSize: number, maxInMemory?: number): Promise<string[]> {
  const ids: string[] = [];
  for (let offset = 0; offset < N + pageSize; offset += pageSize) {
    const page = await fetchLeadPage(db, q, NOW, { offset, limit: pageSize }, maxInMemory);
    expect(page.length).toBeLessThanOrEqual(pageSize);
    ids.push(...page.map((l) => l.id));
    if (page.length < pageSize) break;
  }
  return ids;
}

const SORTS: ListSort[] = ['score', 'lastTouch', 'value', 'created'];
const base: ListQuery = { search: '', sort: 'score', direction: 'desc' };

let db: LeadsDatabase;
let all: Lead[];

beforeAll(async () => {
  db = freshDb();
  await seed(db);
  all = await db.leads.toArray();
}, 60_000);

describe('fetchLeadPage and countLeads', () => {
  it('seeds a varied database', () => {
    expect(all).toHaveLength(N);
    expect(all.some((l) => l.lastTouchAt === undefined)).toBe(true);
    expect(all.some((l) => l.dealValue === undefined)).toBe(true);
  });

  it.each(SORTS.flatMap((sort) => (['desc', 'asc'] as const).map((direction) => ({ sort, direction }))))(
    'pages through every lead sorted by $sort $direction, leads without the key last',
    async ({ sort, direction }) => {
      const q: ListQuery = { ...base, sort, direction };
      const expected = reference(all, q, NOW);
      expect(await allPages(db, q, 37)).toEqual(expected);
      expect(await countLeads(db, q, NOW)).toBe(N);
      const key = SORT_KEY[sort];
      const firstMissing = expected.findIndex((id) => all.find((l) => l.id === id)?.[key] === undefined);
      if (firstMissing >= 0) {
        // Everything after the first lead without the key lacks it too.
        expect(expected.slice(firstMissing).every((id) => all.find((l) => l.id === id)?.[key] === undefined)).toBe(true);
      }
    },
  );

  const FILTERS: [string, Partial<ListQuery>][] = [
    ['stage', { stage: 'demo' }],
    ['label', { label: 'sql' }],
    ['tag', { tag: 'VIP' }],
    ['source', { source: 'website' }],
    ['due overdue', { due: 'overdue' }],
    ['due today', { due: 'today' }],
    ['due this week', { due: 'week' }],
    ['search by name', { search: 'anna' }],
    ['search by company', { search: 'gamma' }],
    ['search by title prefix', { search: 'head sal' }],
    ['search by tag word', { search: 'conf' }],
    ['search, stage and label together', { search: 'anna acme', stage: 'new', label: 'cold' }],
    ['search and tag', { search: 'ann', tag: 'vip' }],
    ['stage, source and due', { stage: 'discovery', source: 'linkedin', due: 'week' }],
    ['tag and label', { tag: 'vip', label: 'mql' }],
    ['nothing matches', { search: 'zzz' }],
  ];

  it.each(FILTERS)('filters by %s under every sort', async (_name, filter) => {
    for (const sort of SORTS) {
      for (const direction of ['desc', 'asc'] as const) {
        const q: ListQuery = { ...base, ...filter, sort, direction };
        const expected = reference(all, q, NOW);
        expect(await allPages(db, q, 25)).toEqual(expected);
        // The same order when the filter index is too big to sort in memory (the sort index walks with filters).
        expect(await allPages(db, q, 25, 3)).toEqual(expected);
        expect(await countLeads(db, q, NOW)).toBe(expected.length);
        expect(await countLeads(db, q, NOW, 3)).toBe(expected.length);
      }
    }
  });

  it('search matches every query word as a prefix, accents folded', async () => {
    const page = await fetchLeadPage(db, { ...base, search: 'ÁNNA Acm' }, NOW, { offset: 0, limit: 500 });
    expect(page.length).toBeGreaterThan(0);
    for (const lead of page) {
      expect(lead.fullName).toMatch(/^Anna/);
      expect(lead.companyName).toBe('Acme');
    }
    // "ann" also prefixes "annual" in a title: both kinds of lead come back.
    const ann = await fetchLeadPage(db, { ...base, search: 'ann' }, NOW, { offset: 0, limit: 500 });
    expect(ann.some((l) => l.title === 'Annual Planner' && !l.fullName?.startsWith('Anna'))).toBe(true);
  });

  it('has sensible due ranges', () => {
    expect(dueRange('overdue', NOW)).toEqual([0, NOW]);
    const [from, to] = dueRange('today', NOW);
    expect(from).toBeLessThanOrEqual(NOW);
    expect(to - from).toBe(DAY);
    const week = dueRange('week', NOW);
    expect(week[1] - week[0]).toBe(7 * DAY);
  });

  it('honours offset and limit and never returns more than asked', async () => {
    const q: ListQuery = { ...base, stage: 'trial', sort: 'value' };
    const expected = reference(all, q, NOW);
    const page = await fetchLeadPage(db, q, NOW, { offset: 5, limit: 10 });
    expect(page.map((l) => l.id)).toEqual(expected.slice(5, 15));
    expect(await fetchLeadPage(db, q, NOW, { offset: 0, limit: 0 })).toEqual([]);
    expect(await fetchLeadPage(db, q, NOW, { offset: 10_000, limit: 10 })).toEqual([]);
  });

  it('reads a page without loading the table', async () => {
    let read = 0;
    const hook = (lead: Lead) => {
      read += 1;
      return lead;
    };
    db.leads.hook('reading', hook);
    try {
      await fetchLeadPage(db, { ...base, sort: 'created' }, NOW, { offset: 0, limit: 20 });
      expect(read).toBeLessThanOrEqual(20);
      read = 0;
      await fetchLeadPage(db, { ...base, stage: 'demo', sort: 'lastTouch' }, NOW, { offset: 0, limit: 20 });
      expect(read).toBeLessThanOrEqual(N / STAGES.length);
    } finally {
      db.leads.hook('reading').unsubscribe(hook);
    }
  });
});

describe('search by what a rep pastes: an e-mail, a domain, a phone number', () => {
  it('finds a lead by its whole e-mail, its domain and its phone as typed, with or without the country code', async () => {
    const local = freshDb();
    const ids = sequentialIds('contact');
    const save = (fullName: string, email: string, phone: string) =>
      saveCapture(local, { kind: 'person', person: PersonCaptureSchema.parse({ fullName, email, phone, companyName: 'Acme', source: 'website', sourceUrl: `https://acme.example/${fullName.length}`, capturedAt: NOW }) }, NOW, ids);
    await save('Jan Kowalski', 'jan.kowalski@acme.pl', '+48 600 700 800 ext. 12');
    await save('Ion Popescu', 'ion@firma.ro', '+40 721 234 567');
    const names = async (search: string) => (await fetchLeadPage(local, { ...base, search }, NOW, { offset: 0, limit: 10 })).map((l) => l.fullName);
    expect(await names('jan.kowalski@acme.pl')).toEqual(['Jan Kowalski']);
    expect(await names('acme.pl')).toEqual(['Jan Kowalski']);
    expect(await names('firma.ro')).toEqual(['Ion Popescu']);
    for (const typed of ['+48 600 700 800', '600700800', '600-700-800', '0048600700800', '(600) 700 800']) expect(await names(typed), typed).toEqual(['Jan Kowalski']);
    // A trunk zero as the number is dialled at home: 0721 234 567 is +40 721 234 567.
    for (const typed of ['0721234567', '721 234 567', '+40721234567']) expect(await names(typed), typed).toEqual(['Ion Popescu']);
    // The international "00" typed apart from the number, as Polish and Romanian business cards print it.
    for (const typed of ['0048 600 700 800', '(0048) 600-700-800']) expect(await names(typed), typed).toEqual(['Jan Kowalski']);
    expect(await names('0040 721 234 567')).toEqual(['Ion Popescu']);
    expect(await names('0048 721 234 567')).toEqual([]);
    // The extension is not part of the number; another number finds nobody.
    expect(await names('600700800 12')).toEqual([]);
    expect(await names('600700801')).toEqual([]);
    local.close();
  });
});
