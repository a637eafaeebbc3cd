import { revertPatch, undoPipeline, updatePipeline, type PipelinePatch } from '@/lib/db/pipeline-edit';
import type { Lead } from '@/lib/schema/records';
import { useUndoStore } from '@/lib/ui/undo-store';
import { useDb } from '../db-context';
import { useWrite } from '../use-write';

/** Save qualification fields of a lead, remembering how to undo, and report failure (put into words) at the field. */
export function usePipelineSave(lead: Lead) {
  const db = useDb();
  const remember = useUndoStore((s) => s.remember);
  const write = useWrite();
  async function save(patch: PipelinePatch, label: string): Promise<boolean> {
    const undo = revertPatch(lead, patch);
    const outcome = await write.run(() => updatePipeline(db, lead.id, patch, Date.now()));
    // Only a change that was stored can be undone, and only while it is still what is stored
    // (another window may have changed the field since: that is not overwritten).
    if (outcome.ok) remember(lead.id, label, () => undoPipeline(db, lead.id, undo, revertPatch(outcome.value.after, patch), Date.now()));
    return outcome.ok;
  }
  return { save, failure: write.failure };
}
