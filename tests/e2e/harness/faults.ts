import type { CDPSession, Page } from 'playwright-core';
import type { Activity, Lead } from '../../../lib/schema/records';
import { figuresOf } from '../../../lib/metrics/figures/contributions';
import { rowsOfDelta } from '../../unit/helpers/figures';
import type { ChromiumSession } from './chromium';

/**
 * Fault injection in real Chromium. The service worker is stopped over the
 * DevTools protocol, as Chrome stops an idle or overworked extension worker:
 * whatever it was doing is cut where it stood (an open IndexedDB transaction
 * aborts, a message being answered is never answered). Chrome starts it again
 * on the next event for it.
 */
export class WorkerStopper {
  private cdp?: Promise<CDPSession>;
  /** The running status of each worker version, as the ServiceWorker domain reports it. */
  private readonly status = new Map<string, string>();
  private stoppedEvents = 0;
  stops = 0;

  constructor(
    private readonly session: ChromiumSession,
    /** Any open extension page: the DevTools calls that watch and stop workers are made from a page target. */
    private readonly page: Page,
  ) {}

  private watch(): Promise<CDPSession> {
    this.cdp ??= (async () => {
      const cdp = await this.page.context().newCDPSession(this.page);
      cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        for (const v of versions) {
          if (!v.scriptURL.includes(this.session.extensionId)) continue;
          if (v.runningStatus === 'stopped' && this.status.get(v.versionId) !== 'stopped') this.stoppedEvents += 1;
          this.status.set(v.versionId, v.runningStatus);
        }
      });
      await cdp.send('ServiceWorker.enable');
      return cdp;
    })();
    return this.cdp;
  }

  /** Start watching the worker (call before the first fault): resolves once its status is known. */
  async attach(): Promise<this> {
    await this.watch();
    const deadline = Date.now() + 10_000;
    while (this.status.size === 0) {
      if (Date.now() > deadline) throw new Error('no service worker reported');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    return this;
  }

  /** Stop the worker now, and wait until it has stopped (the next event for it starts it again). */
  async stop(): Promise<void> {
    const cdp = await this.watch();
    const seen = this.stoppedEvents;
    this.stops += 1;
    await cdp.send('ServiceWorker.stopAllWorkers');
    const deadline = Date.now() + 10_000;
    while (this.stoppedEvents === seen && [...this.status.values()].some((s) => s !== 'stopped')) {
      if (Date.now() > deadline) throw new Error(`the service worker did not stop (${[...this.status.values()].join(', ')})`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  /** Give the stopped worker its next event (a message from a page), which starts it again. */
  async wake(): Promise<void> {
    await this.page.evaluate(() =>
      (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'crossings.check' }),
    );
  }
}

/** Resolve after `ms`: the fault points are times, drawn from the seeded generator. */
export const after = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

type FigureRows = { totals: Record<string, unknown>; stages: Record<string, unknown>; days: Record<string, unknown>; response: Record<string, unknown> };
export type RawState = { leads: Lead[]; activities: Activity[]; kept: FigureRows; pending: number; changes: { table: string; key: string; kind: string }[]; crossings: { leadId: string }[] };

/**
 * Every record the checks need, read in one read transaction from an extension page (never
 * from the worker, which may be stopped). Crosses the DevTools pipe as one JSON string, which is
 * many times faster than the structured serialisation of tens of thousands of objects.
 */
export async function readRawState(page: Page): Promise<RawState> {
  return JSON.parse(await readRawJson(page)) as RawState;
}

function readRawJson(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('prospecting-assistant');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const stores = ['leads', 'activities', 'figures', 'stageFigures', 'dailyFigures', 'responseFigures', 'pendingFigures', 'changes', 'crossings'];
          const tx = db.transaction(stores);
          const got: Record<string, unknown[]> = {};
          for (const store of stores) {
            const request = tx.objectStore(store).getAll();
            request.onsuccess = () => (got[store] = request.result as unknown[]);
          }
          tx.oncomplete = () => {
            db.close();
            const byKey = (rows: unknown[], key: string) => Object.fromEntries((rows as Record<string, unknown>[]).map((r) => [String(r[key]), r]));
            const { updatedAt: _u, ...totals } = ((got.figures ?? []) as Record<string, unknown>[]).find((r) => r.key === 'totals') ?? {};
            const state: RawState = {
              leads: got.leads as RawState['leads'],
              activities: got.activities as RawState['activities'],
              kept: { totals, stages: byKey(got.stageFigures ?? [], 'stageId'), days: byKey(got.dailyFigures ?? [], 'day'), response: byKey(got.responseFigures ?? [], 'day') },
              pending: (got.pendingFigures ?? []).length,
              changes: (got.changes ?? []).map((c) => {
                const { table, key, kind } = c as { table: string; key: string; kind: string };
                return { table, key, kind };
              }),
              crossings: (got.crossings ?? []).map((c) => ({ leadId: (c as { leadId: string }).leadId })),
            };
            resolve(JSON.stringify(state));
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

/** The figure rows counted from scratch from the stored leads and touches: what the kept rows must equal. */
export function recomputedFigures(state: Pick<RawState, 'leads' | 'activities'>): FigureRows {
  const byLead = new Map<string, Activity[]>();
  for (const a of state.activities) (byLead.get(a.leadId) ?? byLead.set(a.leadId, []).get(a.leadId)!).push(a);
  const { totals, put } = rowsOfDelta(figuresOf(state.leads, (id) => byLead.get(id) ?? []), Date.now());
  const { updatedAt: _u, ...rest } = totals;
  const byKey = <T>(rows: T[], key: (r: T) => string | number) => Object.fromEntries(rows.map((r) => [String(key(r)), r]));
  return { totals: rest, stages: byKey(put.stages, (r) => r.stageId), days: byKey(put.days, (r) => r.day), response: byKey(put.response, (r) => r.day) };
}

/** Wait until the figures are built and no long write's figures wait to be folded in (the background folds what a closed page left); then read everything. */
export async function settledState(page: Page, timeout = 60_000): Promise<RawState> {
  const deadline = Date.now() + timeout;
  const settled = () =>
    page.evaluate(
      () =>
        new Promise<boolean>((resolve, reject) => {
          const open = indexedDB.open('prospecting-assistant');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction(['figures', 'pendingFigures']);
            const totals = tx.objectStore('figures').get('totals');
            const pending = tx.objectStore('pendingFigures').count();
            tx.oncomplete = () => {
              db.close();
              resolve(totals.result !== undefined && pending.result === 0);
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
  while (!(await settled())) {
    if (Date.now() > deadline) throw new Error('the figures were never built, or a long write was never folded in');
    await after(250);
  }
  return readRawState(page);
}

/** One line per case, the figures docs/faults.md reports. */
export function figuresLine(name: string, f: { runs: number; faults: number; records: number; lost: number; doubled: number; extra?: string }): string {
  const line = `faults | ${name} | runs ${f.runs} | faults injected ${f.faults} | records checked ${f.records.toLocaleString('en')} | lost ${f.lost} | doubled ${f.doubled}${f.extra ? ` | ${f.extra}` : ''}`;
  console.log(line);
  return line;
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();

/**
 * The names of the buttons a screen reader finds on the page (our closed root's among
 * them), asked of the browser by role: much cheaper than the full tree, so four tabs can
 * watch their control every 50 ms on two cores. Returns their DOM nodes for clicking.
 */
export async function axButtons(page: Page): Promise<{ name: string; backendNodeId?: number }[]> {
  let session = sessions.get(page);
  if (!session) {
    // With the domain on, the browser keeps the page's accessibility tree up to date instead of building it for each query.
    session = page.context().newCDPSession(page).then(async (cdp) => (await cdp.send('Accessibility.enable' as never), cdp));
    sessions.set(page, session);
  }
  const cdp = await session;
  const { root } = (await cdp.send('DOM.getDocument', { depth: 0 })) as { root: { backendNodeId: number } };
  const { nodes } = (await cdp.send('Accessibility.queryAXTree' as never, { backendNodeId: root.backendNodeId, role: 'button' } as never)) as unknown as {
    nodes: { ignored?: boolean; name?: { value?: unknown }; backendDOMNodeId?: number }[];
  };
  return nodes.filter((n) => !n.ignored).map((n) => ({ name: String(n.name?.value ?? ''), backendNodeId: n.backendDOMNodeId }));
}
