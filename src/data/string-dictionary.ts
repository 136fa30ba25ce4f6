// Dictionary encoding of repeated strings: each distinct string gets a small integer code.

export class StringDictionary {
  private readonly codes = new Map<string, number>();
  readonly names: string[] = [];

  /** The code of `name`, adding it when new. */
  encode(name: string): number {
    let code = this.codes.get(name);
    if (code === undefined) {
      code = this.names.length;
      this.codes.set(name, code);
      this.names.push(name);
    }
    return code;
  }

  get size(): number {
    return this.names.length;
  }
}
