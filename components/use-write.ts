import { useCallback, useState } from 'react';
import { writeFailureText } from '@/lib/ui/write-failure';

export type WriteOutcome<T> = { ok: true; value: T } | { ok: false };

/**
 * The one way a page runs a write the rep asked for: a write that fails is never
 * silent. `failure` holds the failure put into words until the next write succeeds
 * (show it with <WriteFailure>); the caller learns from the outcome whether to move
 * its own state on (clear a draft, remember an undo) or leave it as it was.
 */
export function useWrite() {
  const [failure, setFailure] = useState<string>();
  const run = useCallback(async <T>(write: () => Promise<T>): Promise<WriteOutcome<T>> => {
    try {
      const value = await write();
      setFailure(undefined);
      return { ok: true, value };
    } catch (error) {
      setFailure(writeFailureText(error));
      return { ok: false };
    }
  }, []);
  const clear = useCallback(() => setFailure(undefined), []);
  return { run, failure, clear };
}
