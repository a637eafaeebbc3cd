import { classifyLinkedInUrl } from '../capture/linkedin-url';
import { cleanPersonName } from '../leads/person-name';
import { t } from '../i18n';
import type { ContentScriptResponse } from '../messaging/content-protocol';
import { touchOfClick, TouchOwnership, type DetectedTouch } from './touch-detect';

export type TouchLoggingDeps = {
  doc: Document;
  currentUrl: () => string;
  /** Ask the background to log the touch on the page in this tab (null: the profile is not saved). */
  record: (kind: DetectedTouch) => Promise<ContentScriptResponse<'touch.record'>>;
  /** Tell the rep, in our control, what was logged. */
  show: (text: string) => void;
};

/** The profile's own heading: in <main>, before any sidebar card that has headings of its own. */
export function profileOwnerName(doc: Document): string | undefined {
  const heading = (doc.querySelector('main h1') ?? doc.querySelector('h1'))?.textContent;
  // The person's name as the extractors keep it: the heading may carry emoji and pronouns
  // ("Mei Tanaka 🚀 (She/Her)") that LinkedIn's buttons and chat headers do not repeat.
  return heading ? cleanPersonName(heading) || undefined : undefined;
}

/**
 * The document click listener (capture phase) that logs the invites and messages the
 * rep sends on a saved lead's profile, without typing: only the rep's own clicks
 * (trusted), and only when the dialog or composer is the profile owner's.
 */
export function touchClickListener(deps: TouchLoggingDeps): (event: MouseEvent) => void {
  const ownership = new TouchOwnership();
  let lastTouch = { kind: '', at: 0 };
  return (event) => {
    if (!event.isTrusted || !(event.target instanceof Element)) return;
    if (classifyLinkedInUrl(deps.currentUrl()).kind === 'other') return;
    const owner = profileOwnerName(deps.doc);
    const kind = touchOfClick(event.target);
    if (!kind) {
      ownership.noteClick(event.target, owner, event.timeStamp);
      return;
    }
    if (!ownership.belongsToOwner(kind, event.target, owner, event.timeStamp)) return;
    ownership.spend(kind);
    // One click, one touch: a double click or a re-fired event is not a second invite.
    if (lastTouch.kind === kind && event.timeStamp - lastTouch.at < 2_000) return;
    lastTouch = { kind, at: event.timeStamp };
    void deps
      .record(kind)
      .then((logged) => {
        if (!logged) return;
        deps.show(t(`touch.logged.${kind}`, { name: logged.name }) + (logged.completedStep ? ` ${t('touch.stepDone', { step: logged.completedStep })}` : ''));
      })
      .catch(() => undefined);
  };
}
