import type { enMetrics } from '../en-metrics';

/** Romanian strings of velocity, the dashboard and the metrics options. */
export const roMetrics: Record<keyof typeof enMetrics, string> = {
  'vel.title': 'Viteza pipeline-ului',
  'vel.window': 'Interval',
  'vel.window.30': 'Ultimele 30 de zile',
  'vel.window.90': 'Ultimele 90 de zile',
  'vel.window.365': 'Ultimele 365 de zile',
  'vel.perDay': '{value} pe zi',
  'vel.per30': '{value} la 30 de zile',
  'vel.notEnough':
    'Date insuficiente pentru calculul vitezei în {days, plural, one {ultima zi} few {ultimele # zile} other {ultimele # de zile}}:',
  'vel.missing.no-opportunities': 'nicio oportunitate deschisă în acest moment',
  'vel.missing.no-won-deals': 'nicio tranzacție câștigată cu valoare în {currency}',
  'vel.missing.no-closed-deals': 'nicio tranzacție câștigată sau pierdută',
  'vel.missing.no-cycle': 'niciun ciclu de vânzare (necesită o tranzacție câștigată)',
  'vel.missing.zero-cycle': 'niciun ciclu de vânzare (tranzacțiile câștigate au fost salvate deja câștigate)',
  'vel.change.up':
    'Creștere de {pct} față de {days, plural, one {ziua anterioară} few {cele # zile anterioare} other {cele # de zile anterioare}}.',
  'vel.change.down':
    'Scădere de {pct} față de {days, plural, one {ziua anterioară} few {cele # zile anterioare} other {cele # de zile anterioare}}.',
  'vel.change.pushed': 'Factorul cu cel mai mare impact: {lever} ({before} → {after}), care a crescut viteza cu {effect}.',
  'vel.change.pulled': 'Factorul cu cel mai mare impact: {lever} ({before} → {after}), care a redus viteza cu {effect}.',
  'vel.change.flat':
    'Nicio schimbare față de {days, plural, one {ziua anterioară} few {cele # zile anterioare} other {cele # de zile anterioare}}.',
  'vel.change.noPrevious':
    'Nu există o viteză calculată pentru {days, plural, one {ziua anterioară} few {cele # zile anterioare} other {cele # de zile anterioare}}, cu care să se compare.',
  'vel.change.fromZero':
    'Creștere de la 0 în {days, plural, one {ziua anterioară} few {cele # zile anterioare} other {cele # de zile anterioare}}, când tranzacțiile închise nu au adus nimic (niciuna nu a fost câștigată sau cele câștigate valorau 0).',
  'vel.lever.opportunities': 'numărul de oportunități',
  'vel.lever.dealValue': 'valoarea tranzacțiilor',
  'vel.lever.winRate': 'rata de câștig',
  'vel.lever.cycle': 'ciclul de vânzare',
  'vel.factors': 'Factori',
  'vel.f.opportunities': 'Oportunități',
  'vel.f.dealValue': 'Valoarea medie a tranzacțiilor câștigate',
  'vel.f.winRate': 'Rata de câștig',
  'vel.f.cycle': 'Ciclul de vânzare',
  'vel.how.opportunities.qualified': 'leadurile deschise trecute de prima etapă, în prezent',
  'vel.how.opportunities.all': 'toate leadurile deschise, în prezent',
  'vel.how.dealValue':
    'media pentru {count, plural, one {# tranzacție câștigată} few {# tranzacții câștigate} other {# de tranzacții câștigate}} în {currency}, {days, plural, one {ultima zi} few {ultimele # zile} other {ultimele # de zile}}',
  'vel.how.winRate':
    '{won, plural, one {# câștigată} few {# câștigate} other {# câștigate}} din {closed, plural, one {# tranzacție închisă} few {# tranzacții închise} other {# de tranzacții închise}}, {days, plural, one {ultima zi} few {ultimele # zile} other {ultimele # de zile}}',
  'vel.how.cycle.mean':
    'media, de la creare la câștig, {count, plural, one {# tranzacție câștigată} few {# tranzacții câștigate} other {# de tranzacții câștigate}}',
  'vel.how.cycle.median':
    'mediana, de la creare la câștig, {count, plural, one {# tranzacție câștigată} few {# tranzacții câștigate} other {# de tranzacții câștigate}}',
  'vel.effect': 'efectul modificării: {effect} asupra vitezei',
  'vel.unknown': 'necunoscut',
  'vel.otherCurrencies': 'Excluse din valoarea medie a tranzacțiilor (fără curs de schimb): {list}.',
  'vel.otherCurrency':
    '{count, plural, one {# tranzacție câștigată} few {# tranzacții câștigate} other {# de tranzacții câștigate}} în {currency}',
  'vel.trend': 'Ultimele 12 intervale',
  'vel.trendLabel':
    'Viteza pe zi în ultimele 12 intervale de {days, plural, one {# zi} few {# zile} other {# de zile}}, de la cel mai vechi: {values}',
  'vel.whatIf': 'Scenariu ipotetic',
  'vel.whatIf.lever': 'Factorul modificat',
  'vel.whatIf.change': 'Modificare (%)',
  'vel.whatIf.result': 'Viteza ar fi de {value} pe zi ({pct}).',
  'vel.whatIf.none': 'Viteza tot nu ar putea fi calculată.',
  'vel.whatIf.cycleHint': 'O modificare negativă scurtează ciclul.',
  'vel.pipelineValue': 'Valoarea pipeline-ului',
  'vel.pipelineValue.detail': '{raw} în tranzacții deschise, {weighted} ponderat după etapă',
  'vel.pipelineValue.other': '+ {list}, neconvertite',
  'vel.stale': 'Se actualizează cifrele pe baza leadurilor…',
  'vel.openDashboard': 'Tablou de bord',

  // Dashboard page
  'dash.title': 'Tabloul de bord al pipeline-ului',
  'dash.computing': 'Se numără leadurile…',
  'dash.funnel': 'Pâlnia de vânzări: unde se pierd leadurile',
  'dash.funnel.reached': '{count, plural, one {# lead a ajuns aici} few {# leaduri au ajuns aici} other {# de leaduri au ajuns aici}}',
  'dash.funnel.lost': '{count, plural, one {# lead pierdut aici} few {# leaduri pierdute aici} other {# de leaduri pierdute aici}}',
  'dash.funnel.conversion': '{share} au avansat',
  'dash.funnel.worst': 'Cele mai multe leaduri se pierd în etapa {stage}.',
  'dash.funnelLabel': 'Leadurile care au ajuns în fiecare etapă',
  'dash.value': 'Valoarea pipeline-ului',
  'dash.value.raw': 'Tranzacții deschise',
  'dash.value.weighted': 'Ponderată după etapă',
  'dash.deals': 'Tranzacții, {days, plural, one {ultima zi} few {ultimele # zile} other {ultimele # de zile}}',
  'dash.avgDeal': 'Valoarea medie a tranzacției',
  'dash.winRate': 'Rata de câștig',
  'dash.cycle': 'Ciclul de vânzare',
  'dash.followUps': 'Follow-up-uri',
  'dash.due': 'Scadente azi',
  'dash.overdue': 'Restante',
  'dash.touchesPerWon': 'Interacțiuni per tranzacție câștigată',
  'dash.rescued': 'Leaduri recuperate (de la început)',
  'dash.rescued.detail':
    '{count, plural, one {# lead reactivat după pierdere} few {# leaduri reactivate după pierdere} other {# de leaduri reactivate după pierdere}}, dintre care {progressed, plural, one {# a avansat} few {# au avansat} other {# au avansat}} (câștigate: {won})',
  'dash.referrals': 'Recomandări (de la început)',
  'dash.referrals.detail':
    '{count, plural, one {# lead a venit prin recomandare} few {# leaduri au venit prin recomandare} other {# de leaduri au venit prin recomandare}}; {won, plural, one {# câștigat} few {# câștigate} other {# câștigate}}, cu venituri de {revenue}',
  'dash.completeness': 'Completitudinea datelor',
  'dash.field.email': 'Adresă de e-mail',
  'dash.field.title': 'Funcție',
  'dash.field.company': 'Companie',
  'dash.field.dealValue': 'Valoarea tranzacției',
  'dash.field.nextStep': 'Pasul următor',
  'dash.costs': 'Costul de achiziție și valoarea pe durata de viață a clientului',
  'dash.cac': 'Costul de achiziție a clientului (CAC)',
  'dash.cac.how':
    'cheltuieli de {spend} în {days, plural, one {# zi} few {# zile} other {# de zile}} ÷ {won, plural, one {# tranzacție câștigată} few {# tranzacții câștigate} other {# de tranzacții câștigate}}',
  'dash.clv': 'Valoarea pe durata de viață a clientului (CLV)',
  'dash.clv.how': '{deal} × marja de {margin} × {purchases} (achiziții pe an) × {years} (ani ca client)',
  'dash.clvCac': 'Valoarea pe durata de viață este de {ratio}× costul de achiziție',
  'dash.costs.none': 'Introduceți costurile pe pagina de opțiuni pentru a vedea acești indicatori.',
  'dash.forecasts': 'Prognoze',
  'dash.fc.weighted': 'Ponderată după etapă',
  'dash.fc.weighted.howIn':
    'fiecare tranzacție deschisă × probabilitatea etapei sale ({count, plural, one {# tranzacție cu valoare} few {# tranzacții cu valoare} other {# de tranzacții cu valoare}} în {currency}; celelalte monede separat)',
  'dash.fc.weighted.how':
    'fiecare tranzacție deschisă × probabilitatea etapei sale ({count, plural, one {# tranzacție cu valoare} few {# tranzacții cu valoare} other {# de tranzacții cu valoare}})',
  'dash.fc.cycleAge': 'După vechimea în ciclu',
  'dash.fc.cycleAge.how': 'fiecare tranzacție deschisă × vechimea ei ÷ ciclul tipic de {cycle} (cel mult 100\u00a0%)',
  'dash.fc.historical':
    'Ritm istoric, {days, plural, one {ziua următoare} few {următoarele # zile} other {următoarele # de zile}}',
  'dash.fc.historical.how':
    'câștigat în {days, plural, one {ultima zi} few {ultimele # zile} other {ultimele # de zile}}: {baseline}, ajustat cu {growth} (variația față de {days, plural, one {ziua dinainte} few {cele # zile dinainte} other {cele # de zile dinainte}})',
  'dash.fc.unknown': 'Necunoscută: {reason}',
  'dash.fc.noCycle': 'încă nu există un ciclu tipic (nicio tranzacție câștigată)',
  'dash.responseTimes': 'Timpi de răspuns',
  'dash.trend': 'Viteza pe zi, ultimele 12 intervale de {days, plural, one {# zi} few {# zile} other {# de zile}}',
  'dash.open': 'Deschideți tabloul de bord',

  // Options: metrics
  'metricsOpt.title': 'Indicatori',
  'metricsOpt.intro': 'Cum se calculează viteza și indicatorii din tabloul de bord. Definițiile se află în README.',
  'metricsOpt.scope': 'Oportunitățile sunt',
  'metricsOpt.scope.qualified': 'Leadurile deschise trecute de prima etapă (calificate)',
  'metricsOpt.scope.all': 'Toate leadurile deschise',
  'metricsOpt.cycle': 'Ciclul de vânzare se calculează ca',
  'metricsOpt.cycle.median': 'Mediană (nu este influențată de o singură tranzacție lentă)',
  'metricsOpt.cycle.mean': 'Medie',
  'metricsOpt.costs': 'Costuri (opțional)',
  'metricsOpt.monthlySpend': 'Cheltuieli lunare pentru atragerea clienților ({currency})',
  'metricsOpt.margin': 'Marjă brută (%)',
  'metricsOpt.purchases': 'Achiziții pe client pe an',
  'metricsOpt.years': 'Durata medie a relației cu un client (ani)',
  'metricsOpt.saved': 'Setările indicatorilor au fost salvate.',
  'metricsOpt.invalid': 'Introduceți un număr mai mare sau egal cu zero (marja cel mult 100).',
};
