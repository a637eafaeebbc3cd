/** The ids of our right-click items (also what the end-to-end tests look for). */
export const MENU_SELECTION = 'save-selection';
export const MENU_LINK = 'save-link';
