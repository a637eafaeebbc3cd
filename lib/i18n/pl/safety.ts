import type { enSafety } from '../en-safety';

/** Polish strings of the data-safety guards: bulk delete's confirmation and undo, backup restore's cap and failures. */
export const plSafety: Record<keyof typeof enSafety, string> = {
  'bulkDelete.confirmTitle': 'Usunąć {count, plural, one {# leada} few {# leady} many {# leadów} other {# leada}}?',
  'bulkDelete.confirmBody':
    'Razem z nimi zostaną usunięte ich kontakty, historia etapów i udział w sekwencjach. Możesz to cofnąć aż do następnego usunięcia.',
  'bulkDelete.confirm': 'Usuń {count, plural, one {# leada} few {# leady} many {# leadów} other {# leada}}',
  'bulkDelete.cancel': 'Anuluj',
  'bulkDelete.undo': 'Cofnij usunięcie',
  'bulkDelete.discard': 'Usuń bezpowrotnie',
  'bulkDelete.discarded': 'Usunięte leady zostały skasowane bezpowrotnie.',
  'bulkDelete.skipped':
    '{count, plural, one {# lead nie został przywrócony: w międzyczasie zapisano go ponownie i zachowano nowszą wersję.} few {# leady nie zostały przywrócone: w międzyczasie zapisano je ponownie i zachowano nowsze wersje.} many {# leadów nie zostało przywróconych: w międzyczasie zapisano je ponownie i zachowano nowsze wersje.} other {# leada nie przywrócono: w międzyczasie zapisano je ponownie i zachowano nowsze wersje.}}',
  'bulkDelete.moved':
    '{count, plural, one {# leada przeniesiono na inny etap, bo jego etap został w międzyczasie usunięty.} few {# leady przeniesiono na inny etap, bo ich etap został w międzyczasie usunięty.} many {# leadów przeniesiono na inny etap, bo ich etap został w międzyczasie usunięty.} other {# leada przeniesiono na inny etap, bo ich etap został w międzyczasie usunięty.}}',

  'backup.error.too-large':
    'Ten plik jest większy niż {max}\u00a0MB – to więcej niż kopia zapasowa 100\u00a0000 leadów z ich kontaktami. Wybierz plik kopii zapasowej zapisany przez rozszerzenie.',
  'backup.error.unreadable':
    'Nie udało się odczytać pliku ({detail}). Wybierz go ponownie; jeśli jest na dysku sieciowym lub wymiennym, najpierw skopiuj go na ten komputer.',
  'backup.reading': 'Odczytywanie pliku {file}…',
  'backup.moved':
    '{count, plural, one {# lead był na etapie, którego nie ma w tym lejku, więc przeniesiono go na najbliższy etap.} few {# leady były na etapach, których nie ma w tym lejku, więc przeniesiono je na najbliższe etapy.} many {# leadów było na etapach, których nie ma w tym lejku, więc przeniesiono je na najbliższe etapy.} other {# leada było na etapach, których nie ma w tym lejku, więc przeniesiono je na najbliższe etapy.}}',
  'backup.rescoring': 'Wraz z kopią zapasową zmieniły się reguły: punktacja wszystkich leadów jest przeliczana.',
};
