// JSON.parse with a readable, located error instead of an exception.
import type { FileError } from './load-report';

export type JsonResult =
  { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: FileError };

/** Line and column (1-based) of a character offset. */
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

/** Parses JSON; on failure reports "line:column" where V8 stopped (or the engine's message). */
export function parseJson(text: string): JsonResult {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const position = /position (\d+)/.exec(message);
    const where = position
      ? locate(text, Number(position[1]))
      : /line (\d+) column (\d+)/.exec(message)?.slice(1).join(':');
    return { ok: false, error: { code: 'not-json', value: where ?? 'end' } };
  }
}
