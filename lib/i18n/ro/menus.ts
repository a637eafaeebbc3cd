import type { enMenus } from '../en-menus';

/** Romanian strings of the right-click save. */
export const roMenus: Record<keyof typeof enMenus, string> = {
  // The message under it is the error put into words (error.*), which already says nothing was saved.
  'notify.saveFailedTitle': 'Leadul nu a fost salvat',
};
