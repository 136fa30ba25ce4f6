// Growable columns that become Arrow vectors: plain UTF-8 text (ids), dictionary-encoded text (every
// other text: a few hundred distinct sites or dates over millions of rows), nullable Int32 counts and
// Float32 degrees (the app's table keeps float32 positions, so float32 in the file loses nothing).
import {
  Dictionary,
  Float32,
  Int16,
  Int32,
  Int8,
  makeData,
  makeVector,
  Utf8,
  type Vector,
} from 'apache-arrow';

const INITIAL_ROWS = 1 << 16;

/** Validity bits, one per row (set = a value), and how many rows are null. */
class Validity {
  bits = new Uint8Array(INITIAL_ROWS >> 3);
  nulls = 0;
  set(row: number, valid: boolean): void {
    if (row >> 3 >= this.bits.length) {
      const grown = new Uint8Array(this.bits.length * 2);
      grown.set(this.bits);
      this.bits = grown;
    }
    if (valid) this.bits[row >> 3] = (this.bits[row >> 3] ?? 0) | (1 << (row & 7));
    else this.nulls++;
  }
  bitmap(length: number): Uint8Array {
    return this.bits.slice(0, (length + 7) >> 3);
  }
}

function grownTo<T extends Int32Array | Float32Array | Uint8Array>(array: T, size: number): T {
  if (size <= array.length) return array;
  const grown = new (array.constructor as new (n: number) => T)(Math.max(size, array.length * 2));
  grown.set(array);
  return grown;
}

const encoder = new TextEncoder();

/** UTF-8 bytes with offsets: the Utf8 layout. */
class Utf8Buffer {
  length = 0;
  offsets = new Int32Array(INITIAL_ROWS + 1);
  bytes = new Uint8Array(INITIAL_ROWS * 16);
  private used = 0;
  push(text: string): void {
    this.offsets = grownTo(this.offsets, this.length + 2);
    this.bytes = grownTo(this.bytes, this.used + text.length * 3);
    this.used += encoder.encodeInto(text, this.bytes.subarray(this.used)).written;
    this.offsets[++this.length] = this.used;
  }
  vector(): Vector<Utf8> {
    return makeVector(
      makeData({
        type: new Utf8(),
        length: this.length,
        nullCount: 0,
        valueOffsets: this.offsets.slice(0, this.length + 1),
        data: this.bytes.slice(0, this.used),
      }),
    );
  }
}

export interface ArrowColumn {
  readonly length: number;
  vector(): Vector;
}

/** Text without a dictionary (values that rarely repeat: ids). Null is written as null. */
export class TextColumn implements ArrowColumn {
  private readonly values = new Utf8Buffer();
  private readonly validity = new Validity();
  get length(): number {
    return this.values.length;
  }
  push(text: string | null): void {
    this.validity.set(this.values.length, text !== null);
    this.values.push(text ?? '');
  }
  vector(): Vector {
    const plain = this.values.vector();
    if (this.validity.nulls === 0) return plain;
    const data = plain.data[0];
    if (data === undefined) return plain;
    return makeVector(
      makeData({
        type: new Utf8(),
        length: this.length,
        nullCount: this.validity.nulls,
        nullBitmap: this.validity.bitmap(this.length),
        valueOffsets: data.valueOffsets,
        data: data.values,
      }),
    );
  }
}

/** Dictionary-encoded text, the narrowest signed index type that holds the dictionary. */
export class DictionaryColumn implements ArrowColumn {
  private readonly codes = new Map<string, number>();
  private readonly dictionary = new Utf8Buffer();
  private indices = new Int32Array(INITIAL_ROWS);
  private readonly validity = new Validity();
  length = 0;
  push(text: string | null): void {
    this.indices = grownTo(this.indices, this.length + 1);
    this.validity.set(this.length, text !== null);
    if (text !== null) {
      let code = this.codes.get(text);
      if (code === undefined) {
        code = this.codes.size;
        this.codes.set(text, code);
        this.dictionary.push(text);
      }
      this.indices[this.length] = code;
    }
    this.length++;
  }
  vector(): Vector {
    const size = this.codes.size;
    const raw = this.indices.subarray(0, this.length);
    const [indexType, indices] =
      size <= 0x7f
        ? [new Int8(), Int8Array.from(raw)]
        : size <= 0x7fff
          ? [new Int16(), Int16Array.from(raw)]
          : [new Int32(), raw.slice()];
    return makeVector(
      makeData({
        type: new Dictionary(new Utf8(), indexType),
        length: this.length,
        nullCount: this.validity.nulls,
        nullBitmap: this.validity.bitmap(this.length),
        data: indices,
        dictionary: this.dictionary.vector(),
      }),
    );
  }
}

/** Whole counts, null where not recorded. */
export class Int32Column implements ArrowColumn {
  private values = new Int32Array(INITIAL_ROWS);
  private readonly validity = new Validity();
  length = 0;
  push(value: number | null): void {
    this.values = grownTo(this.values, this.length + 1);
    this.validity.set(this.length, value !== null);
    this.values[this.length++] = value ?? 0;
  }
  vector(): Vector {
    return makeVector(
      makeData({
        type: new Int32(),
        length: this.length,
        nullCount: this.validity.nulls,
        nullBitmap: this.validity.bitmap(this.length),
        data: this.values.slice(0, this.length),
      }),
    );
  }
}

/** Degrees as float32 (never null: every written row has a position). */
export class Float32Column implements ArrowColumn {
  private values = new Float32Array(INITIAL_ROWS);
  length = 0;
  push(value: number): void {
    this.values = grownTo(this.values, this.length + 1);
    this.values[this.length++] = value;
  }
  vector(): Vector {
    return makeVector(
      makeData({
        type: new Float32(),
        length: this.length,
        nullCount: 0,
        data: this.values.slice(0, this.length),
      }),
    );
  }
}
