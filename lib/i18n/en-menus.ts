/** English strings of the right-click save (merged into the catalog in en.ts). */
export const enMenus = {
  // The message under it is the error put into words (error.*), which already says nothing was saved.
  'notify.saveFailedTitle': 'The lead was not saved',
} as const;
