import { t } from '@/lib/i18n';
import { useUndoStore } from '@/lib/ui/undo-store';
import { useWrite } from '../use-write';
import { WriteFailure } from '../WriteFailure';

/** "Undo" for the last change the rep made to this lead; an undo that could not be stored says why. */
export function UndoBar({ leadId }: { leadId: string }) {
  const last = useUndoStore((s) => s.last);
  const undo = useUndoStore((s) => s.undo);
  const write = useWrite();
  const offered = last && last.leadId === leadId;
  if (!offered && !write.failure) return null;
  return (
    <div className="undo-bar">
      {offered && (
        <p>
          <button type="button" onClick={() => void write.run(undo)}>
            {t('undo.button', { change: last.label })}
          </button>
        </p>
      )}
      <WriteFailure text={write.failure} />
    </div>
  );
}
