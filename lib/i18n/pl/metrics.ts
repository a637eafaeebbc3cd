import type { enMetrics } from '../en-metrics';

/** Polish strings of velocity, the dashboard and the metrics options. */
export const plMetrics: Record<keyof typeof enMetrics, string> = {
  'vel.title': 'Prędkość sprzedaży',
  'vel.window': 'Okres',
  'vel.window.30': 'Ostatnie 30 dni',
  'vel.window.90': 'Ostatnie 90 dni',
  'vel.window.365': 'Ostatnie 365 dni',
  'vel.perDay': '{value} dziennie',
  'vel.per30': '{value} na 30 dni',
  'vel.notEnough':
    'Za mało danych, by obliczyć prędkość sprzedaży w ciągu {days, plural, one {ostatniego dnia} few {ostatnich # dni} many {ostatnich # dni} other {ostatnich # dnia}}:',
  'vel.missing.no-opportunities': 'brak otwartych szans sprzedaży',
  'vel.missing.no-won-deals': 'brak wygranej transakcji z wartością w {currency}',
  'vel.missing.no-closed-deals': 'brak transakcji wygranych ani przegranych',
  'vel.missing.no-cycle': 'brak cyklu sprzedaży (potrzebna jest wygrana transakcja)',
  'vel.missing.zero-cycle': 'brak cyklu sprzedaży (wygrane transakcje zapisano już jako wygrane)',
  'vel.change.up':
    'Wzrost o {pct} względem {days, plural, one {poprzedniego dnia} few {poprzednich # dni} many {poprzednich # dni} other {poprzednich # dnia}}.',
  'vel.change.down':
    'Spadek o {pct} względem {days, plural, one {poprzedniego dnia} few {poprzednich # dni} many {poprzednich # dni} other {poprzednich # dnia}}.',
  'vel.change.pushed': 'Największy wpływ: {lever} ({before} → {after}), co podniosło prędkość o {effect}.',
  'vel.change.pulled': 'Największy wpływ: {lever} ({before} → {after}), co obniżyło prędkość o {effect}.',
  'vel.change.flat':
    'Bez zmian względem {days, plural, one {poprzedniego dnia} few {poprzednich # dni} many {poprzednich # dni} other {poprzednich # dnia}}.',
  'vel.change.noPrevious':
    'Brak danych o prędkości z {days, plural, one {poprzedniego dnia} few {poprzednich # dni} many {poprzednich # dni} other {poprzednich # dnia}}, więc nie ma z czym porównać.',
  'vel.change.fromZero':
    'Wzrost od 0 w {days, plural, one {poprzednim dniu} few {poprzednich # dniach} many {poprzednich # dniach} other {poprzednich # dnia}}, gdy zamknięte transakcje nic nie przyniosły (żadna nie została wygrana albo wygrane były warte 0).',
  'vel.lever.opportunities': 'liczba szans sprzedaży',
  'vel.lever.dealValue': 'wielkość transakcji',
  'vel.lever.winRate': 'wskaźnik wygranych',
  'vel.lever.cycle': 'długość cyklu sprzedaży',
  'vel.factors': 'Czynniki',
  'vel.f.opportunities': 'Szanse sprzedaży',
  'vel.f.dealValue': 'Średnia wartość wygranej transakcji',
  'vel.f.winRate': 'Wskaźnik wygranych',
  'vel.f.cycle': 'Cykl sprzedaży',
  'vel.how.opportunities.qualified': 'otwarte leady, które przeszły pierwszy etap, stan na dziś',
  'vel.how.opportunities.all': 'wszystkie otwarte leady, stan na dziś',
  'vel.how.dealValue':
    'średnia z {count, plural, one {# wygranej transakcji} few {# wygranych transakcji} many {# wygranych transakcji} other {# wygranej transakcji}} w {currency}, {days, plural, one {ostatni dzień} few {ostatnie # dni} many {ostatnie # dni} other {ostatnie # dnia}}',
  'vel.how.winRate':
    '{won, plural, one {# wygrana} few {# wygrane} many {# wygranych} other {# wygranej}} na {closed, plural, one {# zamkniętą} few {# zamknięte} many {# zamkniętych} other {# zamkniętej}}, {days, plural, one {ostatni dzień} few {ostatnie # dni} many {ostatnie # dni} other {ostatnie # dnia}}',
  'vel.how.cycle.mean':
    'średnia od utworzenia do wygranej, {count, plural, one {# wygrana transakcja} few {# wygrane transakcje} many {# wygranych transakcji} other {# wygranej transakcji}}',
  'vel.how.cycle.median':
    'mediana od utworzenia do wygranej, {count, plural, one {# wygrana transakcja} few {# wygrane transakcje} many {# wygranych transakcji} other {# wygranej transakcji}}',
  'vel.effect': 'wpływ tej zmiany na prędkość: {effect}',
  'vel.unknown': 'nieznane',
  'vel.otherCurrencies': 'Pominięte w średniej wartości transakcji (brak kursu wymiany): {list}.',
  'vel.otherCurrency': '{count, plural, one {# wygrana} few {# wygrane} many {# wygranych} other {# wygranej}} w {currency}',
  'vel.trend': 'Ostatnie 12 okresów',
  'vel.trendLabel':
    'Prędkość dzienna w 12 ostatnich okresach o długości {days, plural, one {# dnia} few {# dni} many {# dni} other {# dnia}}, od najstarszego: {values}',
  'vel.whatIf': 'Co jeśli?',
  'vel.whatIf.lever': 'Czynnik',
  'vel.whatIf.change': 'Zmiana (%)',
  'vel.whatIf.result': 'Prędkość wyniosłaby {value} dziennie ({pct}).',
  'vel.whatIf.none': 'Prędkość nadal byłaby nieznana.',
  'vel.whatIf.cycleHint': 'Ujemna zmiana skraca cykl.',
  'vel.pipelineValue': 'Wartość lejka',
  'vel.pipelineValue.detail': '{raw} w otwartych transakcjach, {weighted} po ważeniu etapem',
  'vel.pipelineValue.other': '+ {list} bez przeliczenia',
  'vel.stale': 'Aktualizowanie wskaźników na podstawie Twoich leadów…',
  'vel.openDashboard': 'Pulpit',

  // Dashboard page
  'dash.title': 'Pulpit lejka sprzedaży',
  'dash.computing': 'Liczenie leadów…',
  'dash.funnel': 'Lejek: gdzie odpadają leady',
  'dash.funnel.reached':
    '{count, plural, one {# lead dotarł} few {# leady dotarły} many {# leadów dotarło} other {# leada dotarło}}',
  'dash.funnel.lost': '{count, plural, one {# odpadł tutaj} few {# odpadły tutaj} many {# odpadło tutaj} other {# odpadło tutaj}}',
  'dash.funnel.conversion': '{share} przeszło dalej',
  'dash.funnel.worst': 'Najwięcej leadów odpada na etapie „{stage}”.',
  'dash.funnelLabel': 'Leady, które dotarły do poszczególnych etapów',
  'dash.value': 'Wartość lejka',
  'dash.value.raw': 'Otwarte transakcje',
  'dash.value.weighted': 'Ważona etapem',
  'dash.deals': 'Transakcje, {days, plural, one {ostatni dzień} few {ostatnie # dni} many {ostatnie # dni} other {ostatnie # dnia}}',
  'dash.avgDeal': 'Średnia wartość transakcji',
  'dash.winRate': 'Wskaźnik wygranych',
  'dash.cycle': 'Cykl sprzedaży',
  'dash.followUps': 'Follow-upy',
  'dash.due': 'Na dziś',
  'dash.overdue': 'Zaległe',
  'dash.touchesPerWon': 'Kontakty na wygraną transakcję',
  'dash.rescued': 'Odzyskane leady (od początku)',
  'dash.rescued.detail':
    '{count, plural, one {# lead reaktywowany} few {# leady reaktywowane} many {# leadów reaktywowanych} other {# leada reaktywowanego}} po przegranej, z czego {progressed, plural, one {# przeszedł dalej} few {# przeszły dalej} many {# przeszło dalej} other {# przeszło dalej}} (wygrane: {won})',
  'dash.referrals': 'Polecenia (od początku)',
  'dash.referrals.detail':
    '{count, plural, one {# lead przyszedł z polecenia} few {# leady przyszły z polecenia} many {# leadów przyszło z polecenia} other {# leada przyszło z polecenia}}; wygrane: {won}, przychód: {revenue}',
  'dash.completeness': 'Kompletność danych',
  'dash.field.email': 'Adres e-mail',
  'dash.field.title': 'Stanowisko',
  'dash.field.company': 'Firma',
  'dash.field.dealValue': 'Wartość transakcji',
  'dash.field.nextStep': 'Następny krok',
  'dash.costs': 'Koszt pozyskania i wartość klienta',
  'dash.cac': 'Koszt pozyskania klienta (CAC)',
  'dash.cac.how':
    '{spend} wydane w ciągu {days, plural, one {# dnia} few {# dni} many {# dni} other {# dnia}} ÷ {won, plural, one {# wygrana} few {# wygrane} many {# wygranych} other {# wygranej}}',
  'dash.clv': 'Wartość życiowa klienta (CLV)',
  'dash.clv.how':
    '{deal} × marża {margin} × {purchases, plural, one {{purchases} zakup} few {{purchases} zakupy} many {{purchases} zakupów} other {{purchases} zakupu}} rocznie × {years, plural, one {{years} rok} few {{years} lata} many {{years} lat} other {{years} roku}}',
  'dash.clvCac': 'Wartość życiowa klienta to {ratio}× koszt jego pozyskania',
  'dash.costs.none': 'Aby zobaczyć te wskaźniki, wpisz swoje koszty na stronie opcji.',
  'dash.forecasts': 'Prognozy',
  'dash.fc.weighted': 'Ważona etapem',
  'dash.fc.weighted.howIn':
    'każda otwarta transakcja × prawdopodobieństwo jej etapu ({count, plural, one {# transakcja z wartością} few {# transakcje z wartością} many {# transakcji z wartością} other {# transakcji z wartością}} w {currency}; inne waluty osobno)',
  'dash.fc.weighted.how':
    'każda otwarta transakcja × prawdopodobieństwo jej etapu ({count, plural, one {# transakcja z wartością} few {# transakcje z wartością} many {# transakcji z wartością} other {# transakcji z wartością}})',
  'dash.fc.cycleAge': 'Według wieku w cyklu',
  'dash.fc.cycleAge.how': 'każda otwarta transakcja × jej wiek ÷ typowa długość cyklu: {cycle} (najwyżej 100\u00a0%)',
  'dash.fc.historical':
    'Według historycznego tempa, {days, plural, one {kolejny dzień} few {kolejne # dni} many {kolejne # dni} other {kolejne # dnia}}',
  'dash.fc.historical.how':
    'wygrane w {days, plural, one {ostatnim dniu} few {ostatnich # dniach} many {ostatnich # dniach} other {ostatnich # dnia}}: {baseline}, skorygowane o {growth} (zmiana względem {days, plural, one {poprzedniego dnia} few {poprzednich # dni} many {poprzednich # dni} other {poprzednich # dnia}})',
  'dash.fc.unknown': 'Nieznane: {reason}',
  'dash.fc.noCycle': 'brak typowego cyklu (żadnej wygranej transakcji)',
  'dash.responseTimes': 'Czasy odpowiedzi',
  'dash.trend':
    'Prędkość dzienna, 12 ostatnich okresów o długości {days, plural, one {# dnia} few {# dni} many {# dni} other {# dnia}}',
  'dash.open': 'Otwórz pulpit',

  // Options: metrics
  'metricsOpt.title': 'Wskaźniki',
  'metricsOpt.intro': 'Jak liczone są prędkość sprzedaży i wskaźniki na pulpicie. Definicje znajdziesz w pliku README.',
  'metricsOpt.scope': 'Szanse sprzedaży to',
  'metricsOpt.scope.qualified': 'Otwarte leady, które przeszły pierwszy etap (zakwalifikowane)',
  'metricsOpt.scope.all': 'Wszystkie otwarte leady',
  'metricsOpt.cycle': 'Cykl sprzedaży to',
  'metricsOpt.cycle.median': 'Mediana (jedna powolna transakcja jej nie zaburzy)',
  'metricsOpt.cycle.mean': 'Średnia',
  'metricsOpt.costs': 'Koszty (opcjonalnie)',
  'metricsOpt.monthlySpend': 'Miesięczne wydatki na pozyskanie klientów ({currency})',
  'metricsOpt.margin': 'Marża brutto (%)',
  'metricsOpt.purchases': 'Liczba zakupów klienta w roku',
  'metricsOpt.years': 'Liczba lat współpracy z klientem',
  'metricsOpt.saved': 'Ustawienia wskaźników zapisane.',
  'metricsOpt.invalid': 'Wpisz liczbę większą lub równą zero (marża najwyżej 100).',
};
