// Turning the bytes of a file into text, with one clear error for sizes and encodings we cannot read.
import type { FileError } from './load-report';

/** Default largest file the loader accepts, in bytes. */
export const DEFAULT_MAX_FILE_BYTES = 200 * 1024 * 1024;

export type DecodeResult =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly error: FileError };

/** Decodes UTF-8 (a BOM is dropped); rejects UTF-16, invalid UTF-8, empty and oversized input. */
export function decodeText(bytes: Uint8Array, maxBytes = DEFAULT_MAX_FILE_BYTES): DecodeResult {
  if (bytes.byteLength > maxBytes) {
    return { ok: false, error: { code: 'file-too-large', value: `${bytes.byteLength}/${maxBytes}` } };
  }
  if (bytes.byteLength === 0) return { ok: false, error: { code: 'file-empty', value: '' } };
  const b0 = bytes[0];
  const b1 = bytes[1];
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) {
    return { ok: false, error: { code: 'utf16-encoding', value: '' } };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { ok: true, text };
  } catch {
    return { ok: false, error: { code: 'not-utf8', value: '' } };
  }
}

/** Checks the size of text that is already decoded (e.g. from a URL or a test), in UTF-16 code units × 1. */
export function checkTextSize(text: string, maxBytes = DEFAULT_MAX_FILE_BYTES): FileError | null {
  if (text.length > maxBytes) return { code: 'file-too-large', value: `${text.length}/${maxBytes}` };
  if (text.trim().length === 0) return { code: 'file-empty', value: '' };
  return null;
}
