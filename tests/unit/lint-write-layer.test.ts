import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The write layer's rule, through the project's own lint config: app code that
 * writes a tracked table other than through commit() fails `npm test`.
 */
const eslint = new ESLint({ overrideConfigFile: 'tests/tools/eslint.config.js' });

async function findings(code: string, filePath = 'lib/leads/example.ts'): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'local/no-direct-tracked-write').map((m) => m.message);
}

describe('lint: only the write layer writes the tracked tables', () => {
  it.each([
    ['a put on a table property', 'declare const db: any; await db.leads.put({ id: "x" });'],
    ['a bulk write', 'declare const db: any; await db.activities.bulkAdd([]);'],
    ['a delete through a query', 'declare const db: any; await db.enrolments.where("leadId").equals("x").delete();'],
    ['a modify through a query', 'declare const db: any; await db.stageHistory.where("leadId").equals("x").modify({ leadId: "y" });'],
    ['a table reached by name', 'declare const tx: any; await tx.table("companies").clear();'],
    ['an optional chain', 'declare const db: any; await db?.leads?.update("x", {});'],
  ])('refuses %s', async (_name, code) => {
    expect(await findings(code)).toEqual([expect.stringContaining('bypasses the write layer')]);
  });

  it('allows reads, untracked tables, the writer of a commit, and the write layer itself', async () => {
    expect(await findings('declare const db: any; await db.leads.get("x"); await db.leads.where("x").equals(1).toArray();')).toEqual([]);
    expect(await findings('declare const db: any; await db.settings.put({ key: "k" }); await db.sequences.bulkPut([]);')).toEqual([]);
    expect(await findings('declare const w: any; await w.put("leads", []); await w.delete("activities", ["x"]);')).toEqual([]);
    expect(await findings('declare const db: any; await db.leads.put({ id: "x" });', 'lib/db/write/commit.ts')).toEqual([]);
  });

  it('applies to components and entry points too', async () => {
    expect(await findings('declare const db: any; void db.leads.bulkPut([]);', 'components/Example.tsx')).toHaveLength(1);
    expect(await findings('declare const db: any; void db.companies.put({});', 'entrypoints/example.ts')).toHaveLength(1);
  });
});
