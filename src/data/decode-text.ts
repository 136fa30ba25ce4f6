// Turning the bytes of a file into text, with one clear error for sizes and encodings we cannot read.
import type { FileError } from './load-report';

/** Default largest file the loader accepts, in bytes. */
export const DEFAULT_MAX_FILE_BYTES = 200 * 1024 * 1024;

export type DecodeResult =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly error: FileError };

/** Whether every byte is below 0x80: four at a time where the bytes are 4-byte aligned. */
export function isAsciiBytes(bytes: Uint8Array): boolean {
  let i = 0;
  if (bytes.byteOffset % 4 === 0) {
    const words = new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.length >> 2);
    let high = 0;
    for (let w = 0; w < words.length; w++) high |= words[w] ?? 0;
    if ((high & 0x80808080) !== 0) return false;
    i = words.length * 4;
  }
  for (; i < bytes.length; i++) if ((bytes[i] ?? 0) > 0x7f) return false;
  return true;
}

/** Whether byte `b` is a continuation byte (10xxxxxx). */
const isContinuation = (b: number): boolean => (b & 0xc0) === 0x80;

/**
 * Whether the bytes are well-formed UTF-8, as TextDecoder's fatal mode judges them (the Unicode
 * standard's table 3-7: no overlong forms, no surrogates, nothing past U+10FFFF, nothing cut short),
 * without making a string. ASCII runs are skipped four bytes at a time where the bytes are aligned.
 */
export function isWellFormedUtf8(bytes: Uint8Array): boolean {
  const n = bytes.length;
  const aligned = bytes.byteOffset % 4 === 0;
  const words = aligned ? new Uint32Array(bytes.buffer, bytes.byteOffset, n >> 2) : null;
  let i = 0;
  while (i < n) {
    if (words !== null && (i & 3) === 0) {
      let w = i >> 2;
      while (w < words.length && ((words[w] ?? 0) & 0x80808080) === 0) w++;
      i = Math.max(i, w * 4);
      if (i >= n) return true;
    }
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i++;
      continue;
    }
    const b1 = bytes[i + 1] ?? 0;
    if (b >= 0xc2 && b <= 0xdf) {
      if (!isContinuation(b1) || i + 1 >= n) return false;
      i += 2;
      continue;
    }
    const b2 = bytes[i + 2] ?? 0;
    if (b >= 0xe0 && b <= 0xef) {
      const low = b === 0xe0 ? 0xa0 : 0x80;
      const high = b === 0xed ? 0x9f : 0xbf;
      if (i + 2 >= n || b1 < low || b1 > high || !isContinuation(b2)) return false;
      i += 3;
      continue;
    }
    const b3 = bytes[i + 3] ?? 0;
    if (b >= 0xf0 && b <= 0xf4) {
      const low = b === 0xf0 ? 0x90 : 0x80;
      const high = b === 0xf4 ? 0x8f : 0xbf;
      if (i + 3 >= n || b1 < low || b1 > high || !isContinuation(b2) || !isContinuation(b3)) return false;
      i += 4;
      continue;
    }
    return false;
  }
  return true;
}

/** The size and encoding errors decodeText gives before decoding (null: none). */
function checkBytes(bytes: Uint8Array, maxBytes: number): FileError | null {
  if (bytes.byteLength > maxBytes)
    return { code: 'file-too-large', value: `${bytes.byteLength}/${maxBytes}` };
  if (bytes.byteLength === 0) return { code: 'file-empty', value: '' };
  const b0 = bytes[0];
  const b1 = bytes[1];
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff))
    return { code: 'utf16-encoding', value: '' };
  return null;
}

/** Decodes UTF-8 (a BOM is dropped); rejects UTF-16, invalid UTF-8, empty and oversized input. */
export function decodeText(bytes: Uint8Array, maxBytes = DEFAULT_MAX_FILE_BYTES): DecodeResult {
  const error = checkBytes(bytes, maxBytes);
  if (error !== null) return { ok: false, error };
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { ok: true, text };
  } catch {
    return { ok: false, error: { code: 'not-utf8', value: '' } };
  }
}

/**
 * decodeText's verdict without decoding (null: the bytes would decode), by a scan of the bytes, for
 * readers that work on the bytes.
 */
export function checkUtf8Bytes(bytes: Uint8Array, maxBytes = DEFAULT_MAX_FILE_BYTES): FileError | null {
  return checkBytes(bytes, maxBytes) ?? (isWellFormedUtf8(bytes) ? null : { code: 'not-utf8', value: '' });
}

/** Checks the size of text that is already decoded (e.g. from a URL or a test), in UTF-16 code units × 1. */
export function checkTextSize(text: string, maxBytes = DEFAULT_MAX_FILE_BYTES): FileError | null {
  if (text.length > maxBytes) return { code: 'file-too-large', value: `${text.length}/${maxBytes}` };
  if (text.trim().length === 0) return { code: 'file-empty', value: '' };
  return null;
}

const spanDecoder = new TextDecoder();

/** The text of bytes from … to − 1 (well-formed UTF-8, checked by the caller). */
export function textOfBytes(bytes: Uint8Array, from: number, to: number): string {
  // Short ASCII runs are most cells: building them directly avoids a decoder call per cell.
  if (to - from <= 32) {
    let ascii = true;
    for (let i = from; i < to; i++) if ((bytes[i] ?? 0) >= 0x80) ascii = false;
    // apply takes the typed array as its argument list (spreading it runs the iterator: 3× slower).
    if (ascii) return String.fromCharCode.apply(null, bytes.subarray(from, to) as unknown as number[]);
  }
  return spanDecoder.decode(bytes.subarray(from, to));
}
