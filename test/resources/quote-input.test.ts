import { describe, expect, it } from 'vitest';
import { maxMessageLength, quoteName, quoteValue, safeMessage, safeMessageData } from '../../src/resources/index.js';

describe('quoting input in messages', () => {
  it('quotes a name escaped and cut at 40 characters', () => {
    expect(quoteName('strinData')).toBe('"strinData"');
    expect(quoteName('a\u001b[2Jb\u202e')).toBe('"a\\u001b[2Jb\\u202e"');
    expect(quoteName('k'.repeat(100))).toBe(`"${'k'.repeat(37)}..."`);
  });

  it('shows a value only when short and on one line', () => {
    expect(quoteValue('three')).toBe('"three"');
    expect(quoteValue('x'.repeat(41))).toBe('(41 characters, not shown)');
    expect(quoteValue('a\nb')).toBe('(3 characters, not shown)');
  });

  it('strips control and bidi characters from any message, keeps newlines, and bounds its length', () => {
    expect(safeMessage('Container "a\u001b[2J\u202eb" runs privileged.\nnext')).toBe('Container "a\\u001b[2J\\u202eb" runs privileged.\nnext');
    expect(safeMessage('x'.repeat(5000))).toHaveLength(maxMessageLength);
    expect(safeMessage(safeMessage('a\u0007'))).toBe(safeMessage('a\u0007'));
  });

  it('puts rule data on one line and cuts it short', () => {
    expect(safeMessageData('a\nb')).toBe('a b');
    expect(safeMessageData('n'.repeat(600))).toHaveLength(500);
  });
});
