import type { enSafety } from '../en-safety';

/**
 * Romanian strings of the data-safety guards: bulk delete's confirmation and lasting undo, the cap
 * and failures of backup restore.
 */
export const roSafety: Record<keyof typeof enSafety, string> = {
  'bulkDelete.confirmTitle': 'Ștergeți {count, plural, one {# lead} few {# leaduri} other {# de leaduri}}?',
  'bulkDelete.confirmBody':
    'Interacțiunile, istoricul etapelor și înscrierile în secvențe se șterg împreună cu ele. Puteți anula ștergerea până la următoarea ștergere.',
  'bulkDelete.confirm': 'Ștergeți {count, plural, one {# lead} few {# leaduri} other {# de leaduri}}',
  'bulkDelete.cancel': 'Anulați',
  'bulkDelete.undo': 'Anulați ștergerea',
  'bulkDelete.discard': 'Eliminați definitiv',
  'bulkDelete.discarded': 'Leadurile șterse au fost eliminate definitiv.',
  'bulkDelete.skipped':
    '{count, plural, one {# lead nerestaurat: a fost salvat din nou între timp și s-a păstrat varianta nouă.} few {# leaduri nerestaurate: au fost salvate din nou între timp și s-au păstrat variantele noi.} other {# de leaduri nerestaurate: au fost salvate din nou între timp și s-au păstrat variantele noi.}}',
  'bulkDelete.moved':
    '{count, plural, one {# lead mutat în altă etapă: etapa sa a fost eliminată între timp.} few {# leaduri mutate în altă etapă: etapa lor a fost eliminată între timp.} other {# de leaduri mutate în altă etapă: etapa lor a fost eliminată între timp.}}',

  'backup.error.too-large':
    'Fișierul depășește {max} MB, mai mult decât o copie de rezervă cu 100.000 de leaduri și interacțiunile lor. Alegeți fișierul copiei de rezervă salvat de extensie.',
  'backup.error.unreadable':
    'Fișierul nu a putut fi citit ({detail}). Alegeți-l din nou; dacă se află pe o unitate de rețea sau pe un suport extern, copiați-l mai întâi pe acest computer.',
  'backup.reading': 'Se citește {file}…',
  'backup.moved':
    '{count, plural, one {# lead se afla într-o etapă care nu există în acest pipeline și a fost mutat în cea mai apropiată etapă.} few {# leaduri se aflau în etape care nu există în acest pipeline și au fost mutate în cea mai apropiată etapă.} other {# de leaduri se aflau în etape care nu există în acest pipeline și au fost mutate în cea mai apropiată etapă.}}',
  'backup.rescoring': 'Regulile s-au schimbat odată cu copia de rezervă: scorurile tuturor leadurilor se recalculează.',
};
