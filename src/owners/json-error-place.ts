/**
 * Where a JSON text stops being JSON, as a line and column, for the message that
 * tells an admin what to fix. `JSON.parse` does not always say (V8's "Unexpected
 * token" has no position), so this walks the grammar of RFC 8259 §2–7 and returns
 * the first offset that breaks it. Only called after `JSON.parse` has failed.
 */
export interface JsonErrorPlace {
  line: number;
  column: number;
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
// eslint-disable-next-line no-control-regex -- RFC 8259 §7: control characters must be escaped
const STRING_BODY = /(?:[^"\\\u0000-\u001F]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;

class Failed {
  constructor(readonly offset: number) {}
}

/** The offset of the first character that breaks the JSON grammar, or undefined when the text is JSON. */
export function firstJsonErrorOffset(text: string): number | undefined {
  let offset = 0;
  // Iterative over nesting depth, so a hostile "[[[[…" cannot overflow the stack.
  const fail = (): never => {
    throw new Failed(offset);
  };
  const skipSpace = (): void => {
    while (offset < text.length && WHITESPACE.has(text[offset] as string)) offset += 1;
  };
  const expect = (char: string): void => {
    if (text[offset] !== char) fail();
    offset += 1;
  };
  const string = (): void => {
    expect('"');
    STRING_BODY.lastIndex = offset;
    if (!STRING_BODY.test(text)) {
      // Point at the character that ends the valid part of the string.
      while (offset < text.length && text[offset] !== '"' && text[offset] !== '\\' && text.charCodeAt(offset) >= 0x20) offset += 1;
      fail();
    }
    offset = STRING_BODY.lastIndex;
  };
  const scalar = (): void => {
    const char = text[offset];
    if (char === '"') return string();
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, offset)) {
        offset += word.length;
        return;
      }
    }
    NUMBER.lastIndex = offset;
    if (!NUMBER.test(text)) fail();
    offset = NUMBER.lastIndex;
  };

  /** Open containers: '{' or '['. */
  const stack: string[] = [];
  try {
    skipSpace();
    for (;;) {
      // A value.
      const char = text[offset];
      if (char === '{' || char === '[') {
        offset += 1;
        skipSpace();
        const close = char === '{' ? '}' : ']';
        if (text[offset] === close) offset += 1;
        else {
          stack.push(char);
          if (char === '{') {
            string();
            skipSpace();
            expect(':');
          }
          skipSpace();
          continue;
        }
      } else scalar();
      // After a value: a comma and the next member, a closing bracket, or the end.
      for (;;) {
        skipSpace();
        const open = stack.at(-1);
        if (open === undefined) {
          if (offset < text.length) fail();
          return undefined;
        }
        const close = open === '{' ? '}' : ']';
        if (text[offset] === close) {
          offset += 1;
          stack.pop();
          continue;
        }
        expect(',');
        skipSpace();
        if (open === '{') {
          string();
          skipSpace();
          expect(':');
          skipSpace();
        }
        break;
      }
    }
  } catch (error) {
    if (error instanceof Failed) return error.offset;
    throw error;
  }
}

/** The line and column (both from 1) of an offset in a text. */
export function placeOf(text: string, offset: number): JsonErrorPlace {
  let line = 1;
  let lineStart = 0;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) {
    line += 1;
    lineStart = index + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
