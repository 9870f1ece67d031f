import { beforeEach, describe, expect, it } from 'vitest';
import { gmailTab } from './in-page';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { turnOffRule } from '../../entrypoints/background/turn-off-rule';
import { TURN_OFF_RULE } from '../../src/messaging/messages';
import { loadPersonalPack } from '../../src/settings/personal';

const request = (ruleId: string) => ({ type: TURN_OFF_RULE, ruleId });
const turnedOff = async () => (await loadPersonalPack()).pack.disable ?? [];

beforeEach(() => {
  fakeBrowser.reset();
});

describe('the background turns a rule off only when the request holds up', () => {
  it('turns off a rule in force, asked by our content script in a mail tab', async () => {
    expect(await turnOffRule(request('default/synergy'), gmailTab)).toEqual({ ok: true });
    expect(await turnedOff()).toEqual(['default/synergy']);
  });

  it.each([
    ['a missing id', { type: TURN_OFF_RULE }],
    ['an id that is not text', { type: TURN_OFF_RULE, ruleId: ['default/synergy'] }],
    ['an empty id', { type: TURN_OFF_RULE, ruleId: '' }],
    ['an overlong id', { type: TURN_OFF_RULE, ruleId: `default/${'a'.repeat(300)}` }],
    ['a key too many', { type: TURN_OFF_RULE, ruleId: 'default/synergy', everywhere: true }],
    ['another type', { type: 'connection-first:disable-rule', ruleId: 'default/synergy' }],
    ['no object at all', 'default/synergy'],
    ['null', null],
  ])('refuses a malformed message (%s) and changes nothing', async (_name, message) => {
    expect(await turnOffRule(message, gmailTab)).toEqual({ ok: false, refused: 'malformed' });
    expect(await turnedOff()).toEqual([]);
  });

  it.each([
    ['another extension', { ...gmailTab, id: 'some-other-extension' }],
    ['no tab (a background or worker)', { ...gmailTab, tab: undefined }],
    ['our own pages', { ...gmailTab, url: 'chrome-extension://test-extension-id/popup.html' }],
    ['a site we do not serve', { ...gmailTab, url: 'https://mail.example.test/mail/u/0/' }],
    ['a mail host over plain http', { ...gmailTab, url: 'http://mail.google.com/mail/u/0/' }],
    ['no address', { ...gmailTab, url: undefined }],
  ])('refuses a request from %s and changes nothing', async (_name, sender) => {
    expect(await turnOffRule(request('default/synergy'), sender)).toEqual({
      ok: false,
      refused: 'not-from-a-mail-page',
    });
    expect(await turnedOff()).toEqual([]);
  });

  it('refuses a rule that is not in force (unknown, or already off) and changes nothing', async () => {
    expect(await turnOffRule(request('default/no-such-rule'), gmailTab)).toEqual({
      ok: false,
      refused: 'unknown-rule',
    });
    expect(await turnOffRule(request('default/synergy'), gmailTab)).toEqual({ ok: true });
    expect(await turnOffRule(request('default/synergy'), gmailTab)).toEqual({ ok: false, refused: 'unknown-rule' });
    expect(await turnedOff()).toEqual(['default/synergy']);
  });

  it('refuses a rule the administrator locked, and still turns off one that is not locked', async () => {
    const adminPack = {
      name: 'acme-policy',
      version: '1',
      rules: [{ id: 'per-my-last-email', phrases: ['per my last email'], message: 'Restate it.' }],
      overrides: { 'default/synergy': { message: 'Acme: name the joint work.' } },
    };
    await fakeBrowser.storage.managed.set({ inlinePacks: [JSON.stringify(adminPack)], lockManagedLists: true });
    expect(await turnOffRule(request('default/synergy'), gmailTab)).toEqual({ ok: false, refused: 'locked' });
    expect(await turnOffRule(request('acme-policy/per-my-last-email'), gmailTab)).toEqual({
      ok: false,
      refused: 'locked',
    });
    expect(await turnOffRule(request('default/circle-back'), gmailTab)).toEqual({ ok: true });
    expect(await turnedOff()).toEqual(['default/circle-back']);
  });
});
