// The buffer a picked file is read into, and giving its memory back once it is scanned. A dead buffer's
// memory otherwise waits for a major GC, and the table's finish allocates a few hundred MB on a
// high-cardinality file before one comes (a 200 MB file of 770k distinct sites peaked at 4.25× its size,
// 3.2× with the buffer given back). Where the engine has `ArrayBuffer.prototype.transfer` (Chromium since
// 114: the app's worker) a plain buffer is given back by `transfer(0)`; elsewhere (Node 20, which runs the
// hostile-file benchmark) the file is read into a resizable buffer and shrunk to 0. Resizable only where
// it must be: V8 11.3 scans a resizable buffer's bytes about 1.3× slower than a plain one's.

/** Bytes that their reader lets go of once scanned or decoded (only the holder passes through frames). */
export interface HeldBytes {
  bytes: Uint8Array;
}

/** What a released holder holds. */
export const RELEASED_BYTES = new Uint8Array(0);

/** ArrayBuffer's constructor with its resizable form (ES2024; in Chromium 111+ and Node 20). */
const ResizableArrayBuffer = ArrayBuffer as unknown as new (
  length: number,
  options: { readonly maxByteLength: number },
) => ArrayBuffer;

type GivableBuffer = ArrayBuffer & {
  readonly resizable?: boolean;
  resize?(length: number): void;
  transfer?(length: number): ArrayBuffer;
};

const CAN_TRANSFER = typeof (ArrayBuffer.prototype as GivableBuffer).transfer === 'function';

/** A buffer of `bytes` for a file whose memory `giveBackBuffer` can return at once. */
export function makeFileBuffer(bytes: number): ArrayBuffer {
  return CAN_TRANSFER ? new ArrayBuffer(bytes) : new ResizableArrayBuffer(bytes, { maxByteLength: bytes });
}

/** Gives the buffer's memory back now where the engine can (every view of it becomes empty). */
export function giveBackBuffer(buffer: ArrayBufferLike): void {
  if (!(buffer instanceof ArrayBuffer)) return;
  const givable = buffer as GivableBuffer;
  if (givable.resizable === true) givable.resize?.(0);
  else givable.transfer?.(0);
}
