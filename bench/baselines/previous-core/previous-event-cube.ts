// FROZEN COPY of the Lintas core before issue 10 (month cube; partial edge months scanned row by row), kept
// only so that `npm run bench` can report the previous core beside the current one in the same run.
// Not used by the app. Only renamed and re-pointed imports; the counting is as it was.
// A month cube: events grouped by (month, kind, outcome, route, site, nationality set), built once per
// table. A query sums the cells of the months fully inside the window and scans raw rows only in the
// partial months at its edges, so a 12-month window over 1M events touches thousands of cells, not
// hundreds of thousands of rows (the prefix/cube idea of Falcon, Moritz et al. 2019, on observed cells).
import type { EventTable } from '@/domain/event-table';
import { NO_REACH, UNKNOWN_COUNT } from '@/domain/vocabulary';

export interface PreviousEventCube {
  readonly table: EventTable;
  readonly cellCount: number;
  /** Cells of table month m are cellMonthStart[m] .. cellMonthStart[m + 1] - 1. */
  readonly cellMonthStart: Uint32Array;
  readonly kind: Uint8Array;
  readonly outcome: Uint8Array;
  readonly route: Uint16Array | Uint32Array;
  readonly site: Uint16Array | Uint32Array;
  readonly reach: Uint8Array;
  /** Index into natSetHasCode rows: which nationality set the cell's events carry. */
  readonly natSet: Uint32Array;
  readonly people: Float64Array;
  readonly boats: Float64Array;
  readonly events: Float64Array;
  readonly deaths: Float64Array;
  readonly crew: Float64Array;
  /** Per-cell nationality split in CSR form (persons). */
  readonly natOffsets: Uint32Array;
  readonly natCode: Uint16Array;
  readonly natPeople: Float64Array;
  /** Nationality codes of each nationality set, CSR: natSetOffsets / natSetCodes. */
  readonly natSetOffsets: Uint32Array;
  readonly natSetCodes: Uint16Array;
}

/** Groups the table's rows into cells. O(rows); no row order assumption beyond the month index. */
export function buildPreviousEventCube(table: EventTable): PreviousEventCube {
  const natSetIds = new Map<string, number>();
  const natSetCodes: number[] = [];
  const natSetOffsets: number[] = [0];
  const rowNatSet = new Uint32Array(table.length);
  for (let row = 0; row < table.length; row++) {
    const start = table.natOffsets[row] ?? 0;
    const end = table.natOffsets[row + 1] ?? 0;
    const codes: number[] = [];
    for (let e = start; e < end; e++) codes.push(table.natCode[e] ?? 0);
    codes.sort((a, b) => a - b);
    const key = codes.join(',');
    let id = natSetIds.get(key);
    if (id === undefined) {
      id = natSetIds.size;
      natSetIds.set(key, id);
      natSetCodes.push(...codes);
      natSetOffsets.push(natSetCodes.length);
    }
    rowNatSet[row] = id;
  }

  const cols = {
    kind: [] as number[],
    outcome: [] as number[],
    route: [] as number[],
    site: [] as number[],
    reach: [] as number[],
    natSet: [] as number[],
    people: [] as number[],
    boats: [] as number[],
    events: [] as number[],
    deaths: [] as number[],
    crew: [] as number[],
  };
  const cellNat: Map<number, number>[] = [];
  const cellMonthStart = new Uint32Array(table.monthCount + 1);
  const siteCount = Math.max(1, table.sites.length);
  const routeCount = Math.max(1, table.routes.length);
  for (let m = 0; m < table.monthCount; m++) {
    cellMonthStart[m] = cols.kind.length;
    const cellsOfMonth = new Map<number, number>();
    const rowEnd = table.monthRowStart[m + 1] ?? 0;
    for (let row = table.monthRowStart[m] ?? 0; row < rowEnd; row++) {
      const kind = table.kind[row] ?? 0;
      const outcome = table.outcome[row] ?? 0;
      const route = table.route[row] ?? 0;
      const site = table.site[row] ?? 0;
      const natSet = rowNatSet[row] ?? 0;
      // Mixed-radix key; exact while below 2^53 (kind*outcome < 16, routes and sites < 65536).
      const key = ((natSet * 16 + kind * 8 + outcome) * routeCount + route) * siteCount + site;
      let cell = cellsOfMonth.get(key);
      if (cell === undefined) {
        cell = cols.kind.length;
        cellsOfMonth.set(key, cell);
        cols.kind.push(kind);
        cols.outcome.push(outcome);
        cols.route.push(route);
        cols.site.push(site);
        cols.reach.push(table.reachedStage[row] ?? NO_REACH);
        cols.natSet.push(natSet);
        cols.people.push(0);
        cols.boats.push(0);
        cols.events.push(0);
        cols.deaths.push(0);
        cols.crew.push(0);
        cellNat.push(new Map());
      }
      const deaths = table.deaths[row] ?? UNKNOWN_COUNT;
      const crew = table.crew[row] ?? UNKNOWN_COUNT;
      cols.people[cell] = (cols.people[cell] ?? 0) + (table.people[row] ?? 0);
      cols.boats[cell] = (cols.boats[cell] ?? 0) + (table.boats[row] ?? 0);
      cols.events[cell] = (cols.events[cell] ?? 0) + 1;
      if (deaths !== UNKNOWN_COUNT) cols.deaths[cell] = (cols.deaths[cell] ?? 0) + deaths;
      if (crew !== UNKNOWN_COUNT) cols.crew[cell] = (cols.crew[cell] ?? 0) + crew;
      const split = cellNat[cell];
      const natEnd = table.natOffsets[row + 1] ?? 0;
      for (let e = table.natOffsets[row] ?? 0; e < natEnd; e++) {
        const code = table.natCode[e] ?? 0;
        split?.set(code, (split.get(code) ?? 0) + (table.natPeople[e] ?? 0));
      }
    }
  }
  const cellCount = cols.kind.length;
  cellMonthStart[table.monthCount] = cellCount;

  const natOffsets = new Uint32Array(cellCount + 1);
  let entries = 0;
  cellNat.forEach((split, cell) => {
    natOffsets[cell] = entries;
    entries += split.size;
  });
  natOffsets[cellCount] = entries;
  const natCode = new Uint16Array(entries);
  const natPeople = new Float64Array(entries);
  cellNat.forEach((split, cell) => {
    let e = natOffsets[cell] ?? 0;
    for (const [code, people] of split) {
      natCode[e] = code;
      natPeople[e] = people;
      e++;
    }
  });

  return {
    table,
    cellCount,
    cellMonthStart,
    kind: Uint8Array.from(cols.kind),
    outcome: Uint8Array.from(cols.outcome),
    route: routeCount > 0x10000 ? Uint32Array.from(cols.route) : Uint16Array.from(cols.route),
    site: siteCount > 0x10000 ? Uint32Array.from(cols.site) : Uint16Array.from(cols.site),
    reach: Uint8Array.from(cols.reach),
    natSet: Uint32Array.from(cols.natSet),
    people: Float64Array.from(cols.people),
    boats: Float64Array.from(cols.boats),
    events: Float64Array.from(cols.events),
    deaths: Float64Array.from(cols.deaths),
    crew: Float64Array.from(cols.crew),
    natOffsets,
    natCode,
    natPeople,
    natSetOffsets: Uint32Array.from(natSetOffsets),
    natSetCodes: Uint16Array.from(natSetCodes),
  };
}
