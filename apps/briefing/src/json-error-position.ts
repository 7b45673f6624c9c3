import { CodePointIndex } from '@dealbrief/core';

/** Where a JSON text first stops being valid JSON: 1-based line and column (code points). */
export interface JsonErrorPosition {
  /** Code-point offset of the offending character (the text length at an unexpected end). */
  offset: number;
  line: number;
  column: number;
}

/**
 * Finds the first syntax error of `text` with a small JSON scanner (Node's JSON.parse does not always
 * say where). Returns null when `text` is valid JSON.
 */
export function locateJsonError(text: string): JsonErrorPosition | null {
  const failAt = scanJson(text);
  if (failAt === null) return null;
  const index = new CodePointIndex(text);
  const offset = index.toCodePoint(Math.min(failAt, text.length));
  return { offset, ...index.lineColumn(offset) };
}

/** Returns the UTF-16 index of the first error, or null. */
function scanJson(text: string): number | null {
  let i = 0;
  const skipSpace = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const fail = (): never => {
    throw new JsonSyntaxAt(i);
  };
  const expect = (literal: string): void => {
    for (const ch of literal) {
      if (text[i] !== ch) fail();
      i++;
    }
  };
  const scanString = (): void => {
    i++; // opening quote
    for (;;) {
      if (i >= text.length) fail();
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return;
      }
      if (c < 0x20) fail();
      if (c === 0x5c) {
        i++;
        const e = text[i];
        if (e === 'u') {
          i++;
          for (let k = 0; k < 4; k++) {
            if (!/[0-9a-fA-F]/.test(text[i] ?? '')) fail();
            i++;
          }
          continue;
        }
        if (e === undefined || !'"\\/bfnrt'.includes(e)) fail();
      }
      i++;
    }
  };
  const scanNumber = (): void => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
    if (!match || match[0] === '' || match[0] === '-') fail();
    i += match![0].length;
  };
  const scanValue = (): void => {
    skipSpace();
    const c = text[i];
    if (c === '{') {
      i++;
      skipSpace();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        skipSpace();
        if (text[i] !== '"') fail();
        scanString();
        skipSpace();
        expect(':');
        scanValue();
        skipSpace();
        if (text[i] === ',') i++;
        else if (text[i] === '}') {
          i++;
          return;
        } else fail();
      }
    } else if (c === '[') {
      i++;
      skipSpace();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        scanValue();
        skipSpace();
        if (text[i] === ',') i++;
        else if (text[i] === ']') {
          i++;
          return;
        } else fail();
      }
    } else if (c === '"') scanString();
    else if (c === 't') expect('true');
    else if (c === 'f') expect('false');
    else if (c === 'n') expect('null');
    else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) scanNumber();
    else fail();
  };
  try {
    scanValue();
    skipSpace();
    if (i < text.length) fail();
    return null;
  } catch (error) {
    if (error instanceof JsonSyntaxAt) return error.at;
    throw error;
  }
}

class JsonSyntaxAt extends Error {
  constructor(readonly at: number) {
    super(`JSON syntax error at ${at}`);
  }
}
