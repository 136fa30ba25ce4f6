// JSON.parse with a readable, located error instead of an exception.
import { findDeepNesting, MAX_JSON_DEPTH } from './find-deep-nesting';
import { findJsonError } from './find-json-error';
import type { FileError } from './load-report';

export type JsonResult =
  { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: FileError };

/** Line and column (1-based, columns in UTF-16 units) of a character offset, as "line:column". */
function locate(text: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return `${line}:${offset - lineStart + 1}`;
}

/**
 * Parses JSON. On failure the position comes from our own scanner (findJsonError), since V8 names none
 * for many errors: "line:column", or "end:line:column" when the text stops before the JSON is complete.
 * Nesting deeper than MAX_JSON_DEPTH is refused first ("line:column/limit"), where it is found.
 */
export function parseJson(text: string): JsonResult {
  const deep = findDeepNesting(text);
  if (deep >= 0)
    return { ok: false, error: { code: 'json-too-deep', value: `${locate(text, deep)}/${MAX_JSON_DEPTH}` } };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (err) {
    const found = findJsonError(text);
    if (found !== null) {
      const where = locate(text, found.offset);
      return { ok: false, error: { code: 'not-json', value: found.atEnd ? `end:${where}` : where } };
    }
    // The scanner found nothing (an engine limit, not a syntax error): use the engine's position if any.
    const message = err instanceof Error ? err.message : String(err);
    const position = /position (\d+)/.exec(message);
    return {
      ok: false,
      error: {
        code: 'not-json',
        value: position ? locate(text, Number(position[1])) : `end:${locate(text, text.length)}`,
      },
    };
  }
}
