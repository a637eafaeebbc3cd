import type { PanelActions } from '@/components/PanelApp';
import { startPanel } from '@/lib/pages/panel-start';
import { parsePanelQuery } from '@/lib/panel/panel-query';

// The protocol (and its schemas) load with the first action, not before the first view.
const actions: PanelActions = {
  readTab: (tabId) => import('@/lib/pages/actions').then(({ panelActions }) => panelActions().readTab(tabId)),
  save: (capture) => import('@/lib/pages/actions').then(({ panelActions }) => panelActions().save(capture)),
};

startPanel(parsePanelQuery(location.search), actions);
