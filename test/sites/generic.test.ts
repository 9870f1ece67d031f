// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { exclusionFor, findEditors, pageSite } from '../../src/sites';
import { generic } from '../../src/sites/generic';
import { originCovers, parseSiteOrigin, siteCovering } from '../../src/sites/origins';

const ids = () => findEditors(generic).map((e) => e.id);

describe('generic adapter: which fields are prose', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('finds the editors rich-text libraries build, in every spelling of contenteditable', () => {
    document.body.innerHTML = `
      <div class="ck ck-editor"><div id="ckeditor" class="ck-editor__editable ck-content" contenteditable="true" role="textbox"></div></div>
      <div class="ql-container"><div id="quill" class="ql-editor" contenteditable="true" data-gramm="false"></div></div>
      <div id="prosemirror" class="ProseMirror" contenteditable="true" translate="no"></div>
      <div id="lexical" contenteditable="true" data-lexical-editor="true" spellcheck="false" role="textbox"></div>
      <div class="DraftEditor-root"><div id="draft" class="public-DraftEditor-content" contenteditable="true" role="textbox" spellcheck="false"><div data-contents="true"></div></div></div>
      <div id="tinymce-inline" class="mce-content-body" contenteditable="true" spellcheck="false"></div>
      <div id="ckeditor4" class="cke_editable cke_editable_themed" contenteditable="true" spellcheck="false"></div>
      <div id="empty-attribute" contenteditable></div>
      <div id="plaintext" contenteditable="plaintext-only"></div>
      <div id="upper" contenteditable="TRUE"></div>`;
    expect(ids()).toEqual([
      'ckeditor',
      'quill',
      'prosemirror',
      'lexical',
      'draft',
      'tinymce-inline',
      'ckeditor4',
      'empty-attribute',
      'plaintext',
      'upper',
    ]);
  });

  it('skips fields that opted out, code editors and one-line boxes', () => {
    document.body.innerHTML = `
      <div id="no-spellcheck" contenteditable="true" spellcheck="false"></div>
      <form spellcheck="false"><div id="in-no-spellcheck-form" contenteditable="true"></div>
        <div id="spellcheck-back-on" contenteditable="true" spellcheck="true"></div></form>
      <div id="grammarly-off" contenteditable="true" data-enable-grammarly="false"></div>
      <div data-gramm_editor="false"><div id="grammarly-editor-off" contenteditable="true"></div></div>
      <div id="languagetool-off" contenteditable="true" data-lt-active="false"></div>
      <div id="ours-off" contenteditable="true" data-connection-first="off"></div>
      <div class="cm-editor"><div id="codemirror" class="cm-content" contenteditable="true" role="textbox"></div></div>
      <div class="monaco-editor"><div id="monaco" class="native-edit-context" contenteditable="true"></div></div>
      <pre id="code-block" contenteditable="true"></pre>
      <div role="search"><div id="search" contenteditable="true"></div></div>
      <div role="combobox"><div id="recipients" contenteditable="true"></div></div>
      <div id="one-line" contenteditable="true" aria-multiline="false"></div>
      <div id="not-editable" contenteditable="false"></div>
      <div id="prose" contenteditable="true"></div>`;
    expect(ids()).toEqual(['spellcheck-back-on', 'prose']);
  });

  it('an opt-out around a web component reaches the field in its shadow root; one inside the field still counts', () => {
    document.body.innerHTML = `
      <div data-connection-first="off"><crm-editor id="opted-out"></crm-editor></div>
      <form spellcheck="false"><crm-editor id="no-spellcheck"></crm-editor></form>
      <div role="search"><crm-editor id="in-search"></crm-editor></div>
      <crm-editor id="field-opted-out"></crm-editor>
      <crm-editor id="prose"></crm-editor>`;
    const fieldOf = (host: Element) => {
      const root = host.attachShadow({ mode: 'open' });
      const off = host.id === 'field-opted-out' ? ' data-lt-active="false"' : '';
      root.innerHTML = `<div class="body" contenteditable="true"${off}></div>`;
      return root;
    };
    const kept = [...document.querySelectorAll('crm-editor')].filter(
      (host) => findEditors(generic, fieldOf(host)).length > 0,
    );
    expect(kept.map((host) => host.id)).toEqual(['prose']);
  });

  it('takes textareas one can write in, and leaves read-only, disabled and opted-out ones and inputs alone', () => {
    document.body.innerHTML = `
      <textarea id="reply"></textarea>
      <textarea id="read-only" readonly></textarea>
      <textarea id="disabled" disabled></textarea>
      <textarea id="no-spellcheck" spellcheck="false"></textarea>
      <textarea id="ace" class="ace_text-input" spellcheck="false"></textarea>
      <textarea id="behind-tinymce" style="display: none"></textarea>
      <input id="subject" type="text">`;
    // happy-dom cannot tell what is shown: the browser's checkVisibility, as Chromium answers it.
    const hidden = document.getElementById('behind-tinymce')!;
    hidden.checkVisibility = () => false;
    document.getElementById('reply')!.checkVisibility = () => true;
    expect(ids()).toEqual(['reply']);
  });

  it('takes the outermost editable only', () => {
    document.body.innerHTML = `<div id="outer" contenteditable="true"><p contenteditable="true" id="inner">x</p></div>`;
    expect(ids()).toEqual(['outer']);
  });

  it('leaves quoted history and signatures out, by structure', () => {
    document.body.innerHTML = `
      <div id="body" contenteditable="true">
        <p id="mine">Thanks for the update.</p>
        <div class="email-signature" id="sig">Dana, Solutions Lead</div>
        <blockquote id="quote">Earlier message</blockquote>
        <div class="moz-cite-prefix" id="cite">On Monday Sam wrote:</div>
      </div>`;
    const editor = document.getElementById('body')!;
    const { isExcluded } = exclusionFor(generic, editor);
    expect([...editor.children].filter(isExcluded).map((e) => e.id)).toEqual(['sig', 'quote', 'cite']);
    expect(editor.querySelector(generic.signatureSelector)?.id).toBe('sig');
  });
});

describe('enabled sites', () => {
  it('normalises what a user or a policy writes', () => {
    expect(parseSiteOrigin('https://App.Example.com:443/inbox?x=1')).toEqual({ origin: 'https://app.example.com' });
    expect(parseSiteOrigin('https://crm.example:8443')).toEqual({ origin: 'https://crm.example:8443' });
    expect(parseSiteOrigin('https://*.zendesk.com/')).toEqual({ origin: 'https://*.zendesk.com' });
    expect(parseSiteOrigin('https://user:pw@example.com').error).toBe(
      '"https://user:pw@example.com" must not hold a user name or password',
    );
    expect(parseSiteOrigin('https://exa mple.com').error).toBe('"https://exa mple.com" does not name a host');
    expect(parseSiteOrigin('https://a.*.example.com').error).toBe('"https://a.*.example.com" does not name a host');
    expect(parseSiteOrigin('ftp://example.com').error).toBe(
      '"ftp://example.com" must start with https:// and name a host',
    );
  });

  it('a wildcard site covers its domain and every subdomain, and nothing that merely ends alike', () => {
    expect(originCovers('https://*.zendesk.com', 'https://acme.zendesk.com')).toBe(true);
    expect(originCovers('https://*.zendesk.com', 'https://zendesk.com')).toBe(true);
    expect(originCovers('https://*.zendesk.com', 'https://evilzendesk.com')).toBe(false);
    expect(originCovers('https://*.zendesk.com', 'http://acme.zendesk.com')).toBe(false);
    expect(originCovers('https://app.example.com', 'https://app.example.com:8443')).toBe(false);
    expect(siteCovering(['https://*.example.com', 'https://app.example.com'], 'https://app.example.com')).toBe(
      'https://app.example.com',
    );
  });

  it('a page is served by its mail adapter, else by the generic one when its site is enabled', () => {
    const page = (href: string) => new URL(href);
    expect(pageSite(page('https://mail.google.com/mail/u/0/'), [])?.key).toBe('gmail');
    expect(pageSite(page('https://app.hubspot.com/contacts/1'), [])).toBeUndefined();
    expect(pageSite(page('https://app.hubspot.com/contacts/1'), ['https://app.hubspot.com'])).toEqual({
      adapter: generic,
      key: 'https://app.hubspot.com',
      label: 'app.hubspot.com',
    });
    expect(pageSite(page('https://acme.zendesk.com/agent'), ['https://*.zendesk.com'])?.label).toBe('*.zendesk.com');
  });
});
