import { t } from '@/lib/i18n';
import { usePanelStore } from '@/lib/ui/panel-store';

/** The panel's navigation: the list, the manual form, back to the current page's lead. The same in the first view and the live panel. */
export function PanelNav() {
  const { view, pickedLeadId, pick, showList, showNew } = usePanelStore();
  const showingList = view === 'list';
  return (
    <nav className="panel-nav">
      <button type="button" onClick={showList} aria-pressed={showingList}>
        {t('panel.backToList')}
      </button>
      <button type="button" onClick={showNew} aria-pressed={view === 'new'}>
        {t('panel.addLead')}
      </button>
      {(view !== 'lead' || pickedLeadId) && (
        <button type="button" onClick={() => pick(undefined)}>
          {t('panel.currentPage')}
        </button>
      )}
    </nav>
  );
}
