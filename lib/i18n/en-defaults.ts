/**
 * The shipped defaults (stages, sequences, rule names, the persona), shown in the rep's language
 * while they are as shipped; see ./default-names.ts. Each must equal the English text in
 * lib/pipeline/defaults.ts, lib/sequences/defaults.ts and lib/scoring/defaults.ts (a test checks).
 */
export const enDefaults = {
  'default.stage.new': 'New',
  'default.stage.discovery': 'Discovery call',
  'default.stage.qualified': 'Qualified',
  'default.stage.demo': 'Product demo',
  'default.stage.trial': 'Product trial',
  'default.stage.negotiation': 'Final negotiation',
  'default.stage.won': 'Won',
  'default.stage.lost': 'Lost',

  'default.seq.default-linkedin-email-5': 'LinkedIn + e-mail, five touches',
  'default.seq.default-linkedin-email-5.invite': 'Connect on LinkedIn',
  'default.seq.default-linkedin-email-5.invite.template': 'Hi {firstName}, I work with sales teams like {company}’s. Happy to connect.',
  'default.seq.default-linkedin-email-5.thanks': 'Thank them for connecting',
  'default.seq.default-linkedin-email-5.thanks.template': 'Thanks for connecting, {firstName}. What is top of your list at {company} this quarter?',
  'default.seq.default-linkedin-email-5.email-1': 'First e-mail',
  'default.seq.default-linkedin-email-5.email-1.template': 'Subject: An idea for {company}\n\nHi {firstName},\n\n…',
  'default.seq.default-linkedin-email-5.call': 'Call',
  'default.seq.default-linkedin-email-5.call.template': 'Mention the e-mail; ask about their current process.',
  'default.seq.default-linkedin-email-5.email-2': 'Break-up e-mail',
  'default.seq.default-linkedin-email-5.email-2.template': 'Hi {firstName}, should I close your file for now?',
  'default.seq.default-sql-fast-follow': 'Sales-qualified: fast follow-up',
  'default.seq.default-sql-fast-follow.call-now': 'Call within the hour',
  'default.seq.default-sql-fast-follow.call-now.template': 'They are sales-qualified: call while they are warm.',
  'default.seq.default-sql-fast-follow.email-recap': 'Recap e-mail',
  'default.seq.default-sql-fast-follow.email-recap.template': 'Hi {firstName}, thanks for your time today…',
  'default.seq.default-sql-fast-follow.message': 'LinkedIn nudge',
  'default.seq.default-sql-fast-follow.message.template': 'Hi {firstName}, did you get a chance to look at my note?',

  'default.rule.pricing-visited': 'Visited the pricing page',
  'default.rule.email-opened': 'Opened an e-mail',
  'default.rule.link-clicked': 'Clicked a link in an e-mail',
  'default.rule.inaccurate-data': 'Inaccurate company data',
  'default.rule.fits-persona': 'Fits the buyer persona',
  'default.rule.replied': 'Replied to a message',
  'default.rule.meeting-booked': 'Booked a meeting',
  'default.rule.decision-maker': 'Decision-maker (head of, director or above)',
  'default.rule.no-email': 'No e-mail address',
  'default.persona': 'B2B sales leader',
} as const;
