import { useEffect, useState } from 'react';
import { takeUnfinishedTransfer, type TransferKind } from '@/lib/transfer/unfinished';
import { useDb } from '../db-context';

/**
 * Whether the last transfer of this kind started and never committed (its page closed
 * mid-way): read once when the screen opens, and taken, so the rep is told once; `forget`
 * when the rep moves on (chooses a file). (No
 * "still mounted" guard: under StrictMode's second effect run the first take holds the
 * note, and its answer must still reach the screen.)
 */
export function useUnfinishedTransfer(kind: TransferKind): { unfinished: boolean; forget(): void } {
  const db = useDb();
  const [unfinished, setUnfinished] = useState(false);
  useEffect(() => {
    void takeUnfinishedTransfer(db, kind)
      .then((note) => note && setUnfinished(true))
      .catch(() => undefined);
  }, [db, kind]);
  return { unfinished, forget: () => setUnfinished(false) };
}
