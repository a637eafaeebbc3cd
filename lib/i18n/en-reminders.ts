/** Reminder notifications (lib/background/reminders.ts). */
export const enReminders = {
  /** A summary notification's body: the first few leads' names, then how many more. */
  'reminders.notify.namesMore': '{names} and {count} more',
} as const;
