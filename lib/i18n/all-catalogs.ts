/**
 * Every catalog, for the background: a service worker cannot import() a chunk later, and the
 * background must answer in whichever language the rep picks (menus, notifications, the
 * content script's strings). Extension pages use ./load instead and carry one language.
 */
import { en } from './en';
import { pl } from './pl';
import { ro } from './ro';
import { ru } from './ru';
import type { Locale } from './locales';
import type { Messages } from './runtime';

export const CATALOGS: Readonly<Record<Locale, Messages>> = { en, pl, ro, ru };
