import { describe, expect, it } from 'vitest';
import { isMarkup, looksLikeErrorText } from '../../src/team-lists/error-page';

describe('looksLikeErrorText', () => {
  it.each([
    'Service temporarily unavailable',
    'Service Unavailable\n',
    '503 Service Unavailable',
    '404: Not Found',
    'Forbidden',
    'Access Denied',
    'Error',
    'error: upstream connect error',
    'Error 1020',
    'Too Many Requests',
    'Rate limit exceeded. Try again later.',
    'Bad Gateway',
    'Gateway Timeout',
    'Internal Server Error',
    'Unauthorized',
    'The site is down for maintenance',
    'Service Unavailable\r\nThe server is busy.\r\n',
  ])('takes %j for a server error message', (text) => {
    expect(looksLikeErrorText(text)).toBe(true);
  });

  it.each([
    // Real lists of one or two phrases.
    'synergy',
    'per my last email',
    'human error',
    'sorry for the error',
    'error-prone',
    'circle back\ntouch base',
    // The status words, written as a list: a comment, a replacement or a wildcard says so.
    '# support voice\ncurrently unavailable',
    'currently unavailable => back on Monday',
    'not * available',
    // Longer than a status message: the list parser decides.
    'unavailable\nsynergy\ncircle back\ntouch base',
    `currently unavailable ${'word '.repeat(40)}`,
    // Nothing at all is not an error message (it is refused as empty elsewhere).
    '',
    ' \n \n',
  ])('reads %j as a list', (text) => {
    expect(looksLikeErrorText(text)).toBe(false);
  });
});

describe('isMarkup', () => {
  it('knows a web page by its type or its first character, and a list by neither', () => {
    expect(isMarkup('synergy', 'text/html; charset=utf-8')).toBe(true);
    expect(isMarkup('  <!doctype html><title>x</title>', 'text/plain')).toBe(true);
    expect(isMarkup('<?xml version="1.0"?><Error/>', 'application/xml')).toBe(true);
    expect(isMarkup('synergy\n<b>', 'text/plain')).toBe(false);
    expect(isMarkup('{"name": "x"}', 'application/json')).toBe(false);
    expect(isMarkup('# list\nsynergy', '')).toBe(false);
  });
});
