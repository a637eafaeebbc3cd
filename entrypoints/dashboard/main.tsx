import { DashboardApp } from '@/components/dashboard/DashboardApp';
import { mountPage } from '@/lib/pages/mount';

mountPage(<DashboardApp />);
