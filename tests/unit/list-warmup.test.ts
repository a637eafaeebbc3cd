// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { warmListScan } from '@/lib/content/list-warmup';

describe('warming the list scan', () => {
  it('runs the scan over rows of both shapes (list items and blocks) in a document of its own', () => {
    const main = document.createElement('main');
    main.textContent = 'LinkedIn';
    document.body.append(main);
    const before = document.body.outerHTML;
    // Three list rows and three block rows, scanned as a search page and as connections.
    expect(warmListScan()).toBe(12);
    expect(document.body.outerHTML).toBe(before);
  });
});
