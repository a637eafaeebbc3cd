/**
 * Which LinkedIn touch a click sends, read from the page's own controls: the
 * "Send" of an invitation dialog (with or without a note) is an invite; the
 * "Send" of a message composer is a message. Names are matched in the languages
 * the extractors know. Anything else is no touch: a false "sent" would be worse
 * than a missed one, which the rep can log by hand.
 */

export type DetectedTouch = 'invite-sent' | 'linkedin-message';

const SEND = /^(send|send now|send invitation|send without (a )?note|wyślij|wyślij teraz|wyślij bez notatki|trimite|trimite fără notă|отправить|отправить без заметки)$/i;
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
