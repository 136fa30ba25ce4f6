// Window queries over one cube, answered incrementally. Each (non-time filters, split) pair keeps a few
// running windows (WindowSums); a query moves the nearest one to the new window by adding and subtracting
// only the rows or whole-month cells between the old and new edges, or starts from empty when that is
// cheaper. So a window dragged by a day costs that day's rows at both edges, a window moved by a month costs
// two months of cells, and a toggle back to an earlier filter finds its window still there.
import type { SeriesSplit, WindowAggregates } from './aggregates';
import { monthToEpochDay, type EpochMonth } from './epoch-day';
import type { EventCube } from './event-cube';
import type { EventFilters } from './event-filters';
import { monthsOfWindow } from './window-months';
import {
  addWindowCells,
  addWindowRows,
  makeWindowSums,
  addMonthDayPrefix,
  buildMonthDayPrefix,
  dayPrefixWidth,
  resetWindowSums,
  windowSumsLength,
  windowSumsResetCost,
  type MonthDayPrefix,
  snapshotWindowSums,
  type CubeMasks,
  type WindowSums,
} from './window-sums';
import { EVENT_KINDS, OUTCOMES } from './vocabulary';

/** How many running windows one (filters, split) pair may keep (current, previous period, …). */
const WINDOWS_PER_KEY = 3;
/** Running windows over all keys, and the bytes they may hold together (at least one is always kept). */
const MAX_WINDOWS = 16;
const MAX_BYTES = 64 * 1024 * 1024;
/**
 * Bytes of evicted windows' arrays kept for new windows of the same size. A filter click starts ~8 new
 * windows (one per Filters-tab list, the map's whole period, the header, the timeline); at 4,000 sites
 * and 200 routes each is ~2.4 MB, and allocating them afresh on every click grew the external memory
 * that makes V8 run full collections.
 */
const SPARE_BYTES = 24 * 1024 * 1024;
/** A reset costs about this many rows' work per running-state element (a fill is ~50× cheaper than a row). */
const RESET_COST_PER_ELEMENT = 1 / 50;
/** A row costs about this many state-element operations (reads of its columns, ~15 sums updated). */
const ROW_COST_IN_ELEMENTS = 16;
/** Months per running window that may keep a day prefix, and the most values one prefix may hold. */
const PREFIX_MONTHS = 4;
const PREFIX_MAX_VALUES = 64 * 1024;
/** A month gets a day prefix at its second partial use by a window (a drag, not a one-off jump). */
const PREFIX_AFTER_USES = 2;

interface RunningWindow {
  readonly key: string;
  readonly sums: WindowSums;
  /** Rows [startRow, endRow) are in the sums. */
  startRow: number;
  endRow: number;
  lastUse: number;
  /** Day prefixes of the months this window's edges are dragged through (at most PREFIX_MONTHS). */
  readonly prefixes: Map<number, MonthDayPrefix>;
  /** Partial uses per month, to decide when a prefix pays for itself. */
  readonly partialUses: Map<number, number>;
}

/** First index in the sorted `values` whose value is >= `target`. */
function lowerBound(values: ArrayLike<number>, target: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] ?? 0) < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** 1 per name in `selected`, all 1 when `selected` is empty (as resolveFilterMasks). */
function maskFrom(size: number, index: ReadonlyMap<string, number>, selected: readonly string[]): Uint8Array {
  const mask = new Uint8Array(size);
  if (selected.length === 0) return mask.fill(1);
  for (const name of selected) {
    const i = index.get(name);
    if (i !== undefined) mask[i] = 1;
  }
  return mask;
}

/** Name → code; dictionary names are unique, so the first index is the only one. */
function indexOf(names: readonly string[]): Map<string, number> {
  const index = new Map<string, number>();
  names.forEach((name, i) => {
    if (!index.has(name)) index.set(name, i);
  });
  return index;
}

const KIND_INDEX = indexOf(EVENT_KINDS);
const NO_NAMES: ReadonlyMap<string, number> = new Map();
const OUTCOME_INDEX = indexOf(OUTCOMES);

export interface WindowEngineOptions {
  /**
   * When a month's day prefix is built: 'auto' when it pays (a drag through a month of many rows per day),
   * 'always' at a month's second partial use (tests: small tables never pay), 'never'.
   */
  readonly dayPrefix: 'auto' | 'always' | 'never';
}

const DEFAULT_OPTIONS: WindowEngineOptions = { dayPrefix: 'auto' };

export class WindowEngine {
  private readonly windows: RunningWindow[] = [];
  private readonly masks = new Map<string, CubeMasks>();
  private routeIndex: Map<string, number> | null = null;
  private siteIndex: Map<string, number> | null = null;
  private natIndex: Map<string, number> | null = null;
  private clock = 0;
  private firstDays: Int32Array | null = null;
  /** Sums of evicted windows, oldest first, whose arrays new windows of the same size reuse. */
  private spares: WindowSums[] = [];

  constructor(
    readonly cube: EventCube,
    private readonly options: WindowEngineOptions = DEFAULT_OPTIONS,
  ) {}

  /** Same result as aggregateRows(table, filterEvents(table, filters), filters, split). */
  aggregate(filters: EventFilters, split: SeriesSplit): WindowAggregates {
    const table = this.cube.table;
    const range = filters.timeRange;
    const startOffset = range ? Math.max(0, range.startDay - table.baseDay) : 0;
    const endOffset = range ? Math.max(startOffset, range.endDay - table.baseDay) : Number.MAX_SAFE_INTEGER;
    const startRow = range ? lowerBound(table.day, startOffset) : 0;
    const endRow = range ? lowerBound(table.day, endOffset) : table.length;
    const key = keyOf(filters, split);
    const window = this.windowFor(key, filters, split, startRow, endRow);
    this.move(window, startRow, endRow);
    window.lastUse = ++this.clock;
    return snapshotWindowSums(window.sums, monthsOfWindow(table, range));
  }

  /** Drops every running window (a benchmark's cold start). */
  clear(): void {
    this.windows.length = 0;
    this.masks.clear();
    this.spares.length = 0;
  }

  /** Running windows held now, and their bytes. */
  get footprint(): { readonly windows: number; readonly bytes: number } {
    let bytes = 0;
    for (const w of this.windows) bytes += w.sums.bytes;
    return { windows: this.windows.length, bytes };
  }

  private windowFor(
    key: string,
    filters: EventFilters,
    split: SeriesSplit,
    startRow: number,
    endRow: number,
  ): RunningWindow {
    let best: RunningWindow | null = null;
    let bestCost = Infinity;
    let sameKey = 0;
    let oldestSameKey: RunningWindow | null = null;
    for (const w of this.windows) {
      if (w.key !== key) continue;
      sameKey++;
      if (oldestSameKey === null || w.lastUse < oldestSameKey.lastUse) oldestSameKey = w;
      const cost = this.moveCost(w, startRow, endRow);
      if (cost < bestCost) {
        best = w;
        bestCost = cost;
      }
    }
    if (best !== null) {
      const fresh =
        this.rangeCost(startRow, endRow) + windowSumsResetCost(best.sums) * RESET_COST_PER_ELEMENT;
      if (bestCost <= fresh) return best;
      // Starting from empty is cheaper; keep `best` for later queries near it when there is room.
      if (sameKey >= WINDOWS_PER_KEY && oldestSameKey !== null) {
        resetWindowSums(oldestSameKey.sums);
        oldestSameKey.partialUses.clear();
        oldestSameKey.startRow = 0;
        oldestSameKey.endRow = 0;
        return oldestSameKey;
      }
    }
    const length = windowSumsLength(this.cube, split);
    this.evictFor(length * 8);
    const spare = this.spares.findIndex((s) => s.state.length === length);
    const recycled = spare >= 0 ? (this.spares.splice(spare, 1)[0] ?? null) : null;
    const sums = makeWindowSums(this.cube, this.masksFor(filters), split, recycled);
    const created: RunningWindow = {
      key,
      sums,
      startRow: 0,
      endRow: 0,
      lastUse: this.clock,
      prefixes: new Map(),
      partialUses: new Map(),
    };
    this.windows.push(created);
    return created;
  }

  /** Removes least recently used windows until one more of `bytes` fits. */
  private evictFor(bytes: number): void {
    const total = (): number => this.windows.reduce((sum, w) => sum + w.sums.bytes, 0);
    while (this.windows.length > 0 && (this.windows.length >= MAX_WINDOWS || total() + bytes > MAX_BYTES)) {
      let oldest = 0;
      this.windows.forEach((w, i) => {
        if (w.lastUse < (this.windows[oldest]?.lastUse ?? Infinity)) oldest = i;
      });
      const [gone] = this.windows.splice(oldest, 1);
      if (gone === undefined) continue;
      this.keepSpare(gone.sums);
      if (!this.windows.some((w) => w.key === gone.key)) this.masks.delete(gone.key);
    }
  }

  /** Keeps an evicted window's sums for reuse, dropping the oldest spares beyond SPARE_BYTES. */
  private keepSpare(sums: WindowSums): void {
    this.spares.push(sums);
    let bytes = this.spares.reduce((sum, s) => sum + s.bytes, 0);
    while (bytes > SPARE_BYTES && this.spares.length > 0) bytes -= this.spares.shift()?.bytes ?? 0;
  }

  /** Moves `w` to rows [startRow, endRow): the rows between old and new edges, added or subtracted. */
  private move(w: RunningWindow, startRow: number, endRow: number): void {
    if (w.startRow === w.endRow) {
      // An empty window sits anywhere: put it at the new start, so only the new window's rows are added.
      w.startRow = startRow;
      w.endRow = startRow;
    }
    if (startRow < w.startRow) this.apply(w, 1, startRow, w.startRow);
    else if (startRow > w.startRow) this.apply(w, -1, w.startRow, startRow);
    if (endRow > w.endRow) this.apply(w, 1, w.endRow, endRow);
    else if (endRow < w.endRow) this.apply(w, -1, endRow, w.endRow);
    // Signed ranges compose: even for disjoint windows, -[old start, new start) + [old end, new end)
    // leaves exactly the new window.
    w.startRow = startRow;
    w.endRow = endRow;
  }

  private moveCost(w: RunningWindow, startRow: number, endRow: number): number {
    if (w.startRow === w.endRow) return this.rangeCost(startRow, endRow);
    return (
      this.rangeCost(Math.min(startRow, w.startRow), Math.max(startRow, w.startRow), w) +
      this.rangeCost(Math.min(endRow, w.endRow), Math.max(endRow, w.endRow), w)
    );
  }

  /**
   * Adds `sign` × rows [from, to), month by month: a whole month as cells; a partial month as its rows, as
   * the month's cells minus the rows outside the range, or as two entries of the month's day prefix,
   * whichever touches the least.
   */
  private apply(w: RunningWindow, sign: number, from: number, to: number): void {
    const c = this.cube;
    const starts = c.table.monthRowStart;
    const sums = w.sums;
    for (let m = this.monthOfRow(from); m < c.table.monthCount; m++) {
      const monthStart = starts[m] ?? 0;
      if (monthStart >= to) break;
      const monthEnd = starts[m + 1] ?? 0;
      const a = Math.max(from, monthStart);
      const b = Math.min(to, monthEnd);
      if (a >= b) continue;
      if (a > monthStart || b < monthEnd) this.notePartialUse(w, m);
      const plan = this.planMonth(m, a, b, w);
      if (plan === PLAN_ROWS) addWindowRows(sums, sign, a, b, m);
      else if (plan === PLAN_PREFIX) {
        const prefix = w.prefixes.get(m);
        if (prefix !== undefined)
          addMonthDayPrefix(sums, prefix, sign, this.dayIndex(m, a), this.dayIndex(m, b), m);
      } else {
        addWindowCells(sums, sign, m);
        if (plan === PLAN_CELLS_MINUS_ROWS) {
          addWindowRows(sums, -sign, monthStart, a, m);
          addWindowRows(sums, -sign, b, monthEnd, m);
        }
      }
    }
  }

  /** Counts a partial use of month `m` by `w`, and builds the month's day prefix once it pays. */
  private notePartialUse(w: RunningWindow, m: number): void {
    if (w.prefixes.has(m) || this.options.dayPrefix === 'never') return;
    const uses = (w.partialUses.get(m) ?? 0) + 1;
    w.partialUses.set(m, uses);
    if (uses < PREFIX_AFTER_USES) return;
    const t = this.cube.table;
    const firstDays = this.monthFirstDays();
    const firstDay = firstDays[m] ?? 0;
    const days = (firstDays[m + 1] ?? 0) - firstDay;
    const width = dayPrefixWidth(w.sums);
    const rows = (t.monthRowStart[m + 1] ?? 0) - (t.monthRowStart[m] ?? 0);
    // Worth it when one day's rows cost more than the two prefix entries that replace them.
    if (days <= 0 || (days + 1) * width > PREFIX_MAX_VALUES) return;
    if (this.options.dayPrefix === 'auto' && (rows / days) * ROW_COST_IN_ELEMENTS <= 2 * width) return;
    if (w.prefixes.size >= PREFIX_MONTHS) {
      const oldest = w.prefixes.keys().next().value;
      if (oldest !== undefined) w.prefixes.delete(oldest);
    }
    w.prefixes.set(m, buildMonthDayPrefix(w.sums, m, firstDay, days));
  }

  /** Day offset of the first day of each table month (length monthCount + 1). */
  private monthFirstDays(): Int32Array {
    if (this.firstDays === null) {
      const t = this.cube.table;
      const out = new Int32Array(t.monthCount + 1);
      for (let m = 0; m <= t.monthCount; m++)
        out[m] = monthToEpochDay((t.firstMonth + m) as EpochMonth) - t.baseDay;
      this.firstDays = out;
    }
    return this.firstDays;
  }

  /** Day index within month m of a row boundary in it (rows before it are dated before that day). */
  private dayIndex(m: number, row: number): number {
    const t = this.cube.table;
    const firstDays = this.monthFirstDays();
    if (row >= (t.monthRowStart[m + 1] ?? 0)) return (firstDays[m + 1] ?? 0) - (firstDays[m] ?? 0);
    return (t.day[row] ?? 0) - (firstDays[m] ?? 0);
  }

  /** Rows and cells (in row-equivalents) that apply(…, from, to) would touch. */
  private rangeCost(from: number, to: number, w: RunningWindow | null = null): number {
    if (from >= to) return 0;
    const c = this.cube;
    const starts = c.table.monthRowStart;
    let cost = 0;
    for (let m = this.monthOfRow(from); m < c.table.monthCount; m++) {
      const monthStart = starts[m] ?? 0;
      if (monthStart >= to) break;
      const monthEnd = starts[m + 1] ?? 0;
      const a = Math.max(from, monthStart);
      const b = Math.min(to, monthEnd);
      if (a >= b) continue;
      cost += this.monthCost(m, a, b, w, this.planMonth(m, a, b, w));
    }
    return cost;
  }

  private monthCost(m: number, a: number, b: number, w: RunningWindow | null, plan: number): number {
    const c = this.cube;
    const monthRows = (c.table.monthRowStart[m + 1] ?? 0) - (c.table.monthRowStart[m] ?? 0);
    const cells = (c.cellMonthStart[m + 1] ?? 0) - (c.cellMonthStart[m] ?? 0);
    switch (plan) {
      case PLAN_ROWS:
        return b - a;
      case PLAN_CELLS:
        return cells;
      case PLAN_CELLS_MINUS_ROWS:
        return cells + monthRows - (b - a);
      default:
        return w === null ? b - a : (2 * dayPrefixWidth(w.sums)) / ROW_COST_IN_ELEMENTS;
    }
  }

  private planMonth(m: number, a: number, b: number, w: RunningWindow | null): number {
    const c = this.cube;
    const monthStart = c.table.monthRowStart[m] ?? 0;
    const monthEnd = c.table.monthRowStart[m + 1] ?? 0;
    const whole = a === monthStart && b === monthEnd;
    let best = PLAN_ROWS;
    let bestCost = b - a;
    if (c.monthHasCells[m] === 1) {
      const cells = (c.cellMonthStart[m + 1] ?? 0) - (c.cellMonthStart[m] ?? 0);
      if (whole) return PLAN_CELLS;
      if (cells + monthEnd - monthStart - (b - a) < bestCost) {
        best = PLAN_CELLS_MINUS_ROWS;
        bestCost = cells + monthEnd - monthStart - (b - a);
      }
    }
    if (!whole && w !== null && w.prefixes.has(m)) {
      const prefixCost = (2 * dayPrefixWidth(w.sums)) / ROW_COST_IN_ELEMENTS;
      if (prefixCost < bestCost || this.options.dayPrefix === 'always') best = PLAN_PREFIX;
    }
    return best;
  }

  /** The table month holding row `row` (the last month whose first row is <= row). */
  private monthOfRow(row: number): number {
    const starts = this.cube.table.monthRowStart;
    let lo = 0;
    let hi = this.cube.table.monthCount;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if ((starts[mid] ?? 0) <= row) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  private masksFor(filters: EventFilters): CubeMasks {
    const key = maskKeyOf(filters);
    const known = this.masks.get(key);
    if (known !== undefined) return known;
    const t = this.cube.table;
    // Name indexes only for dimensions that are filtered: 50,000 site names take milliseconds to index.
    if (filters.routes.length > 0) this.routeIndex ??= indexOf(t.routes.map((r) => r.id));
    if (filters.sites.length > 0) this.siteIndex ??= indexOf(t.sites.map((s) => s.name));
    if (filters.nationalities.length > 0) this.natIndex ??= indexOf(t.nationalityNames);
    const nationality =
      this.natIndex === null || filters.nationalities.length === 0
        ? null
        : maskFrom(t.nationalityNames.length, this.natIndex, filters.nationalities);
    let natSetPass: Uint8Array | null = null;
    if (nationality !== null) {
      const c = this.cube;
      const sets = c.natSetOffsets.length - 1;
      natSetPass = new Uint8Array(sets);
      for (let s = 0; s < sets; s++) {
        const end = c.natSetOffsets[s + 1] ?? 0;
        for (let e = c.natSetOffsets[s] ?? 0; e < end; e++) {
          if (nationality[c.natSetCodes[e] ?? 0] === 1) {
            natSetPass[s] = 1;
            break;
          }
        }
      }
    }
    const masks: CubeMasks = {
      kind: maskFrom(EVENT_KINDS.length, KIND_INDEX, filters.kinds),
      outcome: maskFrom(OUTCOMES.length, OUTCOME_INDEX, filters.outcomes),
      route: maskFrom(t.routes.length, this.routeIndex ?? NO_NAMES, filters.routes),
      site: maskFrom(t.sites.length, this.siteIndex ?? NO_NAMES, filters.sites),
      nationality,
      natSetPass,
      passAll:
        filters.kinds.length === 0 &&
        filters.outcomes.length === 0 &&
        filters.routes.length === 0 &&
        filters.sites.length === 0 &&
        filters.nationalities.length === 0,
    };
    this.masks.set(key, masks);
    return masks;
  }
}

const PLAN_ROWS = 0;
const PLAN_CELLS = 1;
const PLAN_CELLS_MINUS_ROWS = 2;
const PLAN_PREFIX = 3;

const listKeys = new WeakMap<readonly string[], string>();

/** A filter list as JSON (self-delimiting, so joined keys never collide), cached per list: filters are
 * immutable values and a time step keeps the lists of the previous filters. */
function listKeyOf(list: readonly string[]): string {
  if (list.length === 0) return '';
  let key = listKeys.get(list);
  if (key === undefined) {
    key = JSON.stringify(list);
    listKeys.set(list, key);
  }
  return key;
}

/**
 * The non-time filters as one string. List order is kept: a reordered list makes a new key, which is
 * slower but still correct.
 */
function maskKeyOf(f: EventFilters): string {
  return `${listKeyOf(f.kinds)}|${listKeyOf(f.outcomes)}|${listKeyOf(f.routes)}|${listKeyOf(f.sites)}|${listKeyOf(f.nationalities)}`;
}

function keyOf(f: EventFilters, split: SeriesSplit): string {
  return `${split}:${maskKeyOf(f)}`;
}
