import type { enReminders } from '../en-reminders';

/** Romanian reminder notifications (lib/background/reminders.ts). */
export const roReminders: Record<keyof typeof enReminders, string> = {
  /** A summary notification's body: the first few leads' names, then how many more. */
  'reminders.notify.namesMore': '{names} și încă {count}',
};
