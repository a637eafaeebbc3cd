import type { Transaction } from 'dexie';
import type { SchemaVersion } from './types';

/** The sequences version 4 shipped, as they were then (the app's own defaults may change; an upgrade does not). */
function shippedSequences(now: number) {
  return [
    {
      id: 'default-linkedin-email-5',
      name: 'LinkedIn + e-mail, five touches',
      createdAt: now,
      updatedAt: now,
      triggers: [],
      steps: [
        { id: 'invite', channel: 'linkedin-invite', delayDays: 0, businessDays: true, title: 'Connect on LinkedIn', template: 'Hi {firstName}, I work with sales teams like {company}’s. Happy to connect.' },
        { id: 'thanks', channel: 'linkedin-message', delayDays: 2, businessDays: true, title: 'Thank them for connecting', template: 'Thanks for connecting, {firstName}. What is top of your list at {company} this quarter?' },
        { id: 'email-1', channel: 'email', delayDays: 3, businessDays: true, title: 'First e-mail', template: 'Subject: An idea for {company}\n\nHi {firstName},\n\n…' },
        { id: 'call', channel: 'call', delayDays: 4, businessDays: true, title: 'Call', template: 'Mention the e-mail; ask about their current process.' },
        { id: 'email-2', channel: 'email', delayDays: 7, businessDays: true, title: 'Break-up e-mail', template: 'Hi {firstName}, should I close your file for now?' },
      ],
    },
    {
      id: 'default-sql-fast-follow',
      name: 'Sales-qualified: fast follow-up',
      createdAt: now,
      updatedAt: now,
      triggers: [{ kind: 'became-sql' }],
      steps: [
        { id: 'call-now', channel: 'call', delayDays: 0, businessDays: false, title: 'Call within the hour', template: 'They are sales-qualified: call while they are warm.' },
        { id: 'email-recap', channel: 'email', delayDays: 1, businessDays: true, title: 'Recap e-mail', template: 'Hi {firstName}, thanks for your time today…' },
        { id: 'message', channel: 'linkedin-message', delayDays: 3, businessDays: true, title: 'LinkedIn nudge', template: 'Hi {firstName}, did you get a chance to look at my note?' },
      ],
    },
  ];
}

/** Version 4 adds the sequence tables; existing databases get the shipped sequences. */
async function upgrade(tx: Transaction): Promise<void> {
  await tx.table('sequences').bulkAdd(shippedSequences(Date.now()));
}

/** Version 4: follow-up sequences and each lead's enrolments (dueAt is set only while a step waits: the reminders index). */
export const v004: SchemaVersion = {
  version: 4,
  stores: {
    sequences: 'id',
    enrolments: 'id, leadId, sequenceId, [leadId+sequenceId], status, dueAt',
  },
  upgrade,
};
