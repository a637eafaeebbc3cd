import { useLiveQuery } from 'dexie-react-hooks';
import { figuresBuilt } from '@/lib/db/write/figures-store';
import { useDb } from './db-context';
import { useKeptRebuild } from './use-kept-rebuild';

/**
 * Whatever section a page shows first: kept figures found missing (after an upgrade, or a
 * store that lost them) are rebuilt by the background now, not when a section that reads
 * them is first opened. One key read.
 */
export function useFiguresCheck(): void {
  const db = useDb();
  const built = useLiveQuery(() => figuresBuilt(db), [db]);
  useKeptRebuild(db, built === false);
}
