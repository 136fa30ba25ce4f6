// Dictionary encoding of repeated strings: each distinct string gets a small integer code.
import { keepShape } from './keep-shape';

/** Codes a Uint32 column can hold (0 … 2^32 - 1). */
export const MAX_DICTIONARY_SIZE = 0xffffffff;

export class StringDictionary {
  private readonly codes = new Map<string, number>();
  readonly names: string[] = [];
  private lastName: string | null = null;
  private lastCode = 0;

  /**
   * `maxSize`: the most distinct names the column that stores the codes can index. Reaching it is a bug
   * in the caller's limits (they keep every dictionary below it), so it throws instead of wrapping codes.
   */
  constructor(readonly maxSize: number = MAX_DICTIONARY_SIZE) {}

  /** The code of `name`, adding it when new. Throws a RangeError rather than reuse a code. */
  encode(name: string): number {
    // Columns often repeat the previous row's value (one agency, one source): no hash lookup then.
    if (name === this.lastName) return this.lastCode;
    let code = this.codes.get(name);
    if (code === undefined) {
      code = this.names.length;
      if (code >= this.maxSize) {
        throw new RangeError(`dictionary full: more than ${this.maxSize} distinct names`);
      }
      this.codes.set(name, code);
      this.names.push(name);
    }
    this.lastName = name;
    this.lastCode = code;
    return code;
  }

  get size(): number {
    return this.names.length;
  }
}

// A kept instance: its map, and the optimized code of its methods, survive a full GC (keep-shape.ts).
keepShape(new StringDictionary());
