import { t } from '@/lib/i18n';
import { useUndoStore } from '@/lib/ui/undo-store';

/** "Undo" for the last change the rep made to this lead. */
export function UndoBar({ leadId }: { leadId: string }) {
  const last = useUndoStore((s) => s.last);
  const undo = useUndoStore((s) => s.undo);
  if (!last || last.leadId !== leadId) return null;
  return (
    <p className="undo-bar">
      <button type="button" onClick={() => void undo()}>
        {t('undo.button', { change: last.label })}
      </button>
    </p>
  );
}
