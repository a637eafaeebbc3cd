import { addActivity } from '../db/activities';
import { classifyLinkedInUrl } from '../capture/linkedin-url';
import type { LeadsDatabase } from '../db/database';
import { findLeadForUrl } from '../db/queries';
import { saveCapture, type SaveResult } from '../db/save-capture';
import type { SavedSummary } from '../messaging/protocol';
import { listenInBackground } from '../messaging/transport';
import { setLabelByHand } from '../db/label';
import { saveRuleSet } from '../db/settings';
import { activeTab, readTab } from './read-page';
import { openPanel } from '../panel/open-panel';
import { rebuildOnce } from './figures';

export function summarize(result: SaveResult): SavedSummary {
  const name =
    result.kind === 'person'
      ? result.lead.fullName ?? result.lead.email ?? result.lead.linkedinUrl ?? ''
      : result.company.name ?? result.company.linkedinUrl ?? '';
  return { kind: result.kind, status: result.status, id: result.id, name };
}

export type BackgroundHooks = {
  /** A rule change was stored (or restored from a backup): rescore in the background. */
  rescore(): void;
  /** A page or the import worker wrote leads: notify the SQL crossings it recorded. */
  checkCrossings(): void;
};

/** The background's side of the messaging protocol. */
export function setupMessageHandlers(db: LeadsDatabase, hooks: BackgroundHooks, now: () => number = Date.now): void {
  listenInBackground({
    'capture.save': async ({ capture }) => {
      return summarize(await saveCapture(db, capture, now()));
    },
    'scoring.save': async ({ ruleSet }) => {
      const saved = await saveRuleSet(db, ruleSet, now());
      hooks.rescore();
      return { revision: saved.revision };
    },
    'lead.label': async ({ leadId, label }) => ({ label: (await setLabelByHand(db, leadId, label, now())).scoreLabel }),
    'lead.lookup': async ({ url }) => {
      if (classifyLinkedInUrl(url).kind === 'other') return null;
      const lead = await findLeadForUrl(db, url);
      return lead ? { id: lead.id, name: lead.fullName ?? '' } : null;
    },
    'panel.open': async ({ leadId, view }, sender) => {
      const target = leadId ? { lead: leadId } : view ? { view } : undefined;
      return { opened: await openPanel(sender.tab ?? (await activeTab().catch(() => undefined)), target) };
    },
    'page.read': async ({ tabId }) => readTab(tabId ?? (await activeTab()).id!),
    'totals.rebuild': async () => {
      await rebuildOnce(db, now());
      return { rebuilt: true as const };
    },
    'crossings.check': async () => {
      hooks.checkCrossings();
      return { checked: true as const };
    },
    'rescore.run': async () => {
      hooks.rescore();
      return { started: true as const };
    },
    'touch.record': async ({ url, kind }) => {
      if (classifyLinkedInUrl(url).kind === 'other') return null;
      const lead = await findLeadForUrl(db, url);
      if (!lead) return null;
      const at = now();
      const { activity } = await addActivity(db, { leadId: lead.id, kind, direction: 'outbound', at }, at);
      const step = activity.sequenceId ? (await db.sequences.get(activity.sequenceId))?.steps.find((s) => s.id === activity.stepId) : undefined;
      return { id: lead.id, name: lead.fullName ?? '', completedStep: step?.title };
    },
  });
}
