/** English strings of the language choice (options page). */
export const enLanguage = {
  'language.label': 'Language',
  'language.auto': 'Browser language ({language})',
  'language.hint': 'Pages, notifications, the right-click menu and the button on LinkedIn all follow this choice.',
  'perm.storage': 'Keeps your language choice and the few words the LinkedIn button shows, in your browser only.',
} as const;
