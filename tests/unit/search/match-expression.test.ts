import { describe, expect, it } from 'vitest';
import { matchExpression, MAX_QUERY_TERMS } from '../../../electron/core/kernel/search/match-expression.js';

describe('matchExpression', () => {
  it('turns each word into a quoted prefix term, all required', () => {
    expect(matchExpression('témoin école')).toBe('"témoin"* AND "école"*');
    expect(matchExpression('  V-01  ')).toBe('"V"* AND "01"*');
  });

  it('never lets FTS5 syntax through: quotes, stars, columns, groups, carets, signs only separate words', () => {
    expect(matchExpression('"')).toBeNull();
    expect(matchExpression('*')).toBeNull();
    expect(matchExpression('NEAR(')).toBe('"NEAR"*');
    expect(matchExpression('a OR b')).toBe('"a"* AND "OR"* AND "b"*');
    expect(matchExpression('NOT x AND y')).toBe('"NOT"* AND "x"* AND "AND"* AND "y"*');
    expect(matchExpression('label:secret')).toBe('"label"* AND "secret"*');
    expect(matchExpression('"unterminated phrase')).toBe('"unterminated"* AND "phrase"*');
    expect(matchExpression('{label text}: x^ -y +z (w)')).toBe(
      '"label"* AND "text"* AND "x"* AND "y"* AND "z"* AND "w"*',
    );
  });

  it('keeps letters of any script and combining marks, normalised to NFC', () => {
    expect(matchExpression('e\u0301cole')).toBe('"école"*');
    expect(matchExpression('شاهد')).toBe('"شاهد"*');
  });

  it('drops repeated words and bounds the number of terms', () => {
    expect(matchExpression('abc abc ABC')).toBe('"abc"* AND "ABC"*');
    const many = Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ');
    expect(matchExpression(many)?.split(' AND ')).toHaveLength(MAX_QUERY_TERMS);
  });
});
