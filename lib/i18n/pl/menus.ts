import type { enMenus } from '../en-menus';

/** Polish strings of the right-click save. */
export const plMenus: Record<keyof typeof enMenus, string> = {
  'notify.saveFailedTitle': 'Lead nie został zapisany',
};
