import type { LeadsDatabase } from '../db/database';
import { announceCommitted } from '../db/write/commit';
import { StorageError } from '../db/errors';
import { ImportWorkerReply, type ImportWorkerRequest } from '../messaging/protocol';
import type { ImportMapping } from './import-fields';
import { answerImportRequest } from './import-requests';
import { ImportSession, type ImportSummary, type OnStep, type OpenOutcome } from './import-session';
import type { ImportCounts } from './import-save';

/**
 * The options page's handle on a CSV import. Requests go to the import worker;
 * where workers do not exist (jsdom in tests) the same session runs in the page.
 * Every reply is parsed before it is believed.
 */
export type ImportClient = {
  open(file: Blob, onStep?: OnStep): Promise<OpenOutcome>;
  remap(mapping: ImportMapping): Promise<ImportSummary>;
  counts(): Promise<ImportCounts>;
  /** Throws a StorageError when nothing was written. */
  run(onStep?: OnStep): Promise<ImportCounts>;
  close(): void;
};

type Reply = Exclude<ImportWorkerReply, { type: 'step' }>;
type Pending = { resolve(reply: Reply): void; reject(error: Error): void; onStep?: OnStep };
type Transport = { send(request: ImportWorkerRequest): void; close(): void };

function workerTransport(receive: (raw: unknown) => void, fail: (error: Error) => void): Transport | undefined {
  if (typeof Worker === 'undefined') return undefined;
  const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
  worker.addEventListener('message', (event) => receive(event.data));
  worker.addEventListener('error', () => fail(new StorageError('unavailable')));
  return { send: (request) => worker.postMessage(request), close: () => worker.terminate() };
}

function pageTransport(db: LeadsDatabase, clock: () => number, receive: (raw: unknown) => void): Transport {
  const session = new ImportSession(db, clock);
  return { send: (request) => void answerImportRequest(session, request, receive), close: () => undefined };
}

export function createImportClient(db: LeadsDatabase, clock: () => number, useWorker = true): ImportClient {
  const pending = new Map<number, Pending>();
  let nextId = 1;

  function receive(raw: unknown) {
    const reply = ImportWorkerReply.safeParse(raw);
    if (!reply.success) return;
    const waiting = pending.get(reply.data.id);
    if (!waiting) return;
    if (reply.data.type === 'step') return waiting.onStep?.(reply.data.phase, reply.data.fraction);
    pending.delete(reply.data.id);
    if (reply.data.type === 'failed') waiting.reject(new StorageError(reply.data.code === 'bad-request' ? 'unknown' : reply.data.code));
    else waiting.resolve(reply.data);
  }
  function failAll(error: Error) {
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  }
  const transport = (useWorker && workerTransport(receive, failAll)) || pageTransport(db, clock, receive);

  function ask<T extends Reply['type']>(request: ImportWorkerRequest, expected: T, onStep?: OnStep): Promise<Extract<Reply, { type: T }>> {
    return new Promise((resolve, reject) => {
      pending.set(request.id, {
        resolve: (reply) => (reply.type === expected ? resolve(reply as Extract<Reply, { type: T }>) : reject(new StorageError('unknown'))),
        reject,
        onStep,
      });
      transport.send(request);
    });
  }

  return {
    open: async (file, onStep) => (await ask({ type: 'import.open', id: nextId++, file }, 'opened', onStep)).outcome,
    remap: async (mapping) => (await ask({ type: 'import.map', id: nextId++, mapping }, 'mapped')).summary,
    counts: async () => (await ask({ type: 'import.count', id: nextId++ }, 'counted')).counts,
    run: async (onStep) => {
      const { counts } = await ask({ type: 'import.run', id: nextId++ }, 'imported', onStep);
      // The worker cannot reach the background: the page passes on that rows were written (SQL crossings among them).
      if (counts.created + counts.merged > 0) announceCommitted({ crossings: 1 });
      return counts;
    },
    close: () => {
      failAll(new StorageError('unavailable'));
      transport.close();
    },
  };
}
