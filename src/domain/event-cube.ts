// The month cube: in each month, rows grouped into cells by (kind, outcome, route, site, reached stage,
// nationality set), built once per table. Whole months of a window are summed from cells instead of rows
// (the pre-aggregation of Falcon, Moritz et al. 2019, on observed cells only). A month whose rows do not
// compress (high cardinality: nearly one cell per row) keeps no cells, and queries walk its rows instead,
// which costs the same and saves the memory.
import type { CodeColumn, EventTable } from './event-table';
import { EVENT_KINDS, NO_REACH, OUTCOMES, UNKNOWN_COUNT, UNKNOWN_PEOPLE } from './vocabulary';

/** Codes of a dictionary-like column: Uint16 while they fit, else Uint32. */
export type CubeCodes = Uint16Array | Uint32Array;

export interface EventCube {
  readonly table: EventTable;
  /** Nationality set of every table row: index into natSetOffsets. */
  readonly rowNatSet: CubeCodes;
  /** Codes of nationality set s: natSetCodes[natSetOffsets[s] .. natSetOffsets[s + 1]), ascending. */
  readonly natSetOffsets: Uint32Array;
  readonly natSetCodes: CubeCodes;
  readonly cellCount: number;
  /** Cells of table month m are cellMonthStart[m] .. cellMonthStart[m + 1] - 1. */
  readonly cellMonthStart: Uint32Array;
  /** 1 when month m is held as cells; 0 when its rows did not compress and are walked instead. */
  readonly monthHasCells: Uint8Array;
  readonly kind: Uint8Array;
  readonly outcome: Uint8Array;
  readonly route: CodeColumn;
  readonly site: CodeColumn;
  readonly reach: Uint8Array;
  readonly natSet: CubeCodes;
  readonly people: Float64Array;
  readonly boats: Float64Array;
  readonly events: Float64Array;
  /** Recorded deaths and crew only (unknown counts as 0). */
  readonly deaths: Float64Array;
  readonly crew: Float64Array;
  /** Per-cell nationality split in CSR form: the codes of the cell's set, with the persons of each. */
  readonly natOffsets: Uint32Array;
  readonly natCode: CubeCodes;
  readonly natPeople: Float64Array;
}

/** A month keeps cells only when they number at most this share of its rows. */
const MAX_CELLS_PER_ROW = 0.75;

const codesFor = (maxCode: number, values: ArrayLike<number>): CubeCodes =>
  maxCode < 0x10000 ? Uint16Array.from(values) : Uint32Array.from(values);

/** Rows' nationality entries sorted by code into scratch arrays; returns the entry count. */
function sortedEntries(table: EventTable, row: number, codes: number[], people: number[]): number {
  const start = table.natOffsets[row] ?? 0;
  const n = (table.natOffsets[row + 1] ?? start) - start;
  for (let i = 0; i < n; i++) {
    const code = table.natCode[start + i] ?? 0;
    const persons = table.natPeople[start + i] ?? 0;
    let j = i;
    while (j > 0 && (codes[j - 1] ?? 0) > code) {
      codes[j] = codes[j - 1] ?? 0;
      people[j] = people[j - 1] ?? 0;
      j--;
    }
    codes[j] = code;
    people[j] = persons;
  }
  return n;
}

interface NatSets {
  readonly rowNatSet: CubeCodes;
  readonly offsets: Uint32Array;
  readonly codes: CubeCodes;
}

/** Interns each row's sorted list of nationality codes. Numeric keys while exact, strings beyond. */
function internNatSets(table: EventTable): NatSets {
  const base = table.nationalityNames.length + 1;
  const byNumber = new Map<number, number>();
  const byText = new Map<string, number>();
  const setCodes: number[] = [];
  const setOffsets: number[] = [0];
  const rowSet = new Uint32Array(table.length);
  const codes: number[] = [];
  const people: number[] = [];
  let maxCode = 0;
  for (let row = 0; row < table.length; row++) {
    const n = sortedEntries(table, row, codes, people);
    let key = 0;
    for (let i = 0; i < n; i++) key = key * base + (codes[i] ?? 0) + 1;
    const exact = key < Number.MAX_SAFE_INTEGER / base;
    const text = exact ? '' : codes.slice(0, n).join(',');
    let id = exact ? byNumber.get(key) : byText.get(text);
    if (id === undefined) {
      id = setOffsets.length - 1;
      if (exact) byNumber.set(key, id);
      else byText.set(text, id);
      for (let i = 0; i < n; i++) {
        const code = codes[i] ?? 0;
        setCodes.push(code);
        if (code > maxCode) maxCode = code;
      }
      setOffsets.push(setCodes.length);
    }
    rowSet[row] = id;
  }
  const sets = setOffsets.length - 1;
  return {
    rowNatSet: sets < 0x10000 ? Uint16Array.from(rowSet) : rowSet,
    offsets: Uint32Array.from(setOffsets),
    codes: codesFor(maxCode, setCodes),
  };
}

/** Groups the table's rows into cells, month by month. O(rows). */
export function buildEventCube(table: EventTable): EventCube {
  const natSets = internNatSets(table);
  const setCount = natSets.offsets.length - 1;
  const ko = EVENT_KINDS.length * OUTCOMES.length;
  const routeCount = Math.max(1, table.routes.length);
  const siteCount = Math.max(1, table.sites.length);
  // Mixed-radix cell key (site fastest, reach included so a cell never mixes stages); exact below 2^53.
  const numericKeys = setCount * ko * routeCount * siteCount * 256 < Number.MAX_SAFE_INTEGER;

  // Pass 1: a cell per distinct key in each month; rowCell[row] = its cell, or -1 in months without cells.
  const rowCell = new Int32Array(table.length).fill(-1);
  const cols = {
    kind: [] as number[],
    outcome: [] as number[],
    route: [] as number[],
    site: [] as number[],
    reach: [] as number[],
    natSet: [] as number[],
  };
  const cellMonthStart = new Uint32Array(table.monthCount + 1);
  const monthHasCells = new Uint8Array(table.monthCount);
  const byNumber = new Map<number, number>();
  const byText = new Map<string, number>();
  let maxRoute = 0;
  let maxSite = 0;
  for (let m = 0; m < table.monthCount; m++) {
    const first = cols.kind.length;
    cellMonthStart[m] = first;
    const rowStart = table.monthRowStart[m] ?? 0;
    const rowEnd = table.monthRowStart[m + 1] ?? 0;
    byNumber.clear();
    byText.clear();
    for (let row = rowStart; row < rowEnd; row++) {
      const kind = table.kind[row] ?? 0;
      const outcome = table.outcome[row] ?? 0;
      const route = table.route[row] ?? 0;
      const site = table.site[row] ?? 0;
      const reach = table.reachedStage[row] ?? NO_REACH;
      const natSet = natSets.rowNatSet[row] ?? 0;
      const slot = kind * OUTCOMES.length + outcome;
      let cell: number | undefined;
      let text = '';
      let key = 0;
      if (numericKeys) {
        key = (((natSet * ko + slot) * routeCount + route) * siteCount + site) * 256 + reach;
        cell = byNumber.get(key);
      } else {
        text = `${natSet},${slot},${route},${site},${reach}`;
        cell = byText.get(text);
      }
      if (cell === undefined) {
        cell = cols.kind.length;
        if (numericKeys) byNumber.set(key, cell);
        else byText.set(text, cell);
        cols.kind.push(kind);
        cols.outcome.push(outcome);
        cols.route.push(route);
        cols.site.push(site);
        cols.reach.push(reach);
        cols.natSet.push(natSet);
      }
      rowCell[row] = cell;
    }
    const cells = cols.kind.length - first;
    if (cells > 0 && cells <= MAX_CELLS_PER_ROW * (rowEnd - rowStart)) {
      monthHasCells[m] = 1;
      for (let c = first; c < cols.kind.length; c++) {
        maxRoute = Math.max(maxRoute, cols.route[c] ?? 0);
        maxSite = Math.max(maxSite, cols.site[c] ?? 0);
      }
    } else {
      // Not worth it: drop this month's cells; queries walk its rows.
      for (const col of Object.values(cols)) col.length = first;
      rowCell.fill(-1, rowStart, rowEnd);
    }
  }
  const cellCount = cols.kind.length;
  cellMonthStart[table.monthCount] = cellCount;

  // Pass 2: sums per cell. A cell's nationality entries are the codes of its set, in set order.
  const natOffsets = new Uint32Array(cellCount + 1);
  let entries = 0;
  for (let c = 0; c < cellCount; c++) {
    natOffsets[c] = entries;
    const set = cols.natSet[c] ?? 0;
    entries += (natSets.offsets[set + 1] ?? 0) - (natSets.offsets[set] ?? 0);
  }
  natOffsets[cellCount] = entries;
  const natCodeValues = new Uint32Array(entries);
  for (let c = 0; c < cellCount; c++) {
    const set = cols.natSet[c] ?? 0;
    const from = natSets.offsets[set] ?? 0;
    const to = natSets.offsets[set + 1] ?? 0;
    natCodeValues.set(natSets.codes.subarray(from, to), natOffsets[c] ?? 0);
  }
  const people = new Float64Array(cellCount);
  const boats = new Float64Array(cellCount);
  const events = new Float64Array(cellCount);
  const deaths = new Float64Array(cellCount);
  const crew = new Float64Array(cellCount);
  const natPeople = new Float64Array(entries);
  const codes: number[] = [];
  const persons: number[] = [];
  for (let row = 0; row < table.length; row++) {
    const cell = rowCell[row] ?? -1;
    if (cell < 0) continue;
    const p = table.people[row] ?? 0;
    const d = table.deaths[row] ?? UNKNOWN_COUNT;
    const k = table.crew[row] ?? UNKNOWN_COUNT;
    if (p !== UNKNOWN_PEOPLE) people[cell] = (people[cell] ?? 0) + p;
    boats[cell] = (boats[cell] ?? 0) + (table.boats[row] ?? 0);
    events[cell] = (events[cell] ?? 0) + (table.records?.[row] ?? 1);
    if (d !== UNKNOWN_COUNT) deaths[cell] = (deaths[cell] ?? 0) + d;
    if (k !== UNKNOWN_COUNT) crew[cell] = (crew[cell] ?? 0) + k;
    const n = sortedEntries(table, row, codes, persons);
    const e0 = natOffsets[cell] ?? 0;
    for (let i = 0; i < n; i++) natPeople[e0 + i] = (natPeople[e0 + i] ?? 0) + (persons[i] ?? 0);
  }

  let maxNatCode = 0;
  for (const code of natSets.codes) if (code > maxNatCode) maxNatCode = code;
  return {
    table,
    rowNatSet: natSets.rowNatSet,
    natSetOffsets: natSets.offsets,
    natSetCodes: natSets.codes,
    cellCount,
    cellMonthStart,
    monthHasCells,
    kind: Uint8Array.from(cols.kind),
    outcome: Uint8Array.from(cols.outcome),
    route: codesFor(maxRoute, cols.route),
    site: codesFor(maxSite, cols.site),
    reach: Uint8Array.from(cols.reach),
    natSet: codesFor(setCount - 1, cols.natSet),
    people,
    boats,
    events,
    deaths,
    crew,
    natOffsets,
    natCode: codesFor(maxNatCode, natCodeValues),
    natPeople,
  };
}

/** Bytes held by the cube's typed arrays (the table it points to excluded). */
export function measureCubeBytes(cube: EventCube): number {
  let bytes = 0;
  for (const [key, value] of Object.entries(cube)) {
    if (key !== 'table' && ArrayBuffer.isView(value)) bytes += value.byteLength;
  }
  return bytes;
}
