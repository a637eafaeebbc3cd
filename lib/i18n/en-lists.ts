/** English strings of "Save selected" on LinkedIn list pages (search, connections, Sales Navigator). */
export const enLists = {
  /** The small control beside each person (its visible text). */
  'lists.pick': 'Select',
  /** Its accessible name: which person it selects. */
  'lists.pickPerson': 'Select {name}',
  'lists.saveSelected': '{count, plural, =0 {Save selected} one {Save # selected} other {Save # selected}}',
  'lists.clear': 'Clear',
  'lists.hint': 'Tick the people to save as leads.',
  'lists.saving': 'Saving…',
  'lists.saved': '{count, plural, one {# saved} other {# saved}}: {created, plural, one {# new} other {# new}}, {merged, plural, one {# merged} other {# merged}}',
  /** A later request failed after earlier ones saved people: they are saved, the rest are not (still ticked). */
  'lists.savedPartly': '{count, plural, one {# saved} other {# saved}}; the others could not be saved and stay ticked. Click again to retry.',
} as const;
