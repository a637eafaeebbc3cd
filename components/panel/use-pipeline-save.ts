import { useState } from 'react';
import { revertPatch, updatePipeline, type PipelinePatch } from '@/lib/db/pipeline-edit';
import { t } from '@/lib/i18n';
import type { Lead } from '@/lib/schema/records';
import { useUndoStore } from '@/lib/ui/undo-store';
import { useDb } from '../db-context';

/** Save qualification fields of a lead, remembering how to undo, and report failure at the field. */
export function usePipelineSave(lead: Lead) {
  const db = useDb();
  const remember = useUndoStore((s) => s.remember);
  const [failed, setFailed] = useState(false);
  async function save(patch: PipelinePatch, label: string): Promise<boolean> {
    const undo = revertPatch(lead, patch);
    try {
      await updatePipeline(db, lead.id, patch, Date.now());
      setFailed(false);
      remember(lead.id, label, () => updatePipeline(db, lead.id, undo, Date.now()).then(() => undefined));
      return true;
    } catch {
      setFailed(true);
      return false;
    }
  }
  return { save, failed, failedText: t('field.invalid') };
}
