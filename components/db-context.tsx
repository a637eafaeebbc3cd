import { createContext, useContext, type ReactNode } from 'react';
import { getDb, type LeadsDatabase } from '@/lib/db/database';

// Pages use the extension's database; tests hand in a fresh one.
const DbContext = createContext<LeadsDatabase | undefined>(undefined);

export function DbProvider({ db, children }: { db?: LeadsDatabase; children: ReactNode }) {
  return <DbContext.Provider value={db ?? getDb()}>{children}</DbContext.Provider>;
}

export function useDb(): LeadsDatabase {
  const db = useContext(DbContext);
  if (!db) throw new Error('useDb outside DbProvider');
  return db;
}
