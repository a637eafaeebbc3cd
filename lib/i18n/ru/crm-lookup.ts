import type { enCrmLookup } from '../en-crm-lookup';

/** "Already in your CRM": the line on a LinkedIn profile and in the side panel. */
export const ruCrmLookup: Record<keyof typeof enCrmLookup, string> = {
  'crmLookup.checking': 'Проверка в HubSpot…',
  'crmLookup.found': 'Есть в HubSpot',
  'crmLookup.owner': 'владелец: {name}',
  'crmLookup.noOwner': 'без владельца',
  'crmLookup.open': 'Открыть в HubSpot',
  'crmLookup.openFor': 'Открыть {name} в HubSpot (новая вкладка)',
  'crmLookup.notFound': 'Нет в HubSpot',
  'crmLookup.busy': 'HubSpot не проверен: слишком много запросов за эту минуту. Откройте профиль снова через минуту.',
  'crmLookup.error': 'Сейчас не удалось проверить HubSpot.',
  'crmLookup.scopes': 'HubSpot не проверен: частному приложению не хватает разрешения (см. страницу настроек).',
  'crmLookup.reconnect': 'HubSpot отклонил токен: подключитесь заново на странице настроек.',
  'crmLookup.stage.subscriber': 'Подписчик',
  'crmLookup.stage.lead': 'Лид',
  'crmLookup.stage.marketingqualifiedlead': 'Лид, квалифицированный маркетингом',
  'crmLookup.stage.salesqualifiedlead': 'Лид, квалифицированный продажами',
  'crmLookup.stage.opportunity': 'Возможность',
  'crmLookup.stage.customer': 'Клиент',
  'crmLookup.stage.evangelist': 'Евангелист',
  'crmLookup.stage.other': 'Другое',
};
