import type { enLists } from '../en-lists';

/** Strings of "Save selected" on LinkedIn list pages. */
export const plLists: Record<keyof typeof enLists, string> = {
  'lists.pick': 'Zaznacz',
  'lists.pickPerson': 'Zaznacz: {name}',
  'lists.saveSelected': '{count, plural, =0 {Zapisz zaznaczone} one {Zapisz # zaznaczoną osobę} few {Zapisz # zaznaczone osoby} many {Zapisz # zaznaczonych osób} other {Zapisz # zaznaczonej osoby}}',
  'lists.clear': 'Wyczyść',
  'lists.hint': 'Zaznacz osoby, które chcesz zapisać jako leady.',
  'lists.saving': 'Zapisywanie…',
  'lists.saved': '{count, plural, one {Zapisano # osobę} few {Zapisano # osoby} many {Zapisano # osób} other {Zapisano # osoby}}: {created, plural, one {# nowy} few {# nowe} many {# nowych} other {# nowego}}, {merged, plural, one {# scalony} few {# scalone} many {# scalonych} other {# scalonego}}',
  'lists.savedPartly': '{count, plural, one {Zapisano # osobę} few {Zapisano # osoby} many {Zapisano # osób} other {Zapisano # osoby}}; pozostałych nie udało się zapisać i zostają zaznaczone. Kliknij ponownie, aby spróbować jeszcze raz.',
};
