import type { enPipeline } from '../en-pipeline';

/** Russian strings of the pipeline: the stages editor, stage changes and deal fields. */
export const ruPipeline: Record<keyof typeof enPipeline, string> = {
  // Stages editor (options page)
  'pipeline.stages.title': 'Этапы воронки',
  'pipeline.stages.intro':
    'В прогнозе каждая сделка в работе учитывается как её сумма, умноженная на вероятность этапа. Каждый новый лид попадает на первый этап; выигранные сделки учитываются на 100\u00a0%, проигранные — на 0\u00a0%.',
  'pipeline.stages.list': 'Этапы',
  'pipeline.stage.name': 'Название этапа',
  'pipeline.stage.probability': 'Вероятность (%)',
  'pipeline.stage.fixedProbability': '{value}\u00a0%',
  'pipeline.stage.kind.new': 'Сюда попадает каждый новый лид',
  'pipeline.stage.kind.won': 'Сделка закрыта: выиграна',
  'pipeline.stage.kind.lost': 'Сделка закрыта: проиграна',
  'pipeline.stage.leads': '{count, plural, one {# лид} few {# лида} many {# лидов} other {# лида}}',
  'pipeline.stage.leadsNone': 'Лидов нет',
  'pipeline.stage.moveUp': 'Переместить этап «{name}» вверх',
  'pipeline.stage.moveDown': 'Переместить этап «{name}» вниз',
  'pipeline.stage.remove': 'Удалить этап «{name}»',
  'pipeline.stage.removeShort': 'Удалить',
  'pipeline.stage.new': 'Новый этап',

  // Removing a stage that has leads
  'pipeline.remove.title': 'Удаление этапа «{name}»',
  'pipeline.remove.question':
    '{count, plural, =1 {На этапе «{name}» # лид. Куда его перенести?} one {На этапе «{name}» # лид. Куда их перенести?} few {На этапе «{name}» # лида. Куда их перенести?} many {На этапе «{name}» # лидов. Куда их перенести?} other {На этапе «{name}» # лида. Куда их перенести?}}',
  'pipeline.remove.sequences':
    '{count, plural, one {# последовательность запускается, когда лид попадает на этап «{name}» ({names}): она будет запускаться на этапе, выбранном ниже.} few {# последовательности запускаются, когда лид попадает на этап «{name}» ({names}): они будут запускаться на этапе, выбранном ниже.} many {# последовательностей запускаются, когда лид попадает на этап «{name}» ({names}): они будут запускаться на этапе, выбранном ниже.} other {# последовательности запускаются, когда лид попадает на этап «{name}» ({names}): они будут запускаться на этапе, выбранном ниже.}}',
  'pipeline.remove.sequencesDropped':
    '{count, plural, one {# последовательность запускается, когда лид попадает на этап «{name}» ({names}): каждый новый лид попадает на первый этап, поэтому она больше не будет запускаться по этапу (остальные условия запуска остаются).} few {# последовательности запускаются, когда лид попадает на этап «{name}» ({names}): каждый новый лид попадает на первый этап, поэтому они больше не будут запускаться по этапу (остальные условия запуска остаются).} many {# последовательностей запускаются, когда лид попадает на этап «{name}» ({names}): каждый новый лид попадает на первый этап, поэтому они больше не будут запускаться по этапу (остальные условия запуска остаются).} other {# последовательности запускаются, когда лид попадает на этап «{name}» ({names}): каждый новый лид попадает на первый этап, поэтому они больше не будут запускаться по этапу (остальные условия запуска остаются).}}',
  'pipeline.remove.moveTo': 'Перенести лиды на этап',
  'pipeline.remove.confirm': 'Удалить и перенести лиды',
  'pipeline.moves.title': 'При сохранении',
  'pipeline.moves.item': 'Лиды с этапа «{from}» будут перенесены на этап «{to}». В их истории останется прежний этап.',

  // Adding a stage
  'pipeline.add.title': 'Добавление этапа',
  'pipeline.add.name': 'Название нового этапа',
  'pipeline.add.probability': 'Вероятность нового этапа (%)',
  'pipeline.add.submit': 'Добавить этап',
  'pipeline.add.hint': 'Этап добавляется перед этапом выигрыша; переместите его на нужное место.',

  // Currency
  'pipeline.currency': 'Валюта',
  'pipeline.currency.hint': 'Используется для сумм новых сделок и для итогов.',

  // Save bar
  'pipeline.save': 'Сохранить этапы',
  'pipeline.discard': 'Отменить изменения',
  'pipeline.unchanged': 'Несохранённых изменений нет.',
  'pipeline.unsaved': 'Есть несохранённые изменения.',
  'pipeline.invalid': 'Чтобы сохранить, исправьте отмеченные поля.',
  'pipeline.saving': 'Сохранение…',
  'pipeline.saved': 'Этапы сохранены.',
  'pipeline.saveFailed': 'Не удалось сохранить этапы. Попробуйте ещё раз.',
  'pipeline.announce.added': 'Этап добавлен: {name}',
  'pipeline.announce.removed': 'Этап удалён: {name}',
  'pipeline.announce.moved': 'Этап «{name}» перемещён на позицию {position}',
  'pipeline.removedStage': '{name} (этап удалён)',

  // Field errors of the stages editor
  'pipeline.error.empty-name': 'Введите название.',
  'pipeline.error.name-too-long': 'Не более 60 символов.',
  'pipeline.error.duplicate-name': 'Этап с таким названием уже есть.',
  'pipeline.error.duplicate-name-other-language': 'Другой этап называется так на английском, польском, румынском или русском (название стандартного этапа меняется вместе с языком).',
  'pipeline.error.not-a-number': 'Введите целое число от 0 до 100.',
  'pipeline.error.not-whole': 'Введите целое число от 0 до 100.',
  'pipeline.error.out-of-range': 'Введите целое число от 0 до 100.',
  'pipeline.error.too-many': 'В воронке может быть не более 30 этапов.',
  'pipeline.error.unknown-stage': 'Этого этапа больше нет.',
  'pipeline.error.fixed-stage': 'Первый этап, а также этапы выигрыша и проигрыша удалить нельзя.',
  'pipeline.error.fixed-probability': 'Вероятность выигрыша всегда 100\u00a0%, проигрыша — 0\u00a0%.',
  'pipeline.error.cannot-move': 'Этот этап нельзя переместить дальше.',
  'pipeline.error.bad-target': 'Выберите этап, на который перенести лиды.',
  'pipeline.error.last-open-stage': 'Нужен хотя бы один рабочий этап.',
  'pipeline.error.bad-id': 'Не удалось добавить этап. Попробуйте другое название.',
  'pipeline.error.invalid': 'Такое изменение нарушит список этапов.',

  // Stage changes (side panel)
  'pipeline.change.error.unknown-stage': 'Этого этапа больше нет. Выберите другой.',
  'pipeline.change.error.same-stage': 'Лид уже на этом этапе.',
  'pipeline.change.error.needs-value': 'Чтобы отметить сделку как выигранную, введите её итоговую сумму.',
  'pipeline.change.error.needs-reason': 'Укажите причину проигрыша сделки.',
  'pipeline.change.error.bad-value': 'Недопустимое значение.',
  'pipeline.change.error.use-reactivate': 'Проигранный лид возвращается в воронку кнопкой «Вернуть в работу».',
  'pipeline.change.error.not-lost': 'Вернуть в работу можно только проигранный лид.',

  // Deal fields (side panel)
  'pipeline.deal.error.negative': 'Сумма сделки не может быть отрицательной.',
  'pipeline.deal.error.not-a-number': 'Введите число, например 25\u00a0000 или 25\u00a0000,50.',
  'pipeline.deal.error.absurd': 'Слишком большая сумма для сделки.',
  'pipeline.deal.error.ambiguous': 'Тысячи или копейки? Напишите 25\u00a0000 для тысяч или 25,50 для копеек.',
  'pipeline.close.error.before-lead': 'Дата закрытия не может быть раньше даты создания лида.',
  'pipeline.close.error.too-far': 'Дата закрытия не может быть позже чем через 10 лет.',
  'pipeline.close.error.invalid': 'Введите дату.',
  // Stage of a lead (side panel)
  'stage.title': 'Этап',
  'stage.select': 'Этап',
  'stage.since': 'На этапе «{stage}» с {date} ({days})',
  'stage.reactivations': '{count, plural, =1 {Возвращён в работу один раз} one {Возвращён в работу # раз} few {Возвращён в работу # раза} many {Возвращён в работу # раз} other {Возвращён в работу # раза}}',
  'stage.wonTitle': 'Закрыть как выигранную',
  'stage.lostTitle': 'Закрыть как проигранную',
  'stage.finalValue': 'Итоговая сумма сделки',
  'stage.lostReason': 'Почему сделка проиграна?',
  'stage.lostValue': 'Сумма сделки (необязательно)',
  'stage.confirmWon': 'Отметить как выигранную',
  'stage.confirmLost': 'Отметить как проигранную',
  'stage.cancel': 'Отмена',
  'stage.reactivate': 'Вернуть в работу',
  'stage.reactivateHint': 'Лид вернётся на этап «{stage}»; если он продвинется дальше, то будет засчитан как спасённый.',
  'stage.history': 'История этапов',
  'stage.entry.first': '{date}: начало на этапе «{to}»',
  'stage.entry.change': '{date}: «{from}» → «{to}»',
  'stage.entry.won': '{date}: сделка выиграна ({value})',
  'stage.entry.lost': '{date}: сделка проиграна на этапе «{from}»',
  'stage.entry.reactivated': '{date}: возвращён в работу на этап «{to}»',
  'stage.entry.stage-removed': '{date}: этап «{from}» удалён, лид перенесён на этап «{to}»',
  'stage.entry.reason': 'Причина: {reason}',
  'stage.undoLabel': 'смена этапа',

  // Deal fields (side panel)
  'deal.title': 'Сделка',
  'deal.value': 'Сумма сделки',
  'deal.currency': 'Валюта',
  'deal.close': 'Ожидаемая дата закрытия',
  'deal.source': 'Источник',
  'deal.referredBy': 'По рекомендации',
  'deal.weighted': 'С учётом вероятности этапа: {value} ({probability}\u00a0%)',
  'deal.saveFailed': 'Не удалось сохранить. Попробуйте ещё раз.',
};
