import type { CliWords } from '../../shared/i18n/en/cli.js';

/** Why the text breaks the grammar: its words are the CLI catalogue's jsonSyntax of that name. */
export type JsonSyntaxReason = keyof CliWords['jsonSyntax'];

/** Where a JSON text first breaks the grammar, described without quoting any of the text. */
export interface JsonSyntaxProblem {
  offset: number;
  line: number;
  column: number;
  reason: JsonSyntaxReason;
}

class Stop {
  constructor(
    readonly offset: number,
    readonly reason: JsonSyntaxReason,
  ) {}
}

type Expect = 'value' | 'valueOrClose' | 'key' | 'keyOrClose' | 'colon' | 'commaOrClose' | 'end';

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPABLE = '"\\/bfnrt';
const HEX = /^[0-9a-fA-F]{4}$/;

function endOfString(text: string, start: number): number {
  for (let j = start + 1; j < text.length; j += 1) {
    const code = text.charCodeAt(j);
    if (code === 0x22) return j + 1;
    if (code < 0x20) throw new Stop(j, 'controlCharacter');
    if (code === 0x5c) {
      const escaped = text[j + 1];
      if (escaped === 'u') {
        if (!HEX.test(text.slice(j + 2, j + 6))) throw new Stop(j, 'badUnicodeEscape');
        j += 5;
      } else if (escaped !== undefined && ESCAPABLE.includes(escaped)) {
        j += 1;
      } else {
        throw new Stop(j, 'badEscape');
      }
    }
  }
  throw new Stop(text.length, 'unterminatedString');
}

function scan(text: string): void {
  const stack: string[] = [];
  let expect: Expect = 'value';
  let i = 0;
  const afterValue = (): Expect => (stack.length === 0 ? 'end' : 'commaOrClose');
  const close = (): void => {
    stack.pop();
    i += 1;
    expect = afterValue();
  };
  for (;;) {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i += 1;
    if (i >= text.length) {
      if (expect === 'end') return;
      throw new Stop(i, 'unexpectedEnd');
    }
    const c = text[i] as string;
    const top = stack.at(-1);
    switch (expect) {
      case 'end':
        throw new Stop(i, 'textAfterValue');
      case 'colon':
        if (c !== ':') throw new Stop(i, 'expectedColon');
        i += 1;
        expect = 'value';
        break;
      case 'commaOrClose':
        if (c === ',') {
          i += 1;
          expect = top === '{' ? 'key' : 'value';
        } else if ((c === '}' && top === '{') || (c === ']' && top === '[')) {
          close();
        } else {
          throw new Stop(i, top === '{' ? 'expectedCommaOrBrace' : 'expectedCommaOrBracket');
        }
        break;
      case 'key':
      case 'keyOrClose':
        if (c === '}' && expect === 'keyOrClose') close();
        else if (c === '"') {
          i = endOfString(text, i);
          expect = 'colon';
        } else throw new Stop(i, 'expectedPropertyName');
        break;
      case 'value':
      case 'valueOrClose':
        if (c === ']' && expect === 'valueOrClose') close();
        else if (c === '{' || c === '[') {
          stack.push(c);
          i += 1;
          expect = c === '{' ? 'keyOrClose' : 'valueOrClose';
        } else if (c === '"') {
          i = endOfString(text, i);
          expect = afterValue();
        } else if (c === '-' || (c >= '0' && c <= '9')) {
          NUMBER.lastIndex = i;
          if (!NUMBER.test(text)) throw new Stop(i, 'malformedNumber');
          i = NUMBER.lastIndex;
          expect = afterValue();
        } else {
          const word = ['true', 'false', 'null'].find((literal) => text.startsWith(literal, i));
          if (!word) throw new Stop(i, 'expectedValue');
          i += word.length;
          expect = afterValue();
        }
        break;
    }
  }
}

/** The first syntax error in `text`, or undefined if it is valid JSON. Iterative: deep nesting is fine. */
export function locateJsonSyntaxError(text: string): JsonSyntaxProblem | undefined {
  try {
    scan(text);
    return undefined;
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    const before = text.slice(0, error.offset);
    const line = before.split('\n').length;
    const column = error.offset - before.lastIndexOf('\n');
    return { offset: error.offset, line, column, reason: error.reason };
  }
}
