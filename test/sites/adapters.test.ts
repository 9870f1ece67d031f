// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { exclusionFor, findEditors, MAIL_MATCHES, siteFor } from '../../src/sites';
import { gmail } from '../../src/sites/gmail';
import { outlook } from '../../src/sites/outlook';

const GMAIL = `
  <div role="dialog"><div class="M9">
    <input name="subjectbox">
    <div id="body" class="Am Al editable" contenteditable="true" g_editable="true" role="textbox" aria-label="Nachrichtentext">
      <div>My words</div>
      <div class="gmail_quote"><div class="gmail_attr">On Mon, Sam wrote:</div><blockquote class="gmail_quote">old synergy</blockquote></div>
      <div class="gmail_signature" data-smartmail="gmail_signature">-- <br>Dana | Solutions Architect</div>
    </div>
  </div></div>
  <div contenteditable="true" role="textbox" id="chat">Not a mail body</div>`;

const OUTLOOK = `
  <div role="combobox"><div contenteditable="true" role="textbox" aria-multiline="true" id="to">sam@example.com</div></div>
  <div id="editorParent_1"><div id="body" contenteditable="true" role="textbox" aria-label="Corps du message" aria-multiline="true">
    <div class="elementToProof">Para one</div>
    <div id="Signature"><div>Kim | Best-in-class support</div></div>
    <div id="appendonsend"></div>
    <hr id="sep">
    <div id="divRplyFwdMsg"><b>From:</b> Sam</div>
    <div id="after">synergy in the history</div>
  </div></div>`;

describe('site adapters', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('maps every mail host to its site and to a match pattern', () => {
    expect(
      [
        'mail.google.com',
        'outlook.office.com',
        'outlook.office365.com',
        'outlook.live.com',
        'outlook.cloud.microsoft',
      ].map((h) => siteFor(h)?.id),
    ).toEqual(['gmail', 'outlook', 'outlook', 'outlook', 'outlook']);
    expect(siteFor('example.com')).toBeUndefined();
    expect(MAIL_MATCHES).toContain('https://outlook.cloud.microsoft/*');
  });

  it('finds the Gmail body by its structure, whatever the aria-label language', () => {
    document.body.innerHTML = GMAIL;
    expect(findEditors(gmail).map((e) => e.id)).toEqual(['body']);
  });

  it('excludes Gmail quoted history and signature', () => {
    document.body.innerHTML = GMAIL;
    const editor = document.getElementById('body')!;
    const { isExcluded } = exclusionFor(gmail, editor);
    const excluded = [...editor.querySelectorAll('*')].filter(isExcluded).map((e) => e.className);
    expect(excluded).toEqual(['gmail_quote', 'gmail_attr', 'gmail_quote', 'gmail_signature']);
  });

  it('finds the Outlook body but not the recipient box', () => {
    document.body.innerHTML = OUTLOOK;
    expect(findEditors(outlook).map((e) => e.id)).toEqual(['body']);
  });

  it('takes contenteditable in every spelling HTML allows, and never a non-editable wrapper', () => {
    document.body.innerHTML = `
      <div class="M9"><div id="bare" g_editable="true" contenteditable>x</div></div>
      <div class="M9"><div id="upper" g_editable="true" contenteditable="TRUE">x</div></div>
      <div class="M9"><div id="plain" g_editable="true" contenteditable="plaintext-only">x</div></div>
      <div class="M9"><div id="off" g_editable="true" contenteditable="False">x</div></div>
      <div class="M9"><div id="classes" class="Am Al editable" role="textbox" contenteditable="true">x</div></div>`;
    expect(findEditors(gmail).map((e) => e.id)).toEqual(['bare', 'upper', 'plain', 'classes']);
  });

  it('finds an Outlook body with neither the editorParent wrapper nor aria-multiline; not one-line boxes', () => {
    document.body.innerHTML = `
      <div role="main">
        <div id="to" role="textbox" contenteditable="true" aria-multiline="false">sam@example.com</div>
        <div role="search"><div id="search" role="textbox" contenteditable="true">find</div></div>
        <div id="editorParent_2"><div id="wrapper" contenteditable="false"><div id="body" role="textbox" contenteditable="true">Hi</div></div></div>
        <div id="popout" role="textbox" contenteditable="">Hello</div>
      </div>`;
    expect(findEditors(outlook).map((e) => e.id)).toEqual(['body', 'popout']);
  });

  it('excludes the Outlook signature under each of its ids', () => {
    document.body.innerHTML = `<div id="editorParent_1"><div id="body" contenteditable="true" role="textbox">
      <div id="mine">Hi</div><div id="x_Signature">Kim</div><div id="ms-outlook-mobile-signature">Sent from Outlook</div><div id="Signature">Kim</div>
    </div></div>`;
    const editor = document.getElementById('body')!;
    const { isExcluded } = exclusionFor(outlook, editor);
    expect([...editor.children].filter(isExcluded).map((e) => e.id)).toEqual([
      'x_Signature',
      'ms-outlook-mobile-signature',
      'Signature',
    ]);
  });

  it('keeps the outermost body when editable elements nest', () => {
    document.body.innerHTML = `<div id="editorParent_1"><div id="body" contenteditable="true" role="textbox"><div id="inner" contenteditable="true">quote</div></div></div>`;
    expect(findEditors(outlook).map((e) => e.id)).toEqual(['body']);
  });

  it('excludes the Outlook signature and everything from the reply header on', () => {
    document.body.innerHTML = OUTLOOK;
    const editor = document.getElementById('body')!;
    const { isExcluded } = exclusionFor(outlook, editor);
    expect([...editor.children].map((e) => [e.id || e.className, isExcluded(e)])).toEqual([
      ['elementToProof', false],
      ['Signature', true],
      ['appendonsend', true],
      ['sep', true],
      ['divRplyFwdMsg', true],
      ['after', true],
    ]);
  });
});
