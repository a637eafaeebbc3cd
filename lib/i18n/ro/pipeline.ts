import type { enPipeline } from '../en-pipeline';

/** Romanian strings of the pipeline: the stages editor, stage changes and deal fields. */
export const roPipeline: Record<keyof typeof enPipeline, string> = {
  // Stages editor (options page)
  'pipeline.stages.title': 'Etapele pipeline-ului',
  'pipeline.stages.intro':
    'În prognoză, fiecare tranzacție deschisă contează cu valoarea sa înmulțită cu probabilitatea etapei. Orice lead nou începe în prima etapă; „câștigat” contează 100\u00a0%, iar „pierdut” 0\u00a0%.',
  'pipeline.stages.list': 'Etape',
  'pipeline.stage.name': 'Numele etapei',
  'pipeline.stage.probability': 'Probabilitate (%)',
  'pipeline.stage.fixedProbability': '{value}\u00a0%',
  'pipeline.stage.kind.new': 'Toate leadurile noi încep aici',
  'pipeline.stage.kind.won': 'Închis ca „câștigat”',
  'pipeline.stage.kind.lost': 'Închis ca „pierdut”',
  'pipeline.stage.leads': '{count, plural, one {# lead} few {# leaduri} other {# de leaduri}}',
  'pipeline.stage.leadsNone': 'Niciun lead',
  'pipeline.stage.moveUp': 'Mutați {name} mai sus',
  'pipeline.stage.moveDown': 'Mutați {name} mai jos',
  'pipeline.stage.remove': 'Eliminați {name}',
  'pipeline.stage.removeShort': 'Eliminați',
  'pipeline.stage.new': 'Etapă nouă',

  // Removing a stage that has leads
  'pipeline.remove.title': 'Eliminați {name}',
  'pipeline.remove.question':
    '{count, plural, one {# lead se află în {name}. Unde să fie mutat?} few {# leaduri se află în {name}. Unde să fie mutate?} other {# de leaduri se află în {name}. Unde să fie mutate?}}',
  'pipeline.remove.sequences':
    '{count, plural, one {Secvența {names} pornește când un lead intră în {name}: va porni când un lead intră în etapa aleasă mai jos.} few {# secvențe pornesc când un lead intră în {name} ({names}): vor porni când un lead intră în etapa aleasă mai jos.} other {# de secvențe pornesc când un lead intră în {name} ({names}): vor porni când un lead intră în etapa aleasă mai jos.}}',
  'pipeline.remove.sequencesDropped':
    '{count, plural, one {Secvența {names} pornește când un lead intră în {name}: orice lead nou intră în prima etapă, așa că nu va mai porni la intrarea într-o etapă (celelalte declanșatoare rămân).} few {# secvențe pornesc când un lead intră în {name} ({names}): orice lead nou intră în prima etapă, așa că nu vor mai porni la intrarea într-o etapă (celelalte declanșatoare rămân).} other {# de secvențe pornesc când un lead intră în {name} ({names}): orice lead nou intră în prima etapă, așa că nu vor mai porni la intrarea într-o etapă (celelalte declanșatoare rămân).}}',
  'pipeline.remove.moveTo': 'Mutați leadurile în',
  'pipeline.remove.confirm': 'Eliminați și mutați leadurile',
  'pipeline.moves.title': 'La salvare',
  'pipeline.moves.item': 'Leadurile din {from} trec în {to}. Istoricul lor păstrează etapa veche.',

  // Adding a stage
  'pipeline.add.title': 'Adăugați o etapă',
  'pipeline.add.name': 'Numele etapei noi',
  'pipeline.add.probability': 'Probabilitatea etapei noi (%)',
  'pipeline.add.submit': 'Adăugați etapa',
  'pipeline.add.hint': 'Se adaugă înaintea etapei „câștigat”; mutați-o unde trebuie.',

  // Currency
  'pipeline.currency': 'Monedă',
  'pipeline.currency.hint': 'Valorile tranzacțiilor noi folosesc această monedă, iar totalurile sunt afișate în ea.',

  // Save bar
  'pipeline.save': 'Salvați etapele',
  'pipeline.discard': 'Renunțați la modificări',
  'pipeline.unchanged': 'Nicio modificare nesalvată.',
  'pipeline.unsaved': 'Modificări nesalvate.',
  'pipeline.invalid': 'Corectați câmpurile marcate pentru a salva.',
  'pipeline.saving': 'Se salvează…',
  'pipeline.saved': 'Etapele au fost salvate.',
  'pipeline.saveFailed': 'Etapele nu au putut fi salvate. Încercați din nou.',
  'pipeline.announce.added': 'Etapă adăugată: {name}',
  'pipeline.announce.removed': 'Etapă eliminată: {name}',
  'pipeline.announce.moved': 'Etapa {name} a fost mutată pe poziția {position}',
  'pipeline.removedStage': '{name} (etapă eliminată)',

  // Field errors of the stages editor
  'pipeline.error.empty-name': 'Introduceți un nume.',
  'pipeline.error.name-too-long': 'Folosiți cel mult 60 de caractere.',
  'pipeline.error.duplicate-name': 'O altă etapă are deja acest nume.',
  'pipeline.error.duplicate-name-other-language': 'O altă etapă are acest nume în engleză, poloneză, română sau rusă (numele unei etape implicite se schimbă odată cu limba).',
  'pipeline.error.not-a-number': 'Introduceți un număr întreg de la 0 la 100.',
  'pipeline.error.not-whole': 'Introduceți un număr întreg de la 0 la 100.',
  'pipeline.error.out-of-range': 'Introduceți un număr întreg de la 0 la 100.',
  'pipeline.error.too-many': 'Un pipeline poate avea cel mult 30 de etape.',
  'pipeline.error.unknown-stage': 'Etapa nu mai există.',
  'pipeline.error.fixed-stage': 'Prima etapă și etapele „câștigat” și „pierdut” nu pot fi eliminate.',
  'pipeline.error.fixed-probability': '„Câștigat” are mereu 100\u00a0%, iar „pierdut” 0\u00a0%.',
  'pipeline.error.cannot-move': 'Această etapă nu mai poate fi mutată în această direcție.',
  'pipeline.error.bad-target': 'Alegeți etapa în care să fie mutate leadurile.',
  'pipeline.error.last-open-stage': 'Este necesară cel puțin o etapă deschisă.',
  'pipeline.error.bad-id': 'Etapa nu a putut fi adăugată. Încercați alt nume.',
  'pipeline.error.invalid': 'Această modificare ar strica lista de etape.',

  // Stage changes (side panel)
  'pipeline.change.error.unknown-stage': 'Etapa nu mai există. Alegeți alta.',
  'pipeline.change.error.same-stage': 'Leadul se află deja în această etapă.',
  'pipeline.change.error.needs-value': 'Introduceți valoarea finală a tranzacției pentru a o marca drept câștigată.',
  'pipeline.change.error.needs-reason': 'Precizați de ce a fost pierdută tranzacția.',
  'pipeline.change.error.bad-value': 'Această valoare nu este validă.',
  'pipeline.change.error.use-reactivate': 'Un lead pierdut revine în pipeline cu „Reactivați”.',
  'pipeline.change.error.not-lost': 'Doar un lead pierdut poate fi reactivat.',

  // Deal fields (side panel)
  'pipeline.deal.error.negative': 'Valoarea unei tranzacții nu poate fi negativă.',
  'pipeline.deal.error.not-a-number': 'Introduceți un număr, de exemplu 25\u00a0000 sau 25.000,50.',
  'pipeline.deal.error.absurd': 'Valoarea este prea mare pentru o tranzacție.',
  'pipeline.deal.error.ambiguous': 'Mii sau zecimale? Scrieți 25\u00a0000 pentru mii sau 25,50 pentru zecimale.',
  'pipeline.close.error.before-lead': 'Data închiderii nu poate fi anterioară creării leadului.',
  'pipeline.close.error.too-far': 'Data închiderii nu poate fi la mai mult de 10 ani de acum.',
  'pipeline.close.error.invalid': 'Introduceți o dată.',
  // Stage of a lead (side panel)
  'stage.title': 'Etapă',
  'stage.select': 'Etapa',
  'stage.since': 'În {stage} din {date} ({days})',
  'stage.reactivations': '{count, plural, one {Reactivat o dată} few {Reactivat de # ori} other {Reactivat de # de ori}}',
  'stage.wonTitle': 'Închideți ca „câștigat”',
  'stage.lostTitle': 'Închideți ca „pierdut”',
  'stage.finalValue': 'Valoarea finală a tranzacției',
  'stage.lostReason': 'De ce a fost pierdută?',
  'stage.lostValue': 'Valoarea tranzacției (opțional)',
  'stage.confirmWon': 'Marcați drept câștigată',
  'stage.confirmLost': 'Marcați drept pierdută',
  'stage.cancel': 'Anulați',
  'stage.reactivate': 'Reactivați',
  'stage.reactivateHint': 'Readuce leadul în {stage}; este considerat recuperat dacă avansează apoi.',
  'stage.history': 'Istoricul etapelor',
  'stage.entry.first': '{date}: a început în {to}',
  'stage.entry.change': '{date}: din {from} în {to}',
  'stage.entry.won': '{date}: câștigat ({value})',
  'stage.entry.lost': '{date}: pierdut în etapa {from}',
  'stage.entry.reactivated': '{date}: reactivat în {to}',
  'stage.entry.stage-removed': '{date}: etapa {from} a fost eliminată, mutat în {to}',
  'stage.entry.reason': 'Motiv: {reason}',
  'stage.undoLabel': 'schimbarea etapei',

  // Deal fields (side panel)
  'deal.title': 'Tranzacție',
  'deal.value': 'Valoarea tranzacției',
  'deal.currency': 'Monedă',
  'deal.close': 'Data estimată de închidere',
  'deal.source': 'Sursă',
  'deal.referredBy': 'Recomandat de',
  'deal.weighted': 'Ponderat după etapă: {value} ({probability}\u00a0%)',
  'deal.saveFailed': 'Nu s-a putut salva. Încercați din nou.',
};
