/**
 * Records by some of their keys, answering as a Dexie `where(key).equals(value).first()`
 * would: the record with the lowest id among those holding the value. A batch save
 * fetches its candidates once, then looks every row up here; `put` keeps it up to
 * date as rows are merged, so row n sees the rows before it as the database would
 * after writing them (a key a merge changed no longer finds the old record).
 */
export class KeyIndex<T extends { id: string }, K extends keyof T & string> {
  private readonly byKey = new Map<K, Map<string, Map<string, T>>>();
  private readonly current = new Map<string, T>();

  constructor(
    private readonly keys: readonly K[],
    records: Iterable<T> = [],
  ) {
    for (const key of keys) this.byKey.set(key, new Map());
    for (const record of records) this.put(record);
  }

  put(record: T): void {
    const before = this.current.get(record.id);
    this.current.set(record.id, record);
    for (const key of this.keys) {
      const values = this.byKey.get(key);
      if (!values) continue;
      const old = before?.[key];
      if (typeof old === 'string' && old !== record[key]) values.get(old)?.delete(record.id);
      const value = record[key];
      if (typeof value !== 'string') continue;
      const holders = values.get(value) ?? new Map<string, T>();
      holders.set(record.id, record);
      values.set(value, holders);
    }
  }

  first(key: K, value: string): T | undefined {
    let found: T | undefined;
    // IndexedDB orders string keys by UTF-16 code units, as `<` does.
    for (const [id, record] of this.byKey.get(key)?.get(value) ?? []) if (!found || id < found.id) found = record;
    return found;
  }
}
