import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { en } from '@/lib/i18n/en';
import { activateMessages } from '@/lib/i18n/runtime';

// Tests read the English interface unless they pick a language themselves.
activateMessages('en', en);

// findBy* waits for Dexie live queries; on a loaded 2-core CI machine one second is not always enough.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => {
  cleanup();
  fakeBrowser.reset();
});
