import { t } from '@/lib/i18n';
import { DashboardApp } from '@/components/dashboard/DashboardApp';
import { mountPage } from '@/lib/pages/mount';

mountPage(<DashboardApp />, () => `${t('dash.title')} — ${t('app.name')}`);
