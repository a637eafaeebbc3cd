import type { enMenus } from '../en-menus';

/** Russian strings of the right-click save. */
export const ruMenus: Record<keyof typeof enMenus, string> = {
  // The message under it is the error put into words (error.*), which already says nothing was saved.
  'notify.saveFailedTitle': 'Лид не сохранён',
};
