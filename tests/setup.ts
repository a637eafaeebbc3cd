import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// findBy* waits for Dexie live queries; on a loaded 2-core CI machine one second is not always enough.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => {
  cleanup();
  fakeBrowser.reset();
});
