// What pages, the background and the content script call. No catalog is imported here: see ./load,
// ./all-catalogs and ./content-messages for how each context gets its language.
export { t, currentLocale, formatDateTime, formatList, activateMessages, type MessageKey, type Messages } from './runtime';
