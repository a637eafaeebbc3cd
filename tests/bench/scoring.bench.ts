import { printTable } from './harness/report';
import { expect, it } from 'vitest';
import { DEFAULT_RULESET, defaultRuleSet } from '../../lib/scoring/defaults';
import { createScorer, scoreLead } from '../../lib/scoring/engine';
import type { ScoreLabel, ScoreResult, ScoringInput } from '../../lib/scoring/schema';

/**
 * Scoring speed in Node (issue 3: "scoring one lead: well under a millisecond;
 * report the figure"). Scores 100,000 realistic leads (about five activities
 * each, deterministic) with the default rules three ways: scoreLead with
 * DEFAULT_RULESET (frozen, so its compiled form is reused), scoreLead with an
 * unfrozen copy (as a rule set read from the database: compiled on every call)
 * and createScorer (compiled once). The floor, measured in the
 * same run, is a structuredClone of each input: the cost of merely touching
 * every record once. Prints a table; asserts only that the results are sane.
 */

const LEADS = Number(process.env.BENCH_LEADS ?? 100_000);
const NOW = Date.UTC(2026, 0, 15);
const DAY = 86_400_000;

// mulberry32: small, fast, deterministic.
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TITLES = [
  'Head of Sales', 'VP of Sales', 'Sales Director EMEA', 'Chief Revenue Officer', 'Dyrektor Sprzedaży', 'Account Executive',
  'Senior Account Manager', 'Marketing Manager', 'Software Engineer', 'CEO & Co-Founder', 'Geschäftsführer', 'Kierownik Działu Handlowego',
  'Directeur Commercial', 'Business Development Representative', 'Office Manager', 'Head of Growth', 'CTO', 'Sales Operations Analyst',
];
const HEADLINES = ['Helping SaaS teams sell more', 'Revenue leader | B2B', 'Building the future of logistics', '', 'Sales @ Acme'];
const INDUSTRIES = ['Software Development', 'IT Services and IT Consulting', 'Financial Services', 'Logistics', 'Manufacturing', 'Retail'];
const SIZES = ['2-10 employees', '11-50 employees', '51-200 employees', '201-500 employees', '501-1,000 employees', '1,001-5,000 employees', '10,001+ employees', '51–200 pracowników'];
const LOCATIONS = ['Warsaw, Mazowieckie, Poland', 'Berlin, Germany', 'London, England, United Kingdom', 'Paris, Île-de-France, France', 'Kraków, Poland'];
const TAGS = ['customer', 'event-2025', 'inaccurate data', 'partner', 'follow-up', 'webinar'];
const KINDS = ['email-opened', 'email-opened', 'email-opened', 'link-clicked', 'pricing-visited', 'email-sent', 'reply-received', 'captured', 'invite-accepted'] as const;

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)] as T;
}

function makeInputs(count: number): ScoringInput[] {
  const rand = prng(20260115);
  const inputs: ScoringInput[] = [];
  for (let i = 0; i < count; i++) {
    const activity: ScoringInput['activity'] = {};
    const n = 3 + Math.floor(rand() * 5); // 3..7, about five on average
    for (let k = 0; k < n; k++) {
      const kind = pick(rand, KINDS);
      ((activity[kind] ??= []) as number[]).push(NOW - Math.floor(rand() * 150 * DAY));
    }
    const tags: string[] = [];
    if (rand() < 0.3) tags.push(pick(rand, TAGS));
    if (rand() < 0.1) tags.push(pick(rand, TAGS));
    inputs.push({
      title: pick(rand, TITLES),
      headline: pick(rand, HEADLINES) || undefined,
      companyName: `Company ${i % 5000}`,
      industry: pick(rand, INDUSTRIES),
      sizeBand: pick(rand, SIZES),
      location: pick(rand, LOCATIONS),
      source: 'linkedin',
      email: rand() < 0.6 ? `lead${i}@example.com` : undefined,
      phone: rand() < 0.3 ? '+48 600 000 000' : undefined,
      tags,
      activity,
    });
  }
  return inputs;
}

function time<T>(fn: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = fn();
  return { ms: performance.now() - start, value };
}

it(`scores ${LEADS.toLocaleString('en')} leads against a structuredClone floor`, () => {
  const inputs = makeInputs(LEADS);
  const scorer = createScorer(DEFAULT_RULESET);
  const unfrozen = defaultRuleSet();

  // Each pass touches every lead once and keeps only running sums (no 100,000 results held
  // in memory, which would time the garbage collector rather than the scoring).
  type Tally = { sum: number; finite: boolean; labels: Record<ScoreLabel, number>; last: ScoreResult | undefined };
  const tally = (score: (input: ScoringInput) => ScoreResult) => () => {
    const t: Tally = { sum: 0, finite: true, labels: { cold: 0, mql: 0, sql: 0 }, last: undefined };
    for (const input of inputs) {
      const result = score(input);
      t.sum += result.total;
      t.finite &&= Number.isFinite(result.total);
      t.labels[result.label] += 1;
      t.last = result;
    }
    return t;
  };
  const floor = () => {
    let sink = 0;
    for (const input of inputs) sink += structuredClone(input).tags.length;
    return sink;
  };
  const viaScoreLead = tally((input) => scoreLead(input, DEFAULT_RULESET, NOW));
  const viaUnfrozen = tally((input) => scoreLead(input, unfrozen, NOW));
  const viaScorer = tally((input) => scorer(input, NOW));

  // One untimed pass of each path first (the JIT and the fold caches warm up), then three
  // interleaved rounds; the table shows each path's median (one round can catch a GC pause).
  const ROUNDS = 3;
  const ms = { floor: [] as number[], scoreLead: [] as number[], unfrozen: [] as number[], scorer: [] as number[] };
  let floorRun = time(floor);
  let leadRun = time(viaScoreLead);
  let unfrozenRun = time(viaUnfrozen);
  let scorerRun = time(viaScorer);
  for (let round = 0; round < ROUNDS; round++) {
    floorRun = time(floor);
    ms.floor.push(floorRun.ms);
    leadRun = time(viaScoreLead);
    ms.scoreLead.push(leadRun.ms);
    unfrozenRun = time(viaUnfrozen);
    ms.unfrozen.push(unfrozenRun.ms);
    scorerRun = time(viaScorer);
    ms.scorer.push(scorerRun.ms);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
  const floorMs = median(ms.floor);
  const rows = [
    ['structuredClone (floor)', floorMs],
    ['scoreLead (frozen rules)', median(ms.scoreLead)],
    ['scoreLead (unfrozen copy)', median(ms.unfrozen)],
    ['createScorer', median(ms.scorer)],
  ] as const;
  const lines = [
    `Scoring ${LEADS.toLocaleString('en')} leads in Node ${process.version} (default rules, ~5 activities each; median of ${ROUNDS} rounds)`,
    `${'path'.padEnd(28)}${'µs/lead'.padStart(10)}${'total ms'.padStart(12)}${'x floor'.padStart(10)}`,
    ...rows.map(
      ([name, total]) =>
        `${name.padEnd(28)}${((total * 1000) / LEADS).toFixed(2).padStart(10)}${total.toFixed(1).padStart(12)}${(total / floorMs).toFixed(2).padStart(10)}`,
    ),
  ];
  console.log(lines.join('\n'));
  printTable(
    `Scoring in Node ${process.version} (${LEADS.toLocaleString('en')} leads, default rules, ~5 activities each, median of ${ROUNDS} rounds)`,
    rows.map(([name, total]) => [name, `${((total * 1000) / LEADS).toFixed(2)} µs/lead (${total.toFixed(0)} ms)`, (total / floorMs).toFixed(2)]),
  );

  // Sanity, not speed: both paths agree, totals are finite, every label occurs.
  for (const run of [leadRun.value, unfrozenRun.value, scorerRun.value]) {
    expect(run.finite).toBe(true);
    expect(run.labels.cold + run.labels.mql + run.labels.sql).toBe(LEADS);
    expect(run.labels.cold).toBeGreaterThan(0);
    expect(run.labels.mql).toBeGreaterThan(0);
    expect(run.labels.sql).toBeGreaterThan(0);
  }
  for (const run of [unfrozenRun.value, scorerRun.value]) {
    expect(run.sum).toBe(leadRun.value.sum);
    expect(run.last).toEqual(leadRun.value.last);
  }
  expect(floorRun.value).toBeGreaterThanOrEqual(0);
}, 300_000);
