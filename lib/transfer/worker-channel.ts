import { StorageError, type StorageErrorCode } from '../db/errors';

/**
 * A page's requests to one of its workers (the CSV import's, the backup
 * restore's), each answered by one reply, with progress steps before it. Where
 * workers do not exist (jsdom in tests) the same handler runs in the page. Every
 * reply is parsed before it is believed; one that does not parse fails its
 * request instead of leaving the page waiting for ever.
 */

type Request = { id: number };
type Reply = { id: number; type: string };
type Step = { type: 'step'; phase: string; fraction: number };
/** The phases a reply type's progress steps name (never, when it has none). */
type PhaseOf<R> = R extends { type: 'step'; phase: infer P } ? P : never;
type Failed = { type: 'failed'; code: StorageErrorCode | 'bad-request' };
type Transport = { send(request: Request): void; close(): void };
type Pending = { resolve(reply: Reply): void; reject(error: Error): void; onStep?(phase: string, fraction: number): void };

export type WorkerChannel<Req extends Request, Rep extends Reply> = {
  /** Send a request; resolves with its reply of type `expected`, rejects with a StorageError otherwise. */
  ask<T extends Exclude<Rep['type'], 'step' | 'failed'>>(request: Req, expected: T, onStep?: (phase: PhaseOf<Rep>, fraction: number) => void): Promise<Extract<Rep, { type: T }>>;
  /** Stop the worker; requests still waiting fail. */
  close(): void;
};

export type ChannelOptions<Req extends Request, Rep extends Reply> = {
  /** Start the worker (the `new Worker(new URL(…))` must stay literal for the bundler), or undefined to answer in the page. */
  startWorker: (() => Worker) | undefined;
  /** The worker's own handler, run in the page when there is no worker. */
  answerInPage(request: Req, reply: (raw: unknown) => void): void;
  parse(raw: unknown): Rep | undefined;
};

/** The request id a message that did not parse still carries, if any (so its failure can be answered). */
export const idOf = (raw: unknown): number | undefined =>
  typeof raw === 'object' && raw !== null && 'id' in raw && Number.isInteger(raw.id) && Number(raw.id) >= 0 ? Number(raw.id) : undefined;

export function openWorkerChannel<Req extends Request, Rep extends Reply>(options: ChannelOptions<Req, Rep>): WorkerChannel<Req, Rep> {
  const pending = new Map<number, Pending>();

  function receive(raw: unknown) {
    const reply = options.parse(raw);
    const id = reply?.id ?? idOf(raw);
    const waiting = id === undefined ? undefined : pending.get(id);
    if (!waiting || id === undefined) return;
    if (!reply) {
      pending.delete(id);
      return waiting.reject(new StorageError('unknown'));
    }
    if (reply.type === 'step') return waiting.onStep?.((reply as unknown as Step).phase, (reply as unknown as Step).fraction);
    pending.delete(id);
    if (reply.type === 'failed') {
      const { code } = reply as unknown as Failed;
      waiting.reject(new StorageError(code === 'bad-request' ? 'unknown' : code));
    } else waiting.resolve(reply);
  }
  function failAll(error: Error) {
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  }

  let transport: Transport;
  if (options.startWorker && typeof Worker !== 'undefined') {
    const worker = options.startWorker();
    worker.addEventListener('message', (event) => receive(event.data));
    worker.addEventListener('error', () => failAll(new StorageError('unavailable')));
    transport = { send: (request) => worker.postMessage(request), close: () => worker.terminate() };
  } else {
    transport = { send: (request) => options.answerInPage(request as Req, receive), close: () => undefined };
  }

  return {
    ask: (request, expected, onStep) =>
      new Promise((resolve, reject) => {
        pending.set(request.id, {
          resolve: (reply) => (reply.type === expected ? resolve(reply as Extract<Rep, { type: typeof expected }>) : reject(new StorageError('unknown'))),
          reject,
          onStep: onStep as Pending['onStep'],
        });
        transport.send(request);
      }),
    close: () => {
      failAll(new StorageError('unavailable'));
      transport.close();
    },
  };
}
