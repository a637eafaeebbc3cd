/**
 * Whether the browser may evict the extension's database under storage pressure,
 * and how much it uses (the options page shows both). Chrome: the manifest's
 * `unlimitedStorage` exempts it, with no install warning. Firefox: the rep asks
 * for persistence with a button, since `navigator.storage.persist()` may prompt.
 */

export type StorageApi = {
  persisted(): Promise<boolean>;
  persist(): Promise<boolean>;
  estimate(): Promise<{ usage?: number; quota?: number }>;
};

export type StorageState = { persisted: boolean | undefined; usage: number | undefined; quota: number | undefined };

/** Read what the browser says; anything it does not say (or fails to) is undefined. */
export async function readStorageState(api: StorageApi | undefined): Promise<StorageState> {
  const [persisted, estimate] = await Promise.all([api?.persisted().catch(() => undefined), api?.estimate().catch(() => undefined)]);
  return { persisted, usage: estimate?.usage, quota: estimate?.quota };
}

const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

/** "1.2 MB", in the rep's locale. */
export function formatBytes(bytes: number, locale: string): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return new Intl.NumberFormat(locale, { style: 'unit', unit: UNITS[unit], unitDisplay: 'short', maximumFractionDigits: value < 10 && unit > 0 ? 1 : 0 }).format(value);
}
