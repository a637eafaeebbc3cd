/** Privacy: erasing a person, retention, storage, and what is stored (English). */
export const enPrivacy = {
  'privacy.title': 'Privacy and storage',
  'privacy.statement':
    'Everything you save stays in this browser, in the extension’s own database. There is no account and no server, and nothing leaves the browser until you connect your team’s CRM; from then on, leads, deals and touches sync with that CRM only.',
  'privacy.stored.title': 'What is stored',
  'privacy.stored.people':
    'The people you save: name, headline, title, company, location, LinkedIn and Sales Navigator addresses, e-mail, phone, website, and the address of the page they were saved from (a photo’s address, never the photo).',
  'privacy.stored.work':
    'What you add: notes, tags, deal values, the qualification checklist and its notes, next steps, stage changes with their reasons, touches with their notes, and sequence progress.',
  'privacy.stored.derived':
    'What the extension works out: scores; a change log saying which fields of which record changed and when (never the values; kept 90 days); totals by stage and day for the metrics.',
  'privacy.stored.settings': 'Your settings: scoring rules, stages, sequences, quiet hours, costs, retention.',
  'privacy.stored.files': 'Exports and backups you save are files outside the extension: erasing someone here does not change them, so delete or replace old ones yourself.',
  'privacy.eraseHint': 'To erase one person, open them in the side panel and choose "Erase this person".',

  'storage.title': 'Storage',
  'storage.persisted.yes': 'Persistent: yes. The browser will not delete this data to free space.',
  'storage.persisted.no': 'Persistent: no. When space runs low, the browser may delete this data.',
  'storage.persisted.unknown': 'Persistent: unknown (this browser does not say).',
  'storage.persisted.unlimited': 'Persistent: yes. The extension holds the unlimitedStorage permission, so Chrome does not delete this data to free space.',
  'storage.used': 'Used: {usage} of {quota} available to the extension.',
  'storage.usedUnknown': 'Space used: unknown.',
  'storage.persist': 'Keep my data persistent',
  'storage.persistHint': 'Firefox may ask you to allow it.',
  'storage.persistGranted': 'Your data is now persistent.',
  'storage.persistRefused': 'The browser did not make it persistent. Export a backup now and then.',

  'retention.title': 'How long leads are kept',
  'retention.intro':
    'Keep personal data no longer than you need it. When this is on, leads with no touch, stage change or capture for the months you set are listed here for review; nothing is erased until you confirm.',
  'retention.enabled': 'List leads for review after a time without a touch',
  'retention.months': 'Months without a touch',
  'retention.invalid': 'Enter whole months, from 1 to 120.',
  'retention.saved': 'Retention saved.',
  'retention.review': 'Find leads to review',
  'retention.none': 'No lead has gone {months, plural, one {# month} other {# months}} without a touch.',
  'retention.found': '{count, plural, one {# lead has had no touch for} other {# leads have had no touch for}} {months, plural, one {# month} other {# months}}.',
  'retention.shown': 'Showing the {shown} untouched longest; review again after acting on them.',
  'retention.list': 'Leads to review',
  'retention.lastTouch': 'last touch {date}',
  'retention.erase': 'Erase selected ({count})',
  'retention.delete': 'Delete selected ({count})',
  'retention.confirmErase':
    'Erase the personal data of {count, plural, one {# lead} other {# leads}}? Names, contact details, notes and every text about them go for good; an anonymous record (stage, value, dates) stays for your metrics. This cannot be undone.',
  'retention.confirmDelete': 'Delete {count, plural, one {# lead} other {# leads}} with everything logged on them? This cannot be undone.',
  'retention.crmDelete': 'Also delete {count, plural, one {their linked contact} other {their # linked contacts}} in HubSpot (GDPR delete)',
  'retention.yesErase': 'Yes, erase them',
  'retention.yesDelete': 'Yes, delete them',
  'retention.working': 'Working… {done} of {total}',
  'retention.erased': 'Erased: {count}.',
  'retention.deleted': 'Deleted: {count}.',

  'erase.title': 'Erase this person',
  'erase.button': 'Erase this person',
  'erase.explain':
    'Removes their name, contact details, addresses, notes, tags, checklist notes, next step, touch notes and stage reasons from every table, for good. An anonymous record (stage, deal value, dates, touch counts) stays, so your metrics remain right. There is no undo.',
  'erase.confirm': 'Erase for good',
  'erase.crmDelete': 'Also delete this contact in HubSpot (GDPR delete)',
  'erase.crmWaiting': 'Deleting this contact in HubSpot (GDPR delete)… If HubSpot cannot be reached now, every sync tries again until it is done.',
  'erase.crmFailed': 'HubSpot has not deleted this contact yet (GDPR delete; last try {date}). Erased here already; every sync tries again until HubSpot has done it.',
  'erased.name': 'Erased person',
  'erased.body': 'Personal data erased on {date}. What is left is anonymous (stage, deal value, dates and counts) and kept for your metrics.',

  'perm.unlimitedStorage':
    'Chrome only: so Chrome never deletes your leads to free disk space (Chrome shows no warning for it). In Firefox this would be an install warning, so there you choose "Keep my data persistent" under Privacy and storage instead.',
} as const;
