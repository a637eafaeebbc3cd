import type { enPipeline } from '../en-pipeline';

/** Polish strings of the pipeline: the stages editor, stage changes and deal fields. */
export const plPipeline: Record<keyof typeof enPipeline, string> = {
  // Stages editor (options page)
  'pipeline.stages.title': 'Etapy lejka sprzedaży',
  'pipeline.stages.intro':
    'W prognozie każda otwarta transakcja liczy się jako jej wartość pomnożona przez prawdopodobieństwo etapu. Każdy nowy lead zaczyna od pierwszego etapu; wygrana liczy się jako 100\u00a0%, a przegrana jako 0\u00a0%.',
  'pipeline.stages.list': 'Etapy',
  'pipeline.stage.name': 'Nazwa etapu',
  'pipeline.stage.probability': 'Prawdopodobieństwo (%)',
  'pipeline.stage.fixedProbability': '{value}\u00a0%',
  'pipeline.stage.kind.new': 'Tu zaczyna każdy nowy lead',
  'pipeline.stage.kind.won': 'Transakcja zamknięta jako wygrana',
  'pipeline.stage.kind.lost': 'Transakcja zamknięta jako przegrana',
  'pipeline.stage.leads': '{count, plural, one {# lead} few {# leady} many {# leadów} other {# leada}}',
  'pipeline.stage.leadsNone': 'Brak leadów',
  'pipeline.stage.moveUp': 'Przesuń etap „{name}” w górę',
  'pipeline.stage.moveDown': 'Przesuń etap „{name}” w dół',
  'pipeline.stage.remove': 'Usuń etap „{name}”',
  'pipeline.stage.removeShort': 'Usuń',
  'pipeline.stage.new': 'Nowy etap',

  // Removing a stage that has leads
  'pipeline.remove.title': 'Usuń etap „{name}”',
  'pipeline.remove.question':
    '{count, plural, one {Na etapie „{name}” jest # lead. Dokąd go przenieść?} few {Na etapie „{name}” są # leady. Dokąd je przenieść?} many {Na etapie „{name}” jest # leadów. Dokąd je przenieść?} other {Na etapie „{name}” jest # leada. Dokąd je przenieść?}}',
  'pipeline.remove.sequences':
    '{count, plural, one {Sekwencja {names} startuje, gdy lead wchodzi na etap „{name}”: będzie startować na etapie wybranym poniżej.} few {# sekwencje startują, gdy lead wchodzi na etap „{name}” ({names}): będą startować na etapie wybranym poniżej.} many {# sekwencji startuje, gdy lead wchodzi na etap „{name}” ({names}): będą startować na etapie wybranym poniżej.} other {# sekwencji startuje, gdy lead wchodzi na etap „{name}” ({names}): będą startować na etapie wybranym poniżej.}}',
  'pipeline.remove.sequencesDropped':
    '{count, plural, one {Sekwencja {names} startuje, gdy lead wchodzi na etap „{name}”: każdy nowy lead trafia na pierwszy etap, więc nie będzie już startować przy wejściu na etap (jej pozostałe wyzwalacze zostają).} few {# sekwencje startują, gdy lead wchodzi na etap „{name}” ({names}): każdy nowy lead trafia na pierwszy etap, więc nie będą już startować przy wejściu na etap (ich pozostałe wyzwalacze zostają).} many {# sekwencji startuje, gdy lead wchodzi na etap „{name}” ({names}): każdy nowy lead trafia na pierwszy etap, więc nie będą już startować przy wejściu na etap (ich pozostałe wyzwalacze zostają).} other {# sekwencji startuje, gdy lead wchodzi na etap „{name}” ({names}): każdy nowy lead trafia na pierwszy etap, więc nie będą już startować przy wejściu na etap (ich pozostałe wyzwalacze zostają).}}',
  'pipeline.remove.moveTo': 'Przenieś leady z tego etapu do',
  'pipeline.remove.confirm': 'Usuń i przenieś leady',
  'pipeline.moves.title': 'Po zapisaniu',
  'pipeline.moves.item': 'Leady z etapu „{from}” trafią do etapu „{to}”. Ich historia zachowa dawny etap.',

  // Adding a stage
  'pipeline.add.title': 'Dodaj etap',
  'pipeline.add.name': 'Nazwa nowego etapu',
  'pipeline.add.probability': 'Prawdopodobieństwo nowego etapu (%)',
  'pipeline.add.submit': 'Dodaj etap',
  'pipeline.add.hint': 'Zostanie dodany przed etapem „Wygrana”; przesuń go na właściwe miejsce.',

  // Currency
  'pipeline.currency': 'Waluta',
  'pipeline.currency.hint': 'W tej walucie zapisywane są wartości nowych transakcji i pokazywane sumy.',

  // Save bar
  'pipeline.save': 'Zapisz etapy',
  'pipeline.discard': 'Odrzuć zmiany',
  'pipeline.unchanged': 'Brak niezapisanych zmian.',
  'pipeline.unsaved': 'Niezapisane zmiany.',
  'pipeline.invalid': 'Popraw zaznaczone pola, aby zapisać.',
  'pipeline.saving': 'Zapisywanie…',
  'pipeline.saved': 'Etapy zapisane.',
  'pipeline.saveFailed': 'Nie udało się zapisać etapów. Spróbuj ponownie.',
  'pipeline.announce.added': 'Dodano etap: {name}',
  'pipeline.announce.removed': 'Usunięto etap: {name}',
  'pipeline.announce.moved': 'Etap „{name}” przeniesiony na pozycję {position}',
  'pipeline.removedStage': '{name} (usunięty etap)',

  // Field errors of the stages editor
  'pipeline.error.empty-name': 'Wpisz nazwę.',
  'pipeline.error.name-too-long': 'Nazwa może mieć najwyżej 60 znaków.',
  'pipeline.error.duplicate-name': 'Inny etap ma już tę nazwę.',
  'pipeline.error.duplicate-name-other-language': 'Inny etap ma tę nazwę po angielsku, polsku, rumuńsku lub rosyjsku (nazwa domyślnego etapu zmienia się z językiem).',
  'pipeline.error.not-a-number': 'Wpisz liczbę całkowitą od 0 do 100.',
  'pipeline.error.not-whole': 'Wpisz liczbę całkowitą od 0 do 100.',
  'pipeline.error.out-of-range': 'Wpisz liczbę całkowitą od 0 do 100.',
  'pipeline.error.too-many': 'Lejek może mieć najwyżej 30 etapów.',
  'pipeline.error.unknown-stage': 'Ten etap już nie istnieje.',
  'pipeline.error.fixed-stage': 'Nie można usunąć pierwszego etapu ani etapów „Wygrana” i „Przegrana”.',
  'pipeline.error.fixed-probability': 'Wygrana to zawsze 100\u00a0%, a przegrana 0\u00a0%.',
  'pipeline.error.cannot-move': 'Tego etapu nie można przesunąć dalej.',
  'pipeline.error.bad-target': 'Wybierz etap, do którego trafią leady.',
  'pipeline.error.last-open-stage': 'Potrzebny jest co najmniej jeden otwarty etap.',
  'pipeline.error.bad-id': 'Nie udało się dodać etapu. Spróbuj innej nazwy.',
  'pipeline.error.invalid': 'Ta zmiana uszkodziłaby listę etapów.',

  // Stage changes (side panel)
  'pipeline.change.error.unknown-stage': 'Ten etap już nie istnieje. Wybierz inny.',
  'pipeline.change.error.same-stage': 'Lead jest już na tym etapie.',
  'pipeline.change.error.needs-value': 'Aby oznaczyć transakcję jako wygraną, wpisz jej ostateczną wartość.',
  'pipeline.change.error.needs-reason': 'Podaj powód przegranej.',
  'pipeline.change.error.bad-value': 'Ta wartość jest nieprawidłowa.',
  'pipeline.change.error.use-reactivate': 'Przegrany lead wraca do lejka przyciskiem „Reaktywuj”.',
  'pipeline.change.error.not-lost': 'Reaktywować można tylko przegranego leada.',

  // Deal fields (side panel)
  'pipeline.deal.error.negative': 'Wartość transakcji nie może być ujemna.',
  'pipeline.deal.error.not-a-number': 'Wpisz liczbę, np. 25\u00a0000 lub 25\u00a0000,50.',
  'pipeline.deal.error.absurd': 'Ta wartość jest zbyt duża jak na transakcję.',
  'pipeline.deal.error.ambiguous': 'Tysiące czy grosze? Wpisz 25\u00a0000 dla tysięcy albo 25,50 dla groszy.',
  'pipeline.close.error.before-lead': 'Data zamknięcia nie może przypadać przed utworzeniem leada.',
  'pipeline.close.error.too-far': 'Data zamknięcia nie może przypadać później niż za 10 lat.',
  'pipeline.close.error.invalid': 'Wpisz datę.',
  // Stage of a lead (side panel)
  'stage.title': 'Etap',
  'stage.select': 'Etap',
  'stage.since': 'Na etapie „{stage}” od {date} ({days})',
  'stage.reactivations': '{count, plural, one {Reaktywowany raz} few {Reaktywowany # razy} many {Reaktywowany # razy} other {Reaktywowany # raza}}',
  'stage.wonTitle': 'Zamknij jako wygraną',
  'stage.lostTitle': 'Zamknij jako przegraną',
  'stage.finalValue': 'Ostateczna wartość transakcji',
  'stage.lostReason': 'Dlaczego transakcja została przegrana?',
  'stage.lostValue': 'Wartość transakcji (opcjonalnie)',
  'stage.confirmWon': 'Oznacz jako wygraną',
  'stage.confirmLost': 'Oznacz jako przegraną',
  'stage.cancel': 'Anuluj',
  'stage.reactivate': 'Reaktywuj',
  'stage.reactivateHint': 'Przenosi leada z powrotem do etapu „{stage}”; jeśli potem przejdzie dalej, liczy się jako odzyskany.',
  'stage.history': 'Historia etapów',
  'stage.entry.first': '{date}: start na etapie „{to}”',
  'stage.entry.change': '{date}: {from} → {to}',
  'stage.entry.won': '{date}: wygrana ({value})',
  'stage.entry.lost': '{date}: przegrana na etapie „{from}”',
  'stage.entry.reactivated': '{date}: reaktywacja, powrót na etap „{to}”',
  'stage.entry.stage-removed': '{date}: etap „{from}” został usunięty – przeniesienie do etapu „{to}”',
  'stage.entry.reason': 'Powód: {reason}',
  'stage.undoLabel': 'zmiana etapu',

  // Deal fields (side panel)
  'deal.title': 'Transakcja',
  'deal.value': 'Wartość transakcji',
  'deal.currency': 'Waluta',
  'deal.close': 'Przewidywane zamknięcie',
  'deal.source': 'Źródło',
  'deal.referredBy': 'Polecający',
  'deal.weighted': 'Wartość ważona etapem: {value} ({probability}\u00a0%)',
  'deal.saveFailed': 'Nie udało się tego zapisać. Spróbuj ponownie.',
};
