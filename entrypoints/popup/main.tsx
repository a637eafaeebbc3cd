import { PopupApp } from '@/components/PopupApp';
import { popupActions } from '@/lib/pages/actions';
import { mountPage } from '@/lib/pages/mount';

mountPage(<PopupApp actions={popupActions()} />);
