import { describe, expect, it } from 'vitest';
import { touchOfClick } from '../../lib/content/touch-detect';

function dom(html: string): Document {
  return new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
}
const button = (doc: Document, name: string) => [...doc.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === name) ?? null;

describe('LinkedIn touches from clicks', () => {
  it('the send buttons of an invitation dialog are an invite, with or without a note, in several languages', () => {
    const doc = dom(`
      <div role="dialog" aria-labelledby="h"><h2 id="h">You can customize this invitation</h2>
        <button aria-label="Add a note">Add a note</button><button aria-label="Send without a note">Send without a note</button></div>
      <div role="dialog"><h2>Add a note to your invitation</h2><button aria-label="Send invitation">Send</button></div>
      <div role="dialog"><h2>Dodaj notatkę do zaproszenia</h2><button>Wyślij</button></div>`);
    expect(touchOfClick(button(doc, 'Send without a note'))).toBe('invite-sent');
    expect(touchOfClick(button(doc, 'Send invitation'))).toBe('invite-sent');
    expect(touchOfClick(button(doc, 'Wyślij'))).toBe('invite-sent');
    // Opening the note field sends nothing.
    expect(touchOfClick(button(doc, 'Add a note'))).toBeUndefined();
  });

  it('the send button of a message composer is a message; a click inside it counts too', () => {
    const doc = dom(`<form class="msg-form"><div contenteditable="true"></div><button type="submit" class="msg-form__send-button"><span>Send</span></button></form>`);
    expect(touchOfClick(doc.querySelector('span'))).toBe('linkedin-message');
  });

  it('anything else is no touch: Connect itself, other dialogs, disabled buttons, text', () => {
    const doc = dom(`
      <button aria-label="Invite Jane Doe to connect">Connect</button>
      <div role="dialog"><h2>Share this profile</h2><button>Send</button></div>
      <form class="msg-form"><button type="submit" class="msg-form__send-button" disabled>Send</button></form>
      <p>Send</p>`);
    expect(touchOfClick(button(doc, 'Invite Jane Doe to connect'))).toBeUndefined();
    expect(touchOfClick(doc.querySelector('[role=dialog] button'))).toBeUndefined();
    expect(touchOfClick(doc.querySelector('form button'))).toBeUndefined();
    expect(touchOfClick(doc.querySelector('p'))).toBeUndefined();
    expect(touchOfClick(null)).toBeUndefined();
  });
});
