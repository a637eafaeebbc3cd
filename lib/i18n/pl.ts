import { en } from './en';
import type { Messages } from './runtime';

// PLACEHOLDER until the translation lands.
export const pl: Messages = en;
