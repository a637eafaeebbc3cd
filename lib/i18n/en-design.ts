/** English strings of the designed interface: the options page's navigation and its CRM and diagnostics sections, the side panel's layout. */
export const enDesign = {
  'options.nav': 'Settings sections',
  'options.section.scoring': 'Lead scoring',
  'options.section.pipeline': 'Pipeline stages',
  'options.section.sequences': 'Follow-up sequences',
  'options.section.metrics': 'Metrics',
  'options.section.data': 'Your data',
  'options.section.crm': 'CRM',
  'options.section.privacy': 'Privacy and storage',
  'options.section.diagnostics': 'Diagnostics',

  'crm.title': 'CRM',
  'crm.none': 'No CRM is connected.',
  'crm.local': 'Nothing leaves this browser: your leads, touches and settings are stored only here, on this computer.',

  'diag.title': 'Diagnostics',
  'diag.environment': 'Where the extension runs',
  'diag.version': 'Extension version',
  'diag.browser': 'Browser',
  'diag.uiLanguage': 'Interface language',

  'header.next': 'Next: {text}',
  'header.nextUntitled': 'a step with no text yet',
  'header.due': 'due {date}',
  'header.overdue': 'overdue since {date}',
  'header.noNextStep': 'No next step set.',
  'header.details': 'Contact details and notes',
  'touch.showAll': 'Show all touches',
  'touch.showLatest': 'Show the latest only',
} as const;
