import { PopupApp } from '@/components/PopupApp';
import { popupActions } from '@/lib/pages/actions';
import { mountPage } from '@/lib/pages/mount';
import { parsePanelQuery } from '@/lib/panel/panel-query';

mountPage(<PopupApp actions={popupActions(parsePanelQuery(location.search).tabId)} />);
