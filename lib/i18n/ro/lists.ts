import type { enLists } from '../en-lists';

/** Strings of "Save selected" on LinkedIn list pages. */
export const roLists: Record<keyof typeof enLists, string> = {
  'lists.pick': 'Selectați',
  'lists.pickPerson': 'Selectați: {name}',
  'lists.saveSelected': '{count, plural, =0 {Salvați selecția} one {Salvați # persoană selectată} few {Salvați # persoane selectate} other {Salvați # de persoane selectate}}',
  'lists.clear': 'Goliți',
  'lists.hint': 'Bifați persoanele de salvat ca leaduri.',
  'lists.saving': 'Se salvează…',
  'lists.saved': '{count, plural, one {# persoană salvată} few {# persoane salvate} other {# de persoane salvate}}: {created, plural, one {# nou} few {# noi} other {# de noi}}, {merged, plural, one {# combinat} few {# combinate} other {# de combinate}}',
  'lists.savedPartly': '{count, plural, one {# persoană salvată} few {# persoane salvate} other {# de persoane salvate}}; celelalte nu au putut fi salvate și rămân bifate. Faceți clic din nou pentru a reîncerca.',
};
