import type { ACTIVITY_KINDS } from '../schema/records';

type Kind = (typeof ACTIVITY_KINDS)[number];

/** The touches a rep logs with one click, and which way each usually goes. */
export const TOUCH_KINDS = [
  ['invite-sent', 'outbound'],
  ['invite-accepted', 'inbound'],
  ['linkedin-message', 'outbound'],
  ['email-sent', 'outbound'],
  ['call', 'outbound'],
  ['meeting-booked', 'inbound'],
  ['reply-received', 'inbound'],
  ['note', 'none'],
] as const satisfies readonly (readonly [Kind, 'outbound' | 'inbound' | 'none'])[];

export type TouchKind = (typeof TOUCH_KINDS)[number][0];
