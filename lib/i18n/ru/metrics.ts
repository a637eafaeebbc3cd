import type { enMetrics } from '../en-metrics';

/** Russian strings of velocity, the dashboard and the metrics options. */
export const ruMetrics: Record<keyof typeof enMetrics, string> = {
  'vel.title': 'Скорость продаж',
  'vel.window': 'Период',
  'vel.window.30': 'Последние 30 дней',
  'vel.window.90': 'Последние 90 дней',
  'vel.window.365': 'Последние 365 дней',
  'vel.perDay': '{value} в день',
  'vel.per30': '{value} за 30 дней',
  'vel.notEnough':
    'Недостаточно данных для расчёта скорости за {days, plural, one {последний # день} few {последние # дня} many {последние # дней} other {последние # дня}}:',
  'vel.missing.no-opportunities': 'сейчас нет сделок в работе',
  'vel.missing.no-won-deals': 'нет выигранных сделок с суммой в {currency}',
  'vel.missing.no-closed-deals': 'нет выигранных или проигранных сделок',
  'vel.missing.no-cycle': 'цикл продаж не определён (нужна хотя бы одна выигранная сделка)',
  'vel.missing.zero-cycle': 'цикл продаж не определён (выигранные сделки были сохранены уже выигранными)',
  'vel.change.up':
    'Рост на {pct} относительно {days, plural, one {предыдущего # дня} few {предыдущих # дней} many {предыдущих # дней} other {предыдущих # дня}}.',
  'vel.change.down':
    'Снижение на {pct} относительно {days, plural, one {предыдущего # дня} few {предыдущих # дней} many {предыдущих # дней} other {предыдущих # дня}}.',
  'vel.change.pushed': 'Сильнее всего повлиял показатель «{lever}» ({before} → {after}): он поднял скорость на {effect}.',
  'vel.change.pulled': 'Сильнее всего повлиял показатель «{lever}» ({before} → {after}): он снизил скорость на {effect}.',
  'vel.change.flat':
    'Без изменений относительно {days, plural, one {предыдущего # дня} few {предыдущих # дней} many {предыдущих # дней} other {предыдущих # дня}}.',
  'vel.change.noPrevious':
    'Не с чем сравнить: за {days, plural, one {предыдущий # день} few {предыдущие # дня} many {предыдущие # дней} other {предыдущие # дня}} скорость не рассчитана.',
  'vel.change.fromZero':
    'Рост с 0 за {days, plural, one {предыдущий # день} few {предыдущие # дня} many {предыдущие # дней} other {предыдущие # дня}}, когда закрытые сделки ничего не принесли (ни одна не была выиграна или выигранные стоили 0).',
  'vel.lever.opportunities': 'число сделок в работе',
  'vel.lever.dealValue': 'размер сделки',
  'vel.lever.winRate': 'доля выигранных сделок',
  'vel.lever.cycle': 'цикл продаж',
  'vel.factors': 'Факторы',
  'vel.f.opportunities': 'Сделки в работе',
  'vel.f.dealValue': 'Средняя выигранная сделка',
  'vel.f.winRate': 'Доля выигранных сделок',
  'vel.f.cycle': 'Цикл продаж',
  'vel.how.opportunities.qualified': 'лиды в работе после первого этапа, на сегодня',
  'vel.how.opportunities.all': 'все лиды в работе, на сегодня',
  'vel.how.dealValue':
    'среднее по {count, plural, one {# выигранной сделке} few {# выигранным сделкам} many {# выигранным сделкам} other {# выигранной сделки}} в {currency} за {days, plural, one {последний # день} few {последние # дня} many {последние # дней} other {последние # дня}}',
  'vel.how.winRate':
    '{won, plural, one {выиграна #} few {выиграны #} many {выиграно #} other {выиграно #}} из {closed, plural, one {# закрытой} few {# закрытых} many {# закрытых} other {# закрытой}} за {days, plural, one {последний # день} few {последние # дня} many {последние # дней} other {последние # дня}}',
  'vel.how.cycle.mean':
    'среднее от создания до выигрыша, по {count, plural, one {# выигранной сделке} few {# выигранным сделкам} many {# выигранным сделкам} other {# выигранной сделки}}',
  'vel.how.cycle.median':
    'медиана от создания до выигрыша, по {count, plural, one {# выигранной сделке} few {# выигранным сделкам} many {# выигранным сделкам} other {# выигранной сделки}}',
  'vel.effect': 'вклад в изменение скорости: {effect}',
  'vel.unknown': 'неизвестно',
  'vel.otherCurrencies': 'Не учтено в средней сделке (нет курса обмена): {list}.',
  'vel.otherCurrency': '{count, plural, one {# сделка} few {# сделки} many {# сделок} other {# сделки}} в {currency}',
  'vel.trend': 'Последние 12 периодов',
  'vel.trendLabel':
    'Скорость в день за последние 12 периодов по {days, plural, one {# дню} few {# дня} many {# дней} other {# дня}}, от ранних к поздним: {values}',
  'vel.whatIf': 'Что, если',
  'vel.whatIf.lever': 'Фактор',
  'vel.whatIf.change': 'Изменение (%)',
  'vel.whatIf.result': 'Скорость составила бы {value} в день ({pct}).',
  'vel.whatIf.none': 'Скорость по-прежнему нельзя было бы рассчитать.',
  'vel.whatIf.cycleHint': 'Отрицательное изменение сокращает цикл.',
  'vel.pipelineValue': 'Объём воронки',
  'vel.pipelineValue.detail': '{raw} в работе, {weighted} с учётом вероятности этапов',
  'vel.pipelineValue.other': '+ {list} в других валютах (без пересчёта)',
  'vel.stale': 'Обновляем показатели по вашим лидам…',
  'vel.openDashboard': 'Дашборд',

  // Dashboard page
  'dash.title': 'Дашборд воронки',
  'dash.computing': 'Подсчёт лидов…',
  'dash.funnel': 'Воронка: где отсеиваются лиды',
  'dash.funnel.reached': '{count, plural, one {# лид дошёл} few {# лида дошли} many {# лидов дошли} other {# лида дошли}}',
  'dash.funnel.lost': '{count, plural, one {# лид потерян на этом этапе} few {# лида потеряны на этом этапе} many {# лидов потеряно на этом этапе} other {# лида потеряно на этом этапе}}',
  'dash.funnel.conversion': '{share} перешли дальше',
  'dash.funnel.worst': 'Больше всего лидов отсеивается на этапе «{stage}».',
  'dash.funnelLabel': 'Лиды, дошедшие до каждого этапа',
  'dash.value': 'Объём воронки',
  'dash.value.raw': 'Сделки в работе',
  'dash.value.weighted': 'С учётом вероятности этапов',
  'dash.deals':
    'Сделки за {days, plural, one {последний # день} few {последние # дня} many {последние # дней} other {последние # дня}}',
  'dash.avgDeal': 'Средний размер сделки',
  'dash.winRate': 'Доля выигранных сделок',
  'dash.cycle': 'Цикл продаж',
  'dash.followUps': 'Запланированные касания',
  'dash.due': 'На сегодня',
  'dash.overdue': 'Просрочено',
  'dash.touchesPerWon': 'Касаний на выигранную сделку',
  'dash.rescued': 'Спасённые лиды (за всё время)',
  'dash.rescued.detail':
    '{count, plural, one {# лид возвращён} few {# лида возвращены} many {# лидов возвращено} other {# лида возвращено}} в работу после проигрыша, из них {progressed, plural, one {# продвинулся} few {# продвинулись} many {# продвинулись} other {# продвинулись}} дальше (выиграно: {won})',
  'dash.referrals': 'Рекомендации (за всё время)',
  'dash.referrals.detail':
    '{count, plural, one {# лид пришёл по рекомендации} few {# лида пришли по рекомендации} many {# лидов пришли по рекомендации} other {# лида пришли по рекомендации}}; выиграно: {won}, выручка: {revenue}',
  'dash.completeness': 'Полнота данных',
  'dash.field.email': 'Эл. почта',
  'dash.field.title': 'Должность',
  'dash.field.company': 'Компания',
  'dash.field.dealValue': 'Сумма сделки',
  'dash.field.nextStep': 'Следующий шаг',
  'dash.costs': 'Стоимость привлечения и пожизненная ценность клиента',
  'dash.cac': 'Стоимость привлечения клиента (CAC)',
  'dash.cac.how':
    '{spend} затрат за {days, plural, one {# день} few {# дня} many {# дней} other {# дня}} ÷ {won, plural, one {# выигранная сделка} few {# выигранные сделки} many {# выигранных сделок} other {# выигранной сделки}}',
  'dash.clv': 'Пожизненная ценность клиента (LTV)',
  'dash.clv.how':
    '{deal} × маржа {margin} × {purchases, plural, one {{purchases} покупка} few {{purchases} покупки} many {{purchases} покупок} other {{purchases} покупки}} в год × {years, plural, one {{years} год} few {{years} года} many {{years} лет} other {{years} года}}',
  'dash.clvCac': 'Пожизненная ценность клиента = {ratio}\u00a0× стоимость привлечения',
  'dash.costs.none': 'Чтобы увидеть эти показатели, укажите затраты на странице настроек.',
  'dash.forecasts': 'Прогнозы',
  'dash.fc.weighted': 'С учётом вероятности этапов',
  'dash.fc.weighted.howIn':
    'каждая сделка в работе × вероятность её этапа ({count, plural, one {# сделка с суммой} few {# сделки с суммой} many {# сделок с суммой} other {# сделки с суммой}} в {currency}; другие валюты отдельно)',
  'dash.fc.weighted.how':
    'каждая сделка в работе × вероятность её этапа ({count, plural, one {# сделка с суммой} few {# сделки с суммой} many {# сделок с суммой} other {# сделки с суммой}})',
  'dash.fc.cycleAge': 'По возрасту сделок',
  'dash.fc.cycleAge.how': 'каждая сделка в работе × её возраст ÷ типичный цикл ({cycle}), не более 100\u00a0%',
  'dash.fc.historical':
    'По историческому темпу, на {days, plural, one {следующий # день} few {следующие # дня} many {следующие # дней} other {следующие # дня}}',
  'dash.fc.historical.how':
    'выиграно за {days, plural, one {последний # день} few {последние # дня} many {последние # дней} other {последние # дня}}: {baseline}, с поправкой на рост {growth} (изменение относительно {days, plural, one {предыдущего # дня} few {предыдущих # дней} many {предыдущих # дней} other {предыдущих # дня}})',
  'dash.fc.unknown': 'Неизвестно: {reason}',
  'dash.fc.noCycle': 'типичный цикл ещё не известен (нет выигранных сделок)',
  'dash.responseTimes': 'Время ответа',
  'dash.trend': 'Скорость в день за последние 12 периодов по {days, plural, one {# дню} few {# дня} many {# дней} other {# дня}}',
  'dash.open': 'Открыть дашборд',

  // Options: metrics
  'metricsOpt.title': 'Показатели',
  'metricsOpt.intro': 'Как считаются скорость продаж и показатели дашборда. Определения — в README.',
  'metricsOpt.scope': 'Сделками в работе считаются',
  'metricsOpt.scope.qualified': 'Лиды в работе после первого этапа (квалифицированные)',
  'metricsOpt.scope.all': 'Все лиды в работе',
  'metricsOpt.cycle': 'Цикл продаж считается как',
  'metricsOpt.cycle.median': 'Медиана (почти не зависит от одной затянувшейся сделки)',
  'metricsOpt.cycle.mean': 'Среднее',
  'metricsOpt.costs': 'Затраты (необязательно)',
  'metricsOpt.monthlySpend': 'Затраты на привлечение клиентов в месяц ({currency})',
  'metricsOpt.margin': 'Валовая маржа (%)',
  'metricsOpt.purchases': 'Покупок одного клиента в год',
  'metricsOpt.years': 'Сколько лет клиент остаётся с вами',
  'metricsOpt.saved': 'Настройки показателей сохранены.',
  'metricsOpt.invalid': 'Введите число не меньше нуля (маржа — не больше 100).',
};
