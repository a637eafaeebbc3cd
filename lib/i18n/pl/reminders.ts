import type { enReminders } from '../en-reminders';

/** Polish reminder notifications. */
export const plReminders: Record<keyof typeof enReminders, string> = {
  /** The count arrives already formatted (a string), so the branches insert {count} rather than #. */
  'reminders.notify.namesMore':
    '{names} i {count, plural, one {jeszcze {count} osoba} few {jeszcze {count} osoby} many {jeszcze {count} osób} other {jeszcze {count} osoby}}',
};
