import { describe, expect, it } from 'vitest';
import { parseJsonInput } from '../../../electron/cli/json-input.js';
import { locateJsonSyntaxError } from '../../../electron/cli/json-syntax.js';
import { inEnglish } from './in-language.js';

describe('locateJsonSyntaxError', () => {
  it('agrees with JSON.parse on what is valid', () => {
    const texts = [
      '{}',
      '[]',
      'null',
      'true',
      '-0.5e+3',
      '"a\\u00e9\\n"',
      ' {"a": [1, {"b": null}], "c": "d"} ',
      '',
      '{',
      '}',
      '[1,]',
      '{"a":1,}',
      '{a:1}',
      "{'a':1}",
      '01',
      '1.',
      '.5',
      '-',
      '+1',
      'NaN',
      'Infinity',
      '"\\x"',
      '"\\u12"',
      '"tab\there"',
      '[1 2]',
      '{"a" 1}',
      'nul',
      'truex',
      '{} {}',
      '"unterminated',
      '[[[]]',
    ];
    for (const text of texts) {
      let valid = true;
      try {
        JSON.parse(text);
      } catch {
        valid = false;
      }
      expect(locateJsonSyntaxError(text) === undefined, JSON.stringify(text)).toBe(valid);
    }
  });

  it('gives the line, column and offset of the first error', () => {
    expect(locateJsonSyntaxError('{"a": }')).toEqual({
      offset: 6,
      line: 1,
      column: 7,
      reason: 'expectedValue',
    });
    expect(locateJsonSyntaxError('{\n  "a": 1,\n  "b" 2\n}')).toMatchObject({
      line: 3,
      column: 7,
      reason: 'expectedColon',
    });
    expect(locateJsonSyntaxError('[1, 2')).toMatchObject({ offset: 5, reason: 'unexpectedEnd' });
  });

  it('handles very deep nesting without recursion', () => {
    expect(locateJsonSyntaxError('['.repeat(200_000) + ']'.repeat(200_000))).toBeUndefined();
    expect(locateJsonSyntaxError('['.repeat(200_000))).toMatchObject({ offset: 200_000 });
  });
});

const parseJsonInputInEnglish = (text: string, where: string): unknown => inEnglish(() => parseJsonInput(text, where));

describe('parseJsonInput', () => {
  it('reports a syntax error by position, without quoting the text (it may hold a passphrase)', () => {
    let message = '';
    try {
      parseJsonInputInEnglish('{"method":"passphrase","passphrase": hunter2 }', 'input.json');
    } catch (error) {
      message = (error as Error).message;
      expect(error).toMatchObject({ code: 'VALIDATION' });
    }
    expect(message).toBe(
      'The input from input.json is not valid JSON: expected a JSON value at line 1, column 38 (offset 37).',
    );
    expect(message).not.toContain('hunter2');
  });

  it('accepts a leading byte-order mark and refuses an empty input', () => {
    expect(parseJsonInputInEnglish('\uFEFF{"a":1}', 'f')).toEqual({ a: 1 });
    expect(() => parseJsonInputInEnglish(' \n', 'stdin')).toThrow('The input from stdin is empty');
  });
});
