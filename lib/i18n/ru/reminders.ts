import type { enReminders } from '../en-reminders';

/** Russian: reminder notifications (lib/background/reminders.ts). */
export const ruReminders: Record<keyof typeof enReminders, string> = {
  /** A summary notification's body: the first few leads' names, then how many more. */
  'reminders.notify.namesMore': '{names} и ещё {count}',
};
