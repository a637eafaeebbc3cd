import { afterEach, describe, expect, it, vi } from 'vitest';
import { PersonCaptureSchema } from '../../lib/capture/schema';
import { bulkSetStage } from '../../lib/db/bulk';
import type { LeadsDatabase } from '../../lib/db/database';
import { runRescore } from '../../lib/db/rescore';
import { saveCapture } from '../../lib/db/save-capture';
import { getPipeline, getRescoreJob, getScoring, getWriteRules, saveRuleSet } from '../../lib/db/settings';
import { savePipeline } from '../../lib/db/stage';
import type { BackupWorkerReply } from '../../lib/messaging/protocol';
import { addStage, removeStage } from '../../lib/pipeline/stages-edit';
import { DEFAULT_RULESET } from '../../lib/scoring/defaults';
import type { RuleSet } from '../../lib/scoring/schema';
import { MAX_BACKUP_BYTES } from '../../lib/transfer/backup-codes';
import { backupJson, exportBackup, parseBackup, restoreBackup } from '../../lib/transfer/backup';
import { createBackupClient } from '../../lib/transfer/backup-client';
import { answerBackupRequest, BackupSession } from '../../lib/transfer/backup-session';
import { keptRows, recomputedRows } from './helpers/figures';
import { freshDb, NOW, sequentialIds } from './helpers/db';

const clock = () => NOW;
const HOUR = 3_600_000;

async function add(db: LeadsDatabase, name: string, title = 'Engineer'): Promise<string> {
  const slug = name.toLowerCase().replace(/\W+/g, '-');
  const person = PersonCaptureSchema.parse({ fullName: name, title, linkedinUrl: `https://www.linkedin.com/in/${slug}/`, source: 'linkedin', capturedAt: NOW });
  return (await saveCapture(db, { kind: 'person', person }, NOW)).id;
}

async function backupFile(db: LeadsDatabase): Promise<Blob> {
  return new Blob([backupJson(await exportBackup(db, NOW + HOUR))], { type: 'application/json' });
}

function backupOf(text: string) {
  const parsed = parseBackup(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.backup;
}

/** Default rules plus "title contains sales: +15". */
const salesRules: RuleSet = {
  ...DEFAULT_RULESET,
  rules: [...DEFAULT_RULESET.rules, { id: 'sales-title', name: 'Sales title', enabled: true, points: 15, per: 'match', condition: { kind: 'text', field: 'title', op: 'contains', value: 'sales' } }],
};

afterEach(() => vi.unstubAllGlobals());

describe('reading a backup file', () => {
  it('refuses a file over the cap before reading a byte of it, and says how big the cap is', async () => {
    const file = new Blob(['{}']);
    Object.defineProperty(file, 'size', { value: MAX_BACKUP_BYTES + 1 });
    const text = vi.spyOn(file, 'text');
    expect(await new BackupSession(freshDb(), clock).open(file)).toEqual({ ok: false, error: 'too-large' });
    expect(text).not.toHaveBeenCalled();
    // The cap holds a 100,000-lead backup: a saved lead with its capture and first stage entry is well under 1.7 KB.
    const db = freshDb();
    await add(db, 'Ada Lovelace', 'Head of Sales at Analytical Engines Ltd');
    const one = (await backupFile(db)).size;
    await add(db, 'Grace Hopper', 'Head of Sales at Analytical Engines Ltd');
    const perLead = (await backupFile(db)).size - one;
    expect(perLead).toBeGreaterThan(500);
    expect(perLead * 100_000).toBeLessThan(MAX_BACKUP_BYTES * 0.75);
  });

  it('turns a file that cannot be read, or text that breaks the parser, into an outcome the rep is shown', async () => {
    const session = new BackupSession(freshDb(), clock);
    const gone = new Blob(['{}']);
    vi.spyOn(gone, 'text').mockRejectedValue(new DOMException('The requested file could not be read', 'NotReadableError'));
    expect(await session.open(gone)).toEqual({ ok: false, error: 'unreadable', detail: expect.stringContaining('could not be read') });
    const deep = new Blob(['{"format":"prospecting-assistant-backup","version":1,"tables":' + '['.repeat(200_000) + ']'.repeat(200_000) + '}']);
    const outcome = await session.open(deep);
    expect(outcome.ok).toBe(false);
    expect(await session.open(new Blob(['{"format":"prospecting-assistant-backup"']))).toEqual({ ok: false, error: 'truncated' });
    // Nothing opened: a restore is refused.
    await expect(session.restore('merge')).rejects.toMatchObject({ code: 'invalid' });
  });

  it('opens and restores through the same protocol in the page as in the worker, and answers a malformed request', async () => {
    const source = freshDb();
    await add(source, 'Ada Lovelace');
    const file = await backupFile(source);
    const target = freshDb();
    const client = createBackupClient(target, clock, false);
    expect(await client.open(file)).toEqual({ ok: true, exportedAt: NOW + HOUR, leads: 1 });
    expect(await client.restore('merge')).toMatchObject({ leads: 1, moved: 0, rescoring: false });
    expect(await target.leads.count()).toBe(1);
    const replies: BackupWorkerReply[] = [];
    await answerBackupRequest(new BackupSession(target, clock), { type: 'backup.restore', id: 4, mode: 'everything' }, (r) => replies.push(r));
    expect(replies).toEqual([{ type: 'failed', id: 4, code: 'bad-request' }]);
  });

  it('sends the file to the backup worker: the page neither reads nor parses it', async () => {
    const started: string[] = [];
    const posted: unknown[] = [];
    class FakeWorker extends EventTarget {
      constructor(url: URL) {
        super();
        started.push(String(url));
      }
      postMessage(message: { id: number }) {
        posted.push(message);
        // The worker's answer, as it would post it.
        const reply = { type: 'opened', id: message.id, outcome: { ok: true, exportedAt: NOW, leads: 7 } };
        queueMicrotask(() => this.dispatchEvent(new MessageEvent('message', { data: reply })));
      }
      terminate() {}
    }
    vi.stubGlobal('Worker', FakeWorker);
    const file = new Blob(['not even JSON']);
    const text = vi.spyOn(file, 'text');
    const client = createBackupClient(freshDb(), clock);
    expect(await client.open(file)).toEqual({ ok: true, exportedAt: NOW, leads: 7 });
    expect(started).toHaveLength(1);
    expect(started[0]).toMatch(/backup-worker\.ts/);
    expect(posted).toEqual([{ type: 'backup.open', id: 1, file }]);
    expect(text).not.toHaveBeenCalled();
    client.close();
  });

  it('a worker answer that does not parse fails the request instead of leaving the page waiting', async () => {
    class BrokenWorker extends EventTarget {
      postMessage(message: { id: number }) {
        queueMicrotask(() => this.dispatchEvent(new MessageEvent('message', { data: { type: 'opened', id: message.id, outcome: { ok: 'maybe' } } })));
      }
      terminate() {}
    }
    vi.stubGlobal('Worker', BrokenWorker);
    const client = createBackupClient(freshDb(), clock);
    await expect(client.open(new Blob(['{}']))).rejects.toMatchObject({ code: 'unknown' });
  });
});

describe('merging a backup whose rules or stages differ', () => {
  it('opens a rescore when the rules change, and the leads kept here end up scored by the backup’s rules', async () => {
    const remote = freshDb();
    await saveRuleSet(remote, salesRules, NOW);
    await add(remote, 'Grace Hopper', 'Sales director');
    const backup = backupOf(backupJson(await exportBackup(remote, NOW + HOUR)));

    const local = freshDb();
    const kept = await add(local, 'Ada Lovelace', 'Head of Sales');
    const before = (await local.leads.get(kept))!.score;
    const counts = await restoreBackup(local, backup, 'merge', NOW + 2 * HOUR);
    expect(counts.rescoring).toBe(true);
    expect(await getRescoreJob(local)).toMatchObject({ finished: false, total: 2, ruleSet: (await getScoring(local)).ruleSet });
    expect((await getWriteRules(local)).ruleSet).toEqual(backup.tables.settings.find((s) => s.key === 'scoring')?.ruleSet);
    await runRescore(local, () => NOW + 2 * HOUR);
    expect((await local.leads.get(kept))!.score).toBe(before + 15);
    expect(await keptRows(local)).toEqual(await recomputedRows(local, NOW + 2 * HOUR));
  });

  it('a backup without rules merged into rules of its own: the backup’s leads are rescored under the rules here', async () => {
    const remote = freshDb();
    await add(remote, 'Grace Hopper', 'Sales director');
    const backup = backupOf(backupJson(await exportBackup(remote, NOW + HOUR)));
    backup.tables.settings = backup.tables.settings.filter((s) => s.key !== 'scoring');
    const local = freshDb();
    await saveRuleSet(local, salesRules, NOW);
    await runRescore(local, () => NOW);
    expect(await restoreBackup(local, backup, 'merge', NOW + 2 * HOUR)).toMatchObject({ rescoring: true });
    expect((await getWriteRules(local)).ruleSet).toEqual(salesRules);
  });

  it('the same rules on both sides: nothing to rescore, and a rescore running here is left alone', async () => {
    const remote = freshDb();
    await add(remote, 'Grace Hopper');
    const local = freshDb();
    await add(local, 'Ada Lovelace');
    const counts = await restoreBackup(local, backupOf(backupJson(await exportBackup(remote, NOW))), 'merge', NOW + HOUR);
    expect(counts).toMatchObject({ rescoring: false, moved: 0 });
  });

  it('moves leads whose stage the merged pipeline does not have, as the stages editor does, with figures that add up', async () => {
    // Both devices added "Proposal" (each its own id); this device also has "Pilot" (45 %) the backup's pipeline lacks.
    const remote = freshDb();
    const remotePipeline = addStage(await getPipeline(remote), 'Proposal', 70, () => 'proposal-remote');
    if (!remotePipeline.ok) throw new Error(remotePipeline.error);
    await savePipeline(remote, remotePipeline.pipeline, [], NOW);
    await add(remote, 'Grace Hopper');
    const backup = backupOf(backupJson(await exportBackup(remote, NOW + HOUR)));

    const local = freshDb();
    let pipeline = await getPipeline(local);
    for (const [name, probability, id] of [['Proposal', 65, 'proposal-local'], ['Pilot', 45, 'pilot-local']] as const) {
      const added = addStage(pipeline, name, probability, () => id);
      if (!added.ok) throw new Error(added.error);
      pipeline = added.pipeline;
    }
    // And "Product trial" (60 %) is gone from the backup's pipeline.
    const noTrial = removeStage(remotePipeline.pipeline, 'trial', 'demo');
    if (!noTrial.ok) throw new Error(noTrial.error);
    backup.tables.settings = backup.tables.settings.map((row) => (row.key === 'pipeline' ? { ...row, pipeline: noTrial.pipeline } : row));
    await savePipeline(local, pipeline, [], NOW);
    const proposal = await add(local, 'Ada Lovelace');
    const pilot = await add(local, 'Alan Turing');
    const trial = await add(local, 'Edsger Dijkstra');
    await bulkSetStage(local, [proposal], 'proposal-local', NOW + HOUR);
    await bulkSetStage(local, [pilot], 'pilot-local', NOW + HOUR);
    await bulkSetStage(local, [trial], 'trial', NOW + HOUR);

    const counts = await restoreBackup(local, backup, 'merge', NOW + 2 * HOUR, sequentialIds('moved'));
    expect(counts.moved).toBe(3);
    // Same name: the backup's Proposal. Otherwise the open stage of the nearest probability:
    // Pilot (45 %) goes to Product demo (40 %), Product trial (60 %) to Proposal (70 %).
    expect((await local.leads.get(proposal))?.stageId).toBe('proposal-remote');
    expect((await local.leads.get(pilot))?.stageId).toBe('demo');
    expect((await local.leads.get(trial))?.stageId).toBe('proposal-remote');
    const entry = await local.stageHistory.get('moved-000001');
    expect(entry).toMatchObject({ kind: 'stage-removed', at: NOW + 2 * HOUR });
    const stages = new Set((await getPipeline(local)).stages.map((s) => s.id));
    expect((await local.leads.toArray()).every((l) => stages.has(l.stageId))).toBe(true);
    expect(await keptRows(local)).toEqual(await recomputedRows(local, NOW + 2 * HOUR));
  });
});
