import { describe, expect, it, vi } from 'vitest';
import { touchOfClick, TouchOwnership } from '../../lib/content/touch-detect';
import { touchClickListener } from '../../lib/content/touch-logging';

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

describe('whose touch it is', () => {
  const OWNER = 'Jane Doe';
  const profile = () =>
    dom(`
      <main>
        <section class="top-card"><h1>Jane Doe</h1>
          <button aria-label="Invite Jane Doe to connect">Connect</button><button aria-label="Message Jane Doe">Message</button>
          <button class="bare">Connect</button></section>
        <aside><section data-view-name="profile-card-browsemap"><h2>People also viewed</h2>
          <ul><li><a href="/in/mark-rivera/">Mark Rivera</a><button aria-label="Invite Mark Rivera to connect">Connect</button><button class="bare-aside">Connect</button></li></ul>
        </section></aside>
      </main>
      <div role="dialog"><h2>You can customize this invitation</h2><button aria-label="Send without a note">Send without a note</button></div>
      <form class="msg-form"><div contenteditable="true"></div><button type="submit" class="msg-form__send-button">Send</button></form>
      <div class="msg-overlay-conversation-bubble"><header><h2 class="msg-overlay-bubble-header__title">Priya Nair</h2></header>
        <form class="msg-form"><button type="submit" class="msg-form__send-button" id="priya-send">Send</button></form></div>
      <div class="msg-overlay-conversation-bubble"><header><h2 class="msg-overlay-bubble-header__title">Jane Doe</h2></header>
        <form class="msg-form"><button type="submit" class="msg-form__send-button" id="jane-send">Send</button></form></div>`);

  it('an invitation opened from the profile’s own Connect is the owner’s; one opened in “People also viewed” is not', () => {
    const doc = profile();
    const send = button(doc, 'Send without a note')!;
    const owned = new TouchOwnership();
    owned.noteClick(button(doc, 'Invite Jane Doe to connect'), OWNER, 1_000);
    expect(owned.belongsToOwner('invite-sent', send, OWNER, 2_000)).toBe(true);

    const other = new TouchOwnership();
    other.noteClick(button(doc, 'Invite Mark Rivera to connect'), OWNER, 1_000);
    expect(other.belongsToOwner('invite-sent', send, OWNER, 2_000)).toBe(false);
    // A bare "Connect" counts in the profile's card, not in the sidebar.
    other.noteClick(doc.querySelector('.bare-aside'), OWNER, 3_000);
    expect(other.belongsToOwner('invite-sent', send, OWNER, 4_000)).toBe(false);
    other.noteClick(doc.querySelector('.bare'), OWNER, 5_000);
    expect(other.belongsToOwner('invite-sent', send, OWNER, 6_000)).toBe(true);
  });

  it('a dialog nobody opened (or opened long ago), or a profile with no name, is no one’s', () => {
    const doc = profile();
    const send = button(doc, 'Send without a note')!;
    expect(new TouchOwnership().belongsToOwner('invite-sent', send, OWNER, 1_000)).toBe(false);
    const stale = new TouchOwnership(60_000);
    stale.noteClick(button(doc, 'Invite Jane Doe to connect'), OWNER, 1_000);
    expect(stale.belongsToOwner('invite-sent', send, OWNER, 70_000)).toBe(false);
    expect(stale.belongsToOwner('invite-sent', send, undefined, 2_000)).toBe(false);
  });

  it('a message from the chat bubble is judged by the name in its header', () => {
    const doc = profile();
    const ownership = new TouchOwnership();
    ownership.noteClick(button(doc, 'Message Jane Doe'), OWNER, 1_000);
    expect(ownership.belongsToOwner('linkedin-message', doc.querySelector('#priya-send')!, OWNER, 2_000)).toBe(false);
    expect(ownership.belongsToOwner('linkedin-message', doc.querySelector('#jane-send')!, 'jane  DOE', 2_000)).toBe(true);
    // The profile's own composer (no header) belongs to whoever its opener named.
    expect(ownership.belongsToOwner('linkedin-message', doc.querySelector('form.msg-form > button')!, OWNER, 2_000)).toBe(true);
    expect(new TouchOwnership().belongsToOwner('linkedin-message', doc.querySelector('form.msg-form > button')!, OWNER, 2_000)).toBe(false);
  });

  it('names compare without case or accents', () => {
    const doc = dom(`<main><button aria-label="Invite Łukasz Żółć to connect">Connect</button></main><div role="dialog"><button>Send</button></div>`);
    const ownership = new TouchOwnership();
    ownership.noteClick(button(doc, 'Invite Łukasz Żółć to connect'), 'łukasz żółć', 1);
    expect(ownership.belongsToOwner('invite-sent', doc.querySelector('[role=dialog] button')!, 'Łukasz Żółć', 2)).toBe(true);
  });
});

describe('the click listener that logs touches', () => {
  /** A click event as the browser makes it; jsdom's own cannot be marked trusted. */
  const click = (target: Element, trusted: boolean, at: number) =>
    Object.create(MouseEvent.prototype, { isTrusted: { value: trusted }, target: { value: target }, timeStamp: { value: at } }) as MouseEvent;

  it('records only the rep’s own send in the owner’s dialog, once per click, and says so', async () => {
    const doc = dom(`<main><h1>Jane Doe</h1><button aria-label="Invite Jane Doe to connect">Connect</button></main>
      <div role="dialog"><h2>You can customize this invitation</h2><button aria-label="Send without a note">Send without a note</button></div>`);
    const record = vi.fn().mockResolvedValue({ id: 'lead-000001', name: 'Jane Doe' });
    const show = vi.fn();
    let url = 'https://www.linkedin.com/in/jane-doe/';
    const listen = touchClickListener({ doc, currentUrl: () => url, record, show });
    const send = button(doc, 'Send without a note')!;
    listen(click(button(doc, 'Invite Jane Doe to connect')!, true, 1_000));
    listen(click(send, false, 2_000));
    expect(record).not.toHaveBeenCalled();
    listen(click(send, true, 3_000));
    listen(click(send, true, 3_500));
    expect(record).toHaveBeenCalledTimes(1);
    expect(record).toHaveBeenCalledWith('invite-sent');
    await vi.waitFor(() => expect(show).toHaveBeenCalledWith(expect.stringContaining('Jane Doe')));
    // Off a lead page (the feed), nothing is logged.
    url = 'https://www.linkedin.com/feed/';
    listen(click(send, true, 9_000));
    expect(record).toHaveBeenCalledTimes(1);
  });
});

describe('names and languages the first tests did not show', () => {
  const trustedClick = (target: Element, at: number) =>
    Object.create(MouseEvent.prototype, { isTrusted: { value: true }, target: { value: target }, timeStamp: { value: at } }) as MouseEvent;

  it('a name that contains the owner’s is someone else: Jan Nowakowski’s Connect, Anna Nowakowska’s chat', () => {
    const doc = dom(`<main><h1>Jan Nowak</h1>
      <aside><ul><li><a href="/in/jan-nowakowski/">Jan Nowakowski</a><button aria-label="Invite Jan Nowakowski to connect">Connect</button></li></ul></aside></main>
      <div role="dialog"><h2>You can customize this invitation</h2><button aria-label="Send without a note">Send without a note</button></div>
      <div class="msg-overlay-conversation-bubble"><header><h2 class="msg-overlay-bubble-header__title">Jan Nowakowski</h2></header>
        <form class="msg-form"><button type="submit" class="msg-form__send-button">Send</button></form></div>`);
    const record = vi.fn().mockResolvedValue(null);
    const listen = touchClickListener({ doc, currentUrl: () => 'https://www.linkedin.com/in/jan-nowak/', record, show: vi.fn() });
    listen(trustedClick(button(doc, 'Invite Jan Nowakowski to connect')!, 1_000));
    listen(trustedClick(button(doc, 'Send without a note')!, 2_000));
    listen(trustedClick(doc.querySelector('.msg-form__send-button')!, 9_000));
    expect(record).not.toHaveBeenCalled();
    // The whole name still counts wherever it stands, punctuation aside.
    const ownership = new TouchOwnership();
    ownership.noteClick(dom(`<main><button aria-label="Invite Jan Nowak, PhD to connect">Connect</button></main>`).querySelector('button'), 'Jan Nowak', 1);
    expect(ownership.belongsToOwner('invite-sent', button(doc, 'Send without a note')!, 'Jan Nowak', 2)).toBe(true);
  });

  it('a heading with emoji and pronouns names the person LinkedIn’s Connect and chat header name', () => {
    const doc = dom(`<main><a aria-label="Mei Tanaka 🚀 (She/Her)"><h1>Mei Tanaka 🚀 (She/Her)</h1></a>
        <button aria-label="Invite Mei Tanaka 🚀 to connect">Connect</button></main>
      <div role="dialog"><h2>Add a note to your invitation?</h2><button aria-label="Send without a note">Send without a note</button></div>
      <div class="msg-overlay-conversation-bubble"><header><h2 class="msg-overlay-bubble-header__title">Mei Tanaka 🚀</h2></header>
        <form class="msg-form"><button type="submit" class="msg-form__send-button">Send</button></form></div>`);
    const record = vi.fn().mockResolvedValue(null);
    const listen = touchClickListener({ doc, currentUrl: () => 'https://www.linkedin.com/in/mei-tanaka/', record, show: vi.fn() });
    listen(trustedClick(doc.querySelector('main button')!, 1_000));
    listen(trustedClick(button(doc, 'Send without a note')!, 2_000));
    listen(trustedClick(doc.querySelector('.msg-form__send-button')!, 9_000));
    expect(record.mock.calls).toEqual([['invite-sent'], ['linkedin-message']]);
  });

  it.each([
    ['Dodaj notatkę do zaproszenia', 'Wyślij zaproszenie', 'Wyślij'],
    ['Добавить заметку к приглашению', 'Отправить приглашение', 'Отправить'],
    ['Adăugați o notă la invitație', 'Trimiteți invitația', 'Trimiteți'],
    ['Puteți personaliza această invitație', 'Trimiteți fără notă', 'Trimiteți fără notă'],
  ])('an invitation dialog “%s”: its Send labelled “%s” is an invite, as in English', (heading, label, text) => {
    const doc = dom(`<div role="dialog"><h2>${heading}</h2><button aria-label="${label}">${text}</button></div>`);
    expect(touchOfClick(doc.querySelector('button'))).toBe('invite-sent');
  });

  it.each([
    ['Wiadomość', 'Łukasz Żółć'],
    ['Wyślij wiadomość do: Łukasz Żółć', 'Łukasz Żółć'],
    ['Сообщение', 'Иван Петров'],
  ])('“%s” opens the owner’s composer (its word ends in a letter outside ASCII)', (label, owner) => {
    const doc = dom(`<main><h1>${owner}</h1><button aria-label="${label}">x</button></main>
      <form class="msg-form"><button type="submit" class="msg-form__send-button">Send</button></form>`);
    const ownership = new TouchOwnership();
    ownership.noteClick(doc.querySelector('main button'), owner, 1_000);
    expect(ownership.belongsToOwner('linkedin-message', doc.querySelector('form button')!, owner, 2_000)).toBe(true);
    // A longer word that only starts like one opens nothing.
    const other = new TouchOwnership();
    other.noteClick(dom(`<main><button aria-label="${label}ami">x</button></main>`).querySelector('button'), owner, 1_000);
    expect(other.belongsToOwner('linkedin-message', doc.querySelector('form button')!, owner, 2_000)).toBe(false);
  });
});

describe('an opener is good for the profile it was clicked on, and for one invitation', () => {
  const at = (target: Element, time: number) =>
    Object.create(MouseEvent.prototype, { isTrusted: { value: true }, target: { value: target }, timeStamp: { value: time } }) as MouseEvent;
  function page(owner: string) {
    return dom(`<main><h1>${owner}</h1><button id="own">Connect</button></main>
      <div role="dialog" id="invite"><h2>Add a note to your invitation?</h2><button>Send without a note</button></div>`);
  }
  /** Add markup the way the page would draw it (parsed, not innerHTML: the lint forbids that even in tests). */
  const draw = (parent: Element, html: string, replace = false) => {
    const nodes = [...dom(html).body.childNodes];
    if (replace) parent.replaceChildren(...nodes);
    else parent.append(...nodes);
  };
  const listener = (doc: Document, url: () => string) => {
    const record = vi.fn().mockResolvedValue(null);
    return { record, listen: touchClickListener({ doc, currentUrl: url, record, show: vi.fn() }) };
  };

  it('a Connect on Alice’s profile, cancelled, does not make an invitation sent later on Bob’s profile his; his own in the More menu does', () => {
    const doc = page('Alice Anders');
    let url = 'https://www.linkedin.com/in/alice-anders/';
    const { record, listen } = listener(doc, () => url);
    listen(at(doc.querySelector('#own')!, 1_000));
    // In-page navigation: the document now shows Bob, already a connection; the rep invites
    // Carol from a card whose Connect is no button of ours to see (a bare <span> in a link).
    url = 'https://www.linkedin.com/in/bob-brown/';
    draw(doc.querySelector('main')!, '<h1>Bob Brown</h1><section><div class="card"><span>Carol Smith</span><span class="connect">Connect</span></div></section>', true);
    listen(at(doc.querySelector('.connect')!, 29_000));
    listen(at(doc.querySelector('#invite button')!, 30_000));
    expect(record).not.toHaveBeenCalled();
    // Bob's own Connect in his "More" menu (a div with role=button, naming him) opens his invitation.
    draw(doc.querySelector('main')!, '<div role="button" aria-label="Invite Bob Brown to connect">Connect</div>');
    listen(at(doc.querySelector('main [role=button]')!, 31_000));
    listen(at(doc.querySelector('#invite button')!, 32_000));
    expect(record).toHaveBeenCalledTimes(1);
  });

  it('one Connect, one invite: a second invitation dialog with no opener of its own is nobody’s', () => {
    const doc = page('Alice Anders');
    const { record, listen } = listener(doc, () => 'https://www.linkedin.com/in/alice-anders/');
    listen(at(doc.querySelector('#own')!, 1_000));
    listen(at(doc.querySelector('#invite button')!, 2_000));
    listen(at(doc.querySelector('#invite button')!, 20_000));
    expect(record).toHaveBeenCalledTimes(1);
  });

  it('an invitation opened from a modal list of other people is not the owner’s, whatever was clicked before', () => {
    const doc = page('Bob Brown');
    draw(doc.body, '<div role="dialog" id="more"><h2>People also viewed</h2><button aria-label="Invite Carol Smith to connect">Connect</button></div>');
    const { record, listen } = listener(doc, () => 'https://www.linkedin.com/in/bob-brown/');
    listen(at(doc.querySelector('#own')!, 1_000));
    listen(at(doc.querySelector('#more button')!, 5_000));
    listen(at(doc.querySelector('#invite button')!, 6_000));
    expect(record).not.toHaveBeenCalled();
    // Bob's own Connect again: his invitation counts.
    listen(at(doc.querySelector('#own')!, 7_000));
    listen(at(doc.querySelector('#invite button')!, 8_000));
    expect(record).toHaveBeenCalledTimes(1);
  });

  it('Connect cancelled, then the profile shared in a message: the share dialog’s Send (its list says “connections”) is no invite', () => {
    const doc = dom(`<main><h1>Jane Doe</h1><button id="connect">Connect</button>
        <div class="menu"><div role="button" id="share" aria-label="Send profile in a message">Send profile in a message</div></div></main>
      <div role="dialog" id="share-dialog"><h2>Send profile in a message</h2><input placeholder="Type a name or multiple names">
        <p>Your connections</p><ul><li>Priya Nair</li></ul><button>Send</button></div>`);
    const { record, listen } = listener(doc, () => 'https://www.linkedin.com/in/jane-doe/');
    listen(at(doc.querySelector('#connect')!, 1_000)); // the invitation dialog opens; the rep closes it
    listen(at(doc.querySelector('#share')!, 20_000));
    listen(at(doc.querySelector('#share-dialog button')!, 40_000));
    expect(record).not.toHaveBeenCalled();
  });
});
