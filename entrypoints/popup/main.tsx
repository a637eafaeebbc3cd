import { startPopup } from '@/lib/pages/popup-start';

startPopup();
