/**
 * Which LinkedIn touch a click sends, read from the page's own controls: the
 * "Send" of an invitation dialog (with or without a note) is an invite; the
 * "Send" of a message composer is a message. Names are matched in the languages
 * the extractors know. Anything else is no touch: a false "sent" would be worse
 * than a missed one, which the rep can log by hand.
 */

export type DetectedTouch = 'invite-sent' | 'linkedin-message';

// Each language as LinkedIn words it: the send button's visible text and its aria-label
// ("Send invitation" in English, so its translations too); Romanian in the formal form
// (Trimiteți), as the openers below, and the informal one.
const SEND =
  /^(send|send now|send invitation|send without (a )?note|wyślij|wyślij teraz|wyślij zaproszenie|wyślij bez notatki|trimite(ți)?|trimite(ți)? acum|trimite(ți)? invitația|trimite(ți)? fără (o )?notă|отправить|отправить сейчас|отправить приглашение|отправить без заметки)$/iu;
const INVITE_DIALOG = /invit|connect|zaprosz|invita|приглаш/i;

function nameOf(button: HTMLElement): string {
  return (button.getAttribute('aria-label') ?? button.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function touchOfClick(target: EventTarget | null): DetectedTouch | undefined {
  if (!(target instanceof Element)) return undefined;
  const button = target.closest('button');
  if (!button || button.disabled) return undefined;
  const name = nameOf(button);
  const dialog = button.closest('[role="dialog"], [role="alertdialog"], dialog');
  if (dialog && SEND.test(name) && INVITE_DIALOG.test(`${dialog.getAttribute('aria-label') ?? ''} ${dialog.textContent ?? ''}`)) return 'invite-sent';
  const composer = button.closest('form.msg-form, .msg-form, .msg-overlay-conversation-bubble');
  if (composer && (button.classList.contains('msg-form__send-button') || (button.type === 'submit' && SEND.test(name)) || SEND.test(name))) return 'linkedin-message';
  return undefined;
}

// ---- whose touch is it? ---------------------------------------------------------

/** Compare names as a reader would: case, accents and spacing aside. */
export function normalizeName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Does `text` name the owner, as whole words? "Invite Jan Nowakowski to connect" and a chat
 * with Anna Nowakowska do not name Jan Nowak or Anna Nowak, though they contain them.
 */
function mentions(text: string, ownerName: string | undefined): boolean {
  const owner = ownerName ? normalizeName(ownerName) : '';
  if (owner.length < 2) return false;
  const haystack = normalizeName(text);
  const wordAt = (i: number) => i >= 0 && i < haystack.length && /[\p{L}\p{N}]/u.test(haystack[i]!);
  for (let at = haystack.indexOf(owner); at !== -1; at = haystack.indexOf(owner, at + 1)) {
    if (!wordAt(at - 1) && !wordAt(at + owner.length)) return true;
  }
  return false;
}

const INVITE_OPENER = /^(connect|połącz|conectare|conectați-vă|установить контакт)$|invit|zaprosz|zaproś|приглас/i;
// The word must end there: a letter-aware boundary (`\b` knows only ASCII, so "Wiadomość" and "Сообщение" never matched).
const MESSAGE_OPENER = /^(message|wiadomość|wyślij wiadomość|mesaj|trimiteți mesaj|сообщение|написать)(?![\p{L}\p{N}])/iu;
/** Sections listing other people: "People also viewed", "People you may know", similar profiles. */
const OTHER_PEOPLE = 'aside, [data-view-name*="browsemap"], [data-view-name*="pymk"], [class*="browsemap"], [class*="pymk"], [class*="pv-profile-sidebar"]';

/** `owner`: the profile it was judged on (LinkedIn keeps the script, and this, across in-page navigations). */
type Opener = { kind: DetectedTouch; forOwner: boolean; owner: string; at: number };

/**
 * A touch is logged on the profile's owner only when the dialog or composer is
 * theirs: a Connect in "People also viewed", or a message sent from the chat
 * bubble to someone else, is not a touch on the person whose profile is open.
 * LinkedIn's invitation dialog rarely names the person, so it is judged by the
 * button that opened it; a chat bubble is judged by the name in its header.
 */
export class TouchOwnership {
  private lastOpener: Opener | undefined;

  constructor(private readonly maxAgeMs = 15 * 60_000) {}

  /** Note a click that may open an invitation dialog or a composer (call for every trusted click). */
  noteClick(target: EventTarget | null, ownerName: string | undefined, at: number): void {
    if (!(target instanceof Element)) return;
    // [role=button]: LinkedIn's "More" menu items (its Connect among them) are divs.
    const button = target.closest('button, [role="button"], a');
    if (!button) return;
    const name = nameOf(button as HTMLElement);
    const kind: DetectedTouch | undefined = MESSAGE_OPENER.test(name) ? 'linkedin-message' : INVITE_OPENER.test(name) ? 'invite-sent' : undefined;
    // "Invite Jane Doe to connect" names its person; a bare "Connect" counts only in the profile's own card.
    const bare = name.split(' ').length <= 2;
    if (button.closest('[role="dialog"], [role="alertdialog"], dialog, .msg-form, .msg-overlay-conversation-bubble')) {
      // Inside a dialog only a button naming someone else matters: a modal list of people
      // ("People also viewed: Show all") opens an invitation that is not the owner's.
      if (kind && !bare && !mentions(name, ownerName)) this.lastOpener = undefined;
      return;
    }
    // Any other control clicked (a menu's "Send profile in a message", Follow, a link) means the
    // Connect or Message clicked before is not what opens the next dialog.
    if (!kind) {
      this.lastOpener = undefined;
      return;
    }
    const forOwner = mentions(name, ownerName) || (bare && button.closest('main') !== null && button.closest(OTHER_PEOPLE) === null);
    this.lastOpener = { kind, forOwner, owner: normalizeName(ownerName ?? ''), at };
  }

  /** A touch was logged: the invitation its opener opened is sent (a message composer stays open for more). */
  spend(kind: DetectedTouch): void {
    if (kind === 'invite-sent' && this.lastOpener?.kind === kind) this.lastOpener = undefined;
  }

  /** Does the touch sent by this click belong to the profile's owner? */
  belongsToOwner(kind: DetectedTouch, target: Element, ownerName: string | undefined, at: number): boolean {
    if (!ownerName) return false;
    if (kind === 'linkedin-message') {
      const bubble = target.closest('.msg-overlay-conversation-bubble, [class*="conversation-bubble"]');
      const header = bubble?.querySelector('.msg-overlay-bubble-header__title, [class*="bubble-header__title"], h2');
      if (header?.textContent?.trim()) return mentions(header.textContent, ownerName);
    }
    const opener = this.lastOpener;
    if (!opener || opener.kind !== kind || !opener.forOwner || opener.owner !== normalizeName(ownerName)) return false;
    return at - opener.at >= 0 && at - opener.at <= this.maxAgeMs;
  }
}
