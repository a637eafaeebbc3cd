import { t, type MessageKey } from '../i18n';
import type { CrmLookupAnswer } from '../messaging/content-protocol';

/** HubSpot's default lifecycle stages, which have words of ours in every language. */
const KNOWN_STAGES = new Set(['subscriber', 'lead', 'marketingqualifiedlead', 'salesqualifiedlead', 'opportunity', 'customer', 'evangelist', 'other']);

/** Whether the stage id is one of HubSpot's defaults (a portal's own have other ids, numbers). */
export function isStandardLifecycleStage(stage: string): boolean {
  return KNOWN_STAGES.has(stage);
}

/** A lifecycle stage in words: ours for HubSpot's defaults, else the portal's name for it (`portalLabel`), else its id. */
export function lifecycleLabel(stage: string, portalLabel?: string): string {
  if (KNOWN_STAGES.has(stage)) return t(`crmLookup.stage.${stage}` as MessageKey);
  return portalLabel?.trim() || stage;
}

/**
 * What the in-page line and the side panel say about a lookup: "In HubSpot · owner Jane Doe · Lead".
 * Empty when no CRM is connected (nothing to say). Shared by the content script: kept tiny.
 */
export function lookupLine(answer: CrmLookupAnswer | undefined): string {
  if (!answer) return t('crmLookup.checking');
  switch (answer.status) {
    case 'not-connected':
      return '';
    case 'not-found':
      return t('crmLookup.notFound');
    case 'unavailable':
      return t(`crmLookup.${answer.reason}`);
    case 'found':
      return [t('crmLookup.found'), answer.owner ? t('crmLookup.owner', { name: answer.owner }) : t('crmLookup.noOwner'), answer.lifecycleStage && lifecycleLabel(answer.lifecycleStage, answer.lifecycleStageLabel)]
        .filter(Boolean)
        .join(' · ');
  }
}
