import { toStorageError } from '../db/errors';
import { ImportWorkerRequest, type ImportWorkerReply } from '../messaging/protocol';
import type { ImportSession, OnStep } from './import-session';
import { idOf } from './worker-channel';

/**
 * The import worker's side of its protocol: parse a request, run it on the
 * session, answer with progress steps and one reply. The worker wires this to
 * postMessage; without a worker the page calls it directly, so both go through
 * the same parsing on both ends.
 */
export async function answerImportRequest(session: ImportSession, raw: unknown, reply: (message: ImportWorkerReply) => void): Promise<void> {
  const parsed = ImportWorkerRequest.safeParse(raw);
  if (!parsed.success) {
    return reply({ type: 'failed', id: idOf(raw) ?? 0, code: 'bad-request' });
  }
  const request = parsed.data;
  const { id } = request;
  const onStep: OnStep = (phase, fraction) => reply({ type: 'step', id, phase, fraction: Math.min(1, Math.max(0, fraction)) });
  try {
    switch (request.type) {
      case 'import.open':
        return reply({ type: 'opened', id, outcome: await session.open(request.file, onStep) });
      case 'import.map':
        return reply({ type: 'mapped', id, summary: session.remap(request.mapping) });
      case 'import.count':
        return reply({ type: 'counted', id, counts: await session.counts() });
      case 'import.run':
        return reply({ type: 'imported', id, counts: await session.run(onStep) });
    }
  } catch (error) {
    reply({ type: 'failed', id, code: toStorageError(error).code });
  }
}
