import { PanelRoot } from '@/components/PanelRoot';
import { panelFirstView } from '@/lib/i18n/panel-first-view';
import { panelActions } from '@/lib/pages/actions';
import { mountPage } from '@/lib/pages/mount';
import { parsePanelQuery } from '@/lib/panel/panel-query';

mountPage(<PanelRoot query={parsePanelQuery(location.search)} actions={panelActions()} />, undefined, panelFirstView);
