import type { Page } from 'playwright-core';
import { applyScore } from '../../../lib/scoring/apply';
import { DEFAULT_RULESET } from '../../../lib/scoring/defaults';
import type { Lead } from '../../../lib/schema/records';

/**
 * Seeds the extension's database from inside an extension page with N schema-v3
 * leads (and their activities), generated in the page so nothing large crosses
 * the DevTools pipe. Returns how long a raw IndexedDB put of those lead records
 * in one transaction took: the floor the benchmarks compare against.
 *
 * The leads are stored as the app would store them: scored by the default rules
 * at `now`. The scores are computed here in Node with the app's own scoring, from
 * the same generated records, and only the few distinct score fields and each
 * lead's index into them cross to the page. Unscored leads (score 0 beside
 * activities worth points) are records the app never writes, and the first
 * rescore (the fading alarm fires a minute after install) would rewrite nearly
 * every one of them while a benchmark measures.
 */
export type SeedOptions = { leads: number; activitiesPerLead: number; now: number; /** Measure the raw-put floor (a second put of the leads); on unless false. */ floor?: boolean };
export type SeedResult = { floorMs: number; leads: number };

export async function seedLeads(page: Page, options: SeedOptions): Promise<SeedResult> {
  const scores = seedScores(seedRecords(options).records, options.now);
  // One expression with both functions' source: the page cannot import, and an extension page's CSP forbids eval.
  const generate = `(${seedRecords.toString()})(${JSON.stringify(options)})`;
  return page.evaluate(`(${seedInPage.toString()})(${generate}, ${JSON.stringify(scores)}, ${options.now})`) as Promise<SeedResult>;
}

type ScoreFields = Pick<Lead, 'score' | 'scoreLabel' | 'labelByHand' | 'sqlAt' | 'scoreHistory'>;
export type SeedScores = { fields: ScoreFields[]; of: number[] };

/** Each lead's score fields as saving it would set them (few distinct ones: many leads share a score), by index. */
export function seedScores(records: Record<string, unknown>[], now: number): SeedScores {
  const fields: ScoreFields[] = [];
  const index = new Map<string, number>();
  const of = records.map((record) => {
    const { score, scoreLabel, labelByHand, sqlAt, scoreHistory } = applyScore(record as unknown as Lead, undefined, DEFAULT_RULESET, now).lead;
    const entry: ScoreFields = sqlAt === undefined ? { score, scoreLabel, labelByHand, scoreHistory } : { score, scoreLabel, labelByHand, sqlAt, scoreHistory };
    const key = JSON.stringify(entry);
    let at = index.get(key);
    if (at === undefined) index.set(key, (at = fields.push(entry) - 1));
    return at;
  });
  return { fields, of };
}

/**
 * The generated lead and activity records, the same on every call with the same
 * options. Runs in Node (to score them) and in the page (to store them), so it
 * may use nothing from outside itself.
 */
export function seedRecords({ leads, activitiesPerLead, now, floor }: SeedOptions): { records: Record<string, unknown>[]; activities: Record<string, unknown>[]; floor?: boolean } {
  const titles = ['Head of Sales', 'VP Sales', 'Software Engineer', 'Sales Director', 'CTO', 'Account Executive', 'Marketing Manager', 'Dyrektor sprzedaży'];
  const companies = ['Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Żabka', 'Northwind', 'Contoso'];
  const kinds = ['email-opened', 'link-clicked', 'pricing-visited', 'linkedin-message', 'reply-received'];
  let seed = 42;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = (list: string[]) => list[Math.floor(rand() * list.length)] ?? '';
  const records: Record<string, unknown>[] = [];
  const activities: Record<string, unknown>[] = [];
  for (let i = 0; i < leads; i++) {
    const id = `bench-${String(i).padStart(7, '0')}`;
    const title = pick(titles);
    const companyName = pick(companies);
    // Created over the last 14 months, each moved to its stage part-way since: windows and trends have data.
    const createdDaysAgo = 20 + ((i * 37) % 400);
    const createdAt = now - createdDaysAgo * 86_400_000;
    const stageChangedAt = createdAt + Math.floor((((i * 13) % 10) / 10) * (createdDaysAgo - 1)) * 86_400_000;
    const summary: Record<string, number[]> = { captured: [now - 90 * 86_400_000] };
    for (let a = 0; a < activitiesPerLead; a++) {
      const kind = pick(kinds);
      // Half a day off the day boundaries the rules count in (30 quiet days, 90-day windows): a
      // score taken at `now` still holds minutes later, as it does for leads the app scored.
      const at = now - (Math.floor(rand() * 120) + 0.5) * 86_400_000;
      (summary[kind] ??= []).push(at);
      activities.push({ id: `${id}-a${a}`, leadId: id, kind, direction: 'inbound', at, createdAt: at });
    }
    for (const list of Object.values(summary)) list.sort((x, y) => x - y);
    records.push({
      id,
      fullName: `Lead ${i}`,
      title,
      companyName,
      linkedinUrl: `https://www.linkedin.com/in/bench-${i}/`,
      words: ['lead', String(i), ...title.toLowerCase().split(' '), companyName.toLowerCase()],
      tags: i % 10 === 0 ? ['inaccurate data'] : [],
      editedFields: [],
      source: 'linkedin',
      createdAt,
      updatedAt: stageChangedAt,
      // Unscored here; seedLeads stores each with its score.
      score: 0,
      scoreLabel: 'cold',
      labelByHand: false,
      scoreHistory: [],
      activitySummary: summary,
      stageId: ['new', 'discovery', 'qualified', 'demo', 'trial', 'negotiation', 'won', 'lost'][i % 8],
      stageChangedAt,
      dealValue: 1_000 + (i % 50) * 500,
      // A few deals in another currency, which velocity must leave out of the average and say so.
      ...(i % 97 === 0 ? { currency: 'EUR' } : {}),
      bant: { budget: { checked: false }, authority: { checked: false }, need: { checked: false }, timeline: { checked: false } },
      reactivations: 0,
      lastTouchAt: Math.max(...Object.entries(summary).filter(([k]) => k !== 'captured').flatMap(([, v]) => v), now - 90 * 86_400_000),
    });
  }
  return { records, activities, floor };
}

/** Stores the generated records with their scores. Serialised into the page: it may use nothing from outside itself. */
export function seedInPage(
  generated: { records: Record<string, unknown>[]; activities: Record<string, unknown>[]; floor?: boolean },
  scores: SeedScores,
  _now: number,
): Promise<SeedResult> {
  const { activities } = generated;
  const records = generated.records.map((record, i) => ({ ...record, ...scores.fields[scores.of[i] ?? -1] }));
  const leads = records.length;
  const put = (db: IDBDatabase, store: string, rows: Record<string, unknown>[]) =>
    new Promise<number>((resolve, reject) => {
      const start = performance.now();
      const tx = db.transaction(store, 'readwrite');
      const os = tx.objectStore(store);
      for (const row of rows) os.put(row);
      tx.oncomplete = () => resolve(performance.now() - start);
      tx.onerror = () => reject(tx.error);
    });
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('prospecting-assistant');
    open.onerror = () => reject(open.error);
    open.onsuccess = async () => {
      const db = open.result;
      try {
        await put(db, 'activities', activities);
        await put(db, 'leads', records);
        // The floor: the same lead records put again, in one transaction (tests that only need the data skip it).
        const floorMs = generated.floor !== false ? await put(db, 'leads', records) : 0;
        // The kept figures no longer hold: drop them, so the app rebuilds them from the records (as after an upgrade).
        await new Promise<void>((res, rej) => {
          const stores = ['figures', 'stageFigures', 'dailyFigures', 'responseFigures', 'pendingFigures'];
          const tx = db.transaction(stores, 'readwrite');
          for (const store of stores) tx.objectStore(store).clear();
          tx.oncomplete = () => res();
          tx.onerror = () => rej(tx.error);
        });
        db.close();
        resolve({ floorMs, leads });
      } catch (error) {
        reject(error);
      }
    };
  });
}

/**
 * Put the given records straight into the extension's stores, as an older
 * version or a crash could leave them: the kept figures are not touched, so the
 * app must notice they disagree and rebuild them. Serialised into the page.
 */
export function putRecordsInPage(rows: { store: string; records: unknown[] }[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('prospecting-assistant');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      try {
        const tx = db.transaction(
          rows.map((r) => r.store),
          'readwrite',
        );
        for (const { store, records } of rows) for (const record of records) tx.objectStore(store).put(record);
        tx.oncomplete = () => {
          db.close();
          resolve();
        };
        tx.onerror = () => reject(tx.error);
      } catch (error) {
        // A store the database does not have: say so instead of leaving the test waiting.
        db.close();
        reject(error);
      }
    };
  });
}
