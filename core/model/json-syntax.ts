/**
 * Where a text stops being JSON, found by our own scan rather than read out of JSON.parse's English message
 * (whose wording and position format differ between JavaScript engines). Called only after JSON.parse refused
 * the text. Iterative, so a hostile file of a million `[` cannot overflow the stack.
 */
export type JsonSyntaxFault =
  /** Nothing but white space. */
  | { kind: 'empty' }
  /** The text ends inside a value: a file written or copied only in part. */
  | { kind: 'cut-off' }
  /** The first character that cannot be there; line and column count from 1. */
  | { kind: 'json-syntax'; line: number; column: number };

type State = 'value' | 'value-or-end' | 'key' | 'key-or-end' | 'colon' | 'after-value';

const WHITE_SPACE = new Set([' ', '\t', '\n', '\r']);
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const isDigit = (character: string | undefined) => character !== undefined && character >= '0' && character <= '9';
const isHex = (character: string | undefined) => character !== undefined && /^[0-9a-fA-F]$/u.test(character);

/** The first fault in `text`, or null when it is JSON after all. */
export function findJsonSyntaxFault(text: string): JsonSyntaxFault | null {
  const at = (offset: number): JsonSyntaxFault => {
    if (offset >= text.length) return { kind: 'cut-off' };
    const before = text.slice(0, offset);
    const lineStart = before.lastIndexOf('\n') + 1;
    return { kind: 'json-syntax', line: before.split('\n').length, column: offset - lineStart + 1 };
  };
  if (text.trim() === '') return { kind: 'empty' };

  /** The offset after a string starting at `start` (a quote), or the fault in it. */
  const scanString = (start: number): number | JsonSyntaxFault => {
    let index = start + 1;
    for (;;) {
      const character = text[index];
      if (character === undefined) return at(index);
      if (character === '"') return index + 1;
      if (character < ' ') return at(index);
      if (character === '\\') {
        const escaped = text[index + 1];
        if (escaped === undefined) return at(index + 1);
        if (escaped === 'u') {
          for (let digit = 2; digit < 6; digit++) if (!isHex(text[index + digit])) return at(index + digit);
          index += 6;
        } else if (ESCAPES.has(escaped)) index += 2;
        else return at(index + 1);
      } else index += 1;
    }
  };

  /** The offset after a number starting at `start`, or the fault in it. */
  const scanNumber = (start: number): number | JsonSyntaxFault => {
    let index = start;
    if (text[index] === '-') index += 1;
    if (text[index] === '0') index += 1;
    else if (isDigit(text[index])) while (isDigit(text[index])) index += 1;
    else return at(index);
    if (text[index] === '.') {
      index += 1;
      if (!isDigit(text[index])) return at(index);
      while (isDigit(text[index])) index += 1;
    }
    if (text[index] === 'e' || text[index] === 'E') {
      index += 1;
      if (text[index] === '+' || text[index] === '-') index += 1;
      if (!isDigit(text[index])) return at(index);
      while (isDigit(text[index])) index += 1;
    }
    return index;
  };

  const containers: ('{' | '[')[] = [];
  let state: State = 'value';
  let index = 0;
  for (;;) {
    while (index < text.length && WHITE_SPACE.has(text[index] as string)) index += 1;
    const character = text[index];
    if (character === undefined) return state === 'after-value' && containers.length === 0 ? null : at(index);

    if (state === 'after-value') {
      const open = containers.at(-1);
      if (open === undefined) return at(index);
      if (character === ',') state = open === '{' ? 'key' : 'value';
      else if ((character === '}' && open === '{') || (character === ']' && open === '[')) containers.pop();
      else return at(index);
      index += 1;
      continue;
    }
    if (state === 'colon') {
      if (character !== ':') return at(index);
      state = 'value';
      index += 1;
      continue;
    }
    if (state === 'key' || state === 'key-or-end') {
      if (character === '}' && state === 'key-or-end') {
        containers.pop();
        state = 'after-value';
        index += 1;
        continue;
      }
      if (character !== '"') return at(index);
      const end = scanString(index);
      if (typeof end !== 'number') return end;
      state = 'colon';
      index = end;
      continue;
    }

    // A value is expected (or, just after `[`, the end of the array).
    if (character === ']' && state === 'value-or-end') {
      containers.pop();
      state = 'after-value';
      index += 1;
      continue;
    }
    if (character === '{' || character === '[') {
      containers.push(character);
      state = character === '{' ? 'key-or-end' : 'value-or-end';
      index += 1;
      continue;
    }
    let end: number | JsonSyntaxFault;
    if (character === '"') end = scanString(index);
    else if (character === '-' || isDigit(character)) end = scanNumber(index);
    else {
      const literal = ['true', 'false', 'null'].find((word) => word[0] === character);
      if (literal === undefined) return at(index);
      let offset = 0;
      while (offset < literal.length && text[index + offset] === literal[offset]) offset += 1;
      end = offset === literal.length ? index + offset : at(index + offset);
    }
    if (typeof end !== 'number') return end;
    state = 'after-value';
    index = end;
  }
}
