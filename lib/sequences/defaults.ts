import type { Sequence } from './schema';

/** Shipped sequences, created on first run; the rep edits or deletes them like any other. */
export function defaultSequences(now: number): Sequence[] {
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
