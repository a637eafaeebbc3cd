import { afterEach, beforeEach } from 'vitest';

/**
 * Run each test of the file with `process.env.TZ` set to `zone` (Node reads it at each
 * date call), restored after: calendar arithmetic, quiet hours and business days are
 * local-time rules, so the tests pin the zone instead of depending on the machine's.
 */
export function inTimeZone(zone: string): void {
  const original = process.env.TZ;
  beforeEach(() => {
    process.env.TZ = zone;
  });
  afterEach(() => {
    process.env.TZ = original;
  });
}
