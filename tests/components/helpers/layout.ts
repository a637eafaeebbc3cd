import { afterAll, beforeAll } from 'vitest';

/** jsdom has no layout: give every element a size so virtual lists draw rows. Call at the top of a test file. */
export function withFakeLayout(): void {
  const sizes = { clientHeight: 600, clientWidth: 400, offsetHeight: 600, offsetWidth: 400 } as const;
  const saved = new Map<string, PropertyDescriptor | undefined>();
  beforeAll(() => {
    for (const [name, value] of Object.entries(sizes)) {
      saved.set(name, Object.getOwnPropertyDescriptor(HTMLElement.prototype, name));
      Object.defineProperty(HTMLElement.prototype, name, { configurable: true, get: () => value });
    }
  });
  afterAll(() => {
    for (const [name, descriptor] of saved) if (descriptor) Object.defineProperty(HTMLElement.prototype, name, descriptor);
  });
}
