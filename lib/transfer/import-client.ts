import type { LeadsDatabase } from '../db/database';
import { announceCommitted } from '../db/write/commit';
import { ImportWorkerReply, type ImportWorkerRequest } from '../messaging/protocol';
import type { ImportMapping } from './import-fields';
import { answerImportRequest } from './import-requests';
import { ImportSession, type ImportSummary, type OnStep, type OpenOutcome } from './import-session';
import { openWorkerChannel } from './worker-channel';
import type { ImportCounts } from './import-save';

/**
 * The options page's handle on a CSV import. Requests go to the import worker;
 * where workers do not exist (jsdom in tests) the same session runs in the page.
 * Every reply is parsed before it is believed (worker-channel.ts).
 */
export type ImportClient = {
  open(file: Blob, onStep?: OnStep): Promise<OpenOutcome>;
  remap(mapping: ImportMapping): Promise<ImportSummary>;
  counts(): Promise<ImportCounts>;
  /** Throws a StorageError when nothing was written. */
  run(onStep?: OnStep): Promise<ImportCounts>;
  close(): void;
};

export function createImportClient(db: LeadsDatabase, clock: () => number, useWorker = true): ImportClient {
  let nextId = 1;
  let session: ImportSession | undefined;
  const channel = openWorkerChannel<ImportWorkerRequest, ImportWorkerReply>({
    startWorker: useWorker ? () => new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' }) : undefined,
    answerInPage: (request, reply) => void answerImportRequest((session ??= new ImportSession(db, clock)), request, reply),
    parse: (raw) => ImportWorkerReply.safeParse(raw).data,
  });
  const ask = channel.ask;

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
    close: channel.close,
  };
}
