import type { enCrm } from '../en-crm';

/** Strings of the CRM connection (options page, "CRM" section). */
export const ruCrm: Record<keyof typeof enCrm, string> = {
  'crm.tokenLabel': 'Токен доступа HubSpot',
  'crm.tokenHelp': 'В HubSpot создайте частное приложение (Настройки › Интеграции › Частные приложения) с доступом на чтение и запись к контактам, компаниям и сделкам и вставьте сюда его токен доступа.',
  'crm.connect': 'Подключить',
  'crm.connecting': 'Подключение…',
  'crm.connected': 'Подключено к аккаунту HubSpot {portalId} ({domain}).',
  'crm.connectedSince': 'Подключено {date}. Токен {hint}.',
  'crm.owners': '{count, plural, one {# ответственный} few {# ответственных} many {# ответственных} other {# ответственного}} в этом аккаунте: {names}.',
  'crm.ownersNone': 'В этом аккаунте нет ответственных.',
  'crm.whatGoes': 'Пока подключение активно, ваши лиды, компании, сделки и касания передаются в этот аккаунт HubSpot и только туда.',
  'crm.disconnect': 'Отключить',
  'crm.disconnectAsk': 'Отключить HubSpot? Токен будет забыт, и расширение может потерять доступ к HubSpot. Ваши лиды останутся здесь.',
  'crm.disconnected': 'HubSpot отключён. Ничего не покидает этот браузер.',
  'crm.reconnect': 'HubSpot отклонил токен (отозван или истёк). Подключитесь снова с новым токеном; ничего из ожидающего синхронизации не потеряется.',
  'crm.error.refused': 'HubSpot отклонил этот токен. Проверьте, что он скопирован целиком и что у приложения есть доступ к контактам, компаниям и сделкам.',
  'crm.error.unreachable': 'Не удалось связаться с HubSpot. Проверьте подключение и попробуйте снова.',
  'crm.error.unexpected': 'HubSpot ответил так, как эта версия не понимает. Попробуйте позже.',
  'crm.error.no-permission': 'Браузеру не разрешили обращаться к HubSpot, поэтому ничего не отправлено.',
  'crm.otherPortal': 'Этот токен открывает аккаунт HubSpot {portalId}, а не тот, к которому вы подключались раньше. Подключение к нему начинается заново: лиды будут сопоставлены в этом аккаунте заново.',
  'crm.otherPortalConfirm': 'Подключить аккаунт {portalId}',
};
