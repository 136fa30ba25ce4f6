// FROZEN COPY of the Lintas core before issue 10 (month cube; partial edge months scanned row by row), kept
// only so that `npm run bench` can report the previous core beside the current one in the same run.
// Not used by the app. Only renamed and re-pointed imports; the counting is as it was.
// Fast aggregation of a filtered window from the month cube plus the raw rows of partial edge months.
import type { SeriesSplit, WindowAggregates } from '@/domain/aggregates';
import { monthToEpochDay, type EpochMonth } from '@/domain/epoch-day';
import type { PreviousEventCube as EventCube } from './previous-event-cube';
import { resolveFilterMasks, type EventFilters } from '@/domain/event-filters';
import { rowPassesMasks } from '@/domain/filter-events';
import { monthsOfWindow } from '@/domain/window-months';
import { PreviousWindowAccumulator as WindowAccumulator } from './previous-window-accumulator';

/** Day offset (from table.baseDay) of the first day of each table month, length monthCount + 1. */
function monthStartOffsets(cube: EventCube): Int32Array {
  const t = cube.table;
  const out = new Int32Array(t.monthCount + 1);
  for (let m = 0; m <= t.monthCount; m++)
    out[m] = monthToEpochDay((t.firstMonth + m) as EpochMonth) - t.baseDay;
  return out;
}
const offsetsCache = new WeakMap<EventCube, Int32Array>();

/**
 * Same result as aggregateRows(table, filterEvents(table, filters), filters, split), computed from cube
 * cells for whole months and from rows for the partial months at the window's edges.
 */
export function aggregatePreviousWindow(
  cube: EventCube,
  filters: EventFilters,
  split: SeriesSplit = 'route',
): WindowAggregates {
  const table = cube.table;
  const masks = resolveFilterMasks(table, filters);
  const span = monthsOfWindow(table, filters.timeRange);
  const acc = new WindowAccumulator(table, masks.nationality, split, span.firstMonth, span.monthCount);
  const slotOffset = table.firstMonth - span.firstMonth;

  let offsets = offsetsCache.get(cube);
  if (offsets === undefined) {
    offsets = monthStartOffsets(cube);
    offsetsCache.set(cube, offsets);
  }
  // Whole months [firstFull, endFull) lie inside [startOffset, endOffset).
  let firstFull = 0;
  while (firstFull < table.monthCount && (offsets[firstFull] ?? 0) < masks.startOffset) firstFull++;
  let endFull = table.monthCount;
  while (endFull > firstFull && (offsets[endFull] ?? 0) > masks.endOffset) endFull--;

  const addRows = (from: number, to: number, tableMonth: number): void => {
    for (let row = from; row < to; row++) {
      if (rowPassesMasks(table, masks, row)) acc.addRow(row, tableMonth + slotOffset);
    }
  };
  if (firstFull >= endFull) {
    // No whole month: walk the rows, tracking their month.
    let month = 0;
    for (let row = masks.startRow; row < masks.endRow; row++) {
      while (month + 1 < table.monthCount && (table.monthRowStart[month + 1] ?? 0) <= row) month++;
      if (rowPassesMasks(table, masks, row)) acc.addRow(row, month + slotOffset);
    }
    return acc.finish();
  }
  addRows(masks.startRow, table.monthRowStart[firstFull] ?? 0, firstFull - 1);
  addRows(Math.max(masks.startRow, table.monthRowStart[endFull] ?? 0), masks.endRow, endFull);

  let natSetPass: Uint8Array | null = null;
  const natMask = masks.nationality;
  if (natMask !== null) {
    const sets = cube.natSetOffsets.length - 1;
    natSetPass = new Uint8Array(sets);
    for (let s = 0; s < sets; s++) {
      const end = cube.natSetOffsets[s + 1] ?? 0;
      for (let e = cube.natSetOffsets[s] ?? 0; e < end; e++) {
        if (natMask[cube.natSetCodes[e] ?? 0] === 1) {
          natSetPass[s] = 1;
          break;
        }
      }
    }
  }
  const nat = { codes: cube.natCode, people: cube.natPeople };
  for (let m = firstFull; m < endFull; m++) {
    const slot = m + slotOffset;
    const cellEnd = cube.cellMonthStart[m + 1] ?? 0;
    for (let c = cube.cellMonthStart[m] ?? 0; c < cellEnd; c++) {
      const kind = cube.kind[c] ?? 0;
      const outcome = cube.outcome[c] ?? 0;
      const route = cube.route[c] ?? 0;
      const site = cube.site[c] ?? 0;
      if (
        masks.kind[kind] !== 1 ||
        masks.outcome[outcome] !== 1 ||
        masks.route[route] !== 1 ||
        masks.site[site] !== 1
      ) {
        continue;
      }
      if (natSetPass !== null && natSetPass[cube.natSet[c] ?? 0] !== 1) continue;
      acc.add(
        kind,
        outcome,
        route,
        site,
        cube.reach[c] ?? 0,
        slot,
        cube.people[c] ?? 0,
        cube.boats[c] ?? 0,
        cube.events[c] ?? 0,
        cube.deaths[c] ?? 0,
        cube.crew[c] ?? 0,
        nat,
        cube.natOffsets[c] ?? 0,
        cube.natOffsets[c + 1] ?? 0,
      );
    }
  }
  return acc.finish();
}
