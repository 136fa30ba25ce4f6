// Running sums of one time window under one set of (non-time) filters, kept up to date by adding and
// subtracting rows or whole-month cells. Every sum is an integer below 2^53, so subtracting what was added
// restores the previous value exactly, and a window moved by a day costs the rows of that day only.
//
// Plain objects and functions, not a class, on purpose: V8's optimized code for the loops below checks the
// shape (map) of the object they read. A class instance gets its final map through transitions that V8
// holds weakly, so when no instance is alive at a full GC the map dies and the optimized loops are thrown
// away ("weak objects" in --trace-deopt); the next call then ran unoptimized: the 255 ms first recompute
// after a major GC at 1M events. An object literal's map is held by its boilerplate and survives.
import type { SeriesSplit, WindowAggregates } from './aggregates';
import {
  assembleAggregates,
  KO_MEASURES,
  maxStagesOf,
  REACH_MEASURES,
  viewWindowSums,
  windowSumLayoutOf,
  type WindowSumLayout,
} from './assemble-aggregates';
import {
  packActiveSiteBlocks,
  PAIR_BOATS,
  PAIR_DEATHS,
  PAIR_EVENTS,
  PAIR_PEOPLE,
  SITE_OUTCOMES,
  SITE_PAIR_VALUES,
  SITE_STRIDE,
} from './site-totals';
import type { EventCube } from './event-cube';
import type { EventTable } from './event-table';
import type { MonthSpan } from './window-months';
import { splitKeyNames } from './window-accumulator';
import { EVENT_KINDS, NO_REACH, OUTCOMES, UNKNOWN_COUNT, UNKNOWN_PEOPLE } from './vocabulary';

/** Non-time filters resolved for one cube: 1 = passes, per code. */
export interface CubeMasks {
  readonly kind: Uint8Array;
  readonly outcome: Uint8Array;
  readonly route: Uint8Array;
  readonly site: Uint8Array;
  /** Per nationality code; null when nationalities are not filtered (all people count). */
  readonly nationality: Uint8Array | null;
  /** Per nationality set of the cube: 1 when the set holds a selected code; null when not filtered. */
  readonly natSetPass: Uint8Array | null;
  /** True when no dimension is constrained, so rows and cells need no test. */
  readonly passAll: boolean;
}

const SPLIT_ROUTE = 0;
const SPLIT_KIND = 1;
const SPLIT_OUTCOME = 2;
const SPLIT_NATIONALITY = 3;
const SPLIT_CODES: Readonly<Record<SeriesSplit, number>> = {
  route: SPLIT_ROUTE,
  kind: SPLIT_KIND,
  outcome: SPLIT_OUTCOME,
  nationality: SPLIT_NATIONALITY,
};

/**
 * Per site, one contiguous block of the running state: people, boats, events, departure events,
 * interception events, deaths, then people, boats, deaths and events per outcome (SITE_STRIDE values, see
 * site-totals.ts). A row writes into one block (two or three cache lines) instead of ten arrays. Blocks are
 * given out in the order sites are first met (`slotOf`), so a window over 3,000 of 50,000 sites writes
 * ~0.9 MB at the start of its site area instead of a few values on every page of ~15 MB (the first step
 * of a cold window got ~15% faster; see bench/README.md). A bitmap
 * of the sites with records (`active`) and counts of them and of their outcomes with records are kept in
 * step by every loop below, so a snapshot packs and a reset clears only those sites' blocks: at 50,000
 * sites a 12-month window holds 3,000 (100k events) to 25,000 (1M) of them.
 */
const OUTCOME_COUNT = OUTCOMES.length;
/** Series values per key and month: people, boats, deaths, events (blocks of keys × months each). */
const SERIES_MEASURES = 4;
const KO_LENGTH = EVENT_KINDS.length * OUTCOME_COUNT * KO_MEASURES;

/** The running state of one window (see makeWindowSums); read and changed only by this file's functions. */
export interface WindowSums {
  readonly cube: EventCube;
  readonly table: EventTable;
  readonly masks: CubeMasks;
  readonly split: SeriesSplit;
  /** SPLIT_* code of `split`. */
  readonly splitCode: number;
  readonly keys: readonly string[];
  /**
   * Everything in one array: kind×outcome measures [0, siteBase), site blocks [siteBase, reachBase),
   * reach [reachBase, seriesBase), then people, boats, deaths and events per split key and table month.
   */
  readonly state: Float64Array;
  readonly siteBase: number;
  readonly reachBase: number;
  readonly seriesBase: number;
  /** Months per series key in `state`: the table's month count (1 in a day-prefix scratch). */
  readonly seriesMonths: number;
  readonly maxStages: number;
  /**
   * One bit per site code (bit s & 31 of word s >>> 5), set exactly when the site's events are nonzero,
   * i.e. when the window holds any of its rows (every row counts at least one record). Between calls, a
   * site without its bit has an all-zero block.
   */
  readonly active: Uint32Array;
  /** Per site code, 1 + the slot of its block (block at siteBase + slot × SITE_STRIDE); 0: none yet. */
  readonly slotOf: Int32Array;
  /** Per slot, the site code its block belongs to. */
  readonly slotSite: Uint32Array;
  /** Slots given out: blocks [0, slotsUsed) may be nonzero, the rest are all zero. */
  slotsUsed: number;
  /** Sites with their bit set, and (site, outcome) pairs with nonzero events over them. */
  activeSites: number;
  activePairs: number;
  /** Series months [seriesFrom, seriesTo) written since the last reset (the others are all zero). */
  seriesFrom: number;
  seriesTo: number;
  /** Layout of the snapshots (WindowAggregates' arrays in one buffer). */
  readonly layout: WindowSumLayout;
  /** Bytes of the running state, for the engine's memory budget. */
  readonly bytes: number;
}

/**
 * Running sums for `masks` and `split`, empty. The arrays of `recycled` (a dropped window's sums) are
 * reused when they have the right sizes, cleared by resetWindowSums (its sites only, not the whole ~18 MB
 * at 50,000 sites).
 */
export function makeWindowSums(
  cube: EventCube,
  masks: CubeMasks,
  split: SeriesSplit,
  recycled: WindowSums | null = null,
): WindowSums {
  return makeSums(cube, masks, split, cube.table.monthCount, recycled);
}

function makeSums(
  cube: EventCube,
  masks: CubeMasks,
  split: SeriesSplit,
  seriesMonths: number,
  recycled: WindowSums | null,
): WindowSums {
  const table = cube.table;
  const keys = splitKeyNames(table, split);
  const maxStages = maxStagesOf(table);
  const siteBase = KO_LENGTH;
  const reachBase = siteBase + table.sites.length * SITE_STRIDE;
  const seriesBase = reachBase + table.routes.length * maxStages * REACH_MEASURES;
  const length = seriesBase + SERIES_MEASURES * keys.length * seriesMonths;
  const words = (table.sites.length + 31) >>> 5;
  const reuse =
    recycled !== null &&
    recycled.state.length === length &&
    recycled.active.length === words &&
    recycled.slotOf.length === table.sites.length
      ? recycled
      : null;
  if (reuse !== null) resetWindowSums(reuse);
  const state = reuse?.state ?? new Float64Array(length);
  const active = reuse?.active ?? new Uint32Array(words);
  // A recycled window keeps its slots: their blocks are zero after the reset, and sites met again reuse them.
  const slotOf = reuse?.slotOf ?? new Int32Array(table.sites.length);
  const slotSite = reuse?.slotSite ?? new Uint32Array(table.sites.length);
  return {
    cube,
    table,
    masks,
    split,
    splitCode: SPLIT_CODES[split],
    keys,
    state,
    siteBase,
    reachBase,
    seriesBase,
    seriesMonths,
    maxStages,
    active,
    slotOf,
    slotSite,
    slotsUsed: reuse?.slotsUsed ?? 0,
    activeSites: 0,
    activePairs: 0,
    seriesFrom: seriesMonths,
    seriesTo: 0,
    layout: windowSumLayoutOf(table),
    bytes: state.byteLength,
  };
}

/** Elements of the running state a window for `cube` and `split` needs (to recycle a state of that size). */
export function windowSumsLength(cube: EventCube, split: SeriesSplit): number {
  const t = cube.table;
  return (
    KO_LENGTH +
    t.sites.length * SITE_STRIDE +
    t.routes.length * maxStagesOf(t) * REACH_MEASURES +
    SERIES_MEASURES * splitKeyNames(t, split).length * t.monthCount
  );
}

/**
 * Back to the empty window: clears what may be nonzero (the kind × outcome and reach sums, the blocks of the
 * sites with their bit set, the series months written), so a reset costs what the window held.
 */
export function resetWindowSums(w: WindowSums): void {
  const st = w.state;
  st.fill(0, 0, w.siteBase);
  const active = w.active;
  for (let word = 0; word < active.length; word++) {
    let bits = active[word] ?? 0;
    while (bits !== 0) {
      const bit = 31 - Math.clz32(bits & -bits);
      bits ^= 1 << bit;
      const b = w.siteBase + ((w.slotOf[word * 32 + bit] ?? 1) - 1) * SITE_STRIDE;
      st.fill(0, b, b + SITE_STRIDE);
    }
  }
  active.fill(0);
  st.fill(0, w.reachBase, w.seriesBase);
  if (w.seriesTo > w.seriesFrom) {
    const rows = SERIES_MEASURES * w.keys.length;
    for (let r = 0; r < rows; r++) {
      const start = w.seriesBase + r * w.seriesMonths;
      st.fill(0, start + w.seriesFrom, start + w.seriesTo);
    }
  }
  w.activeSites = 0;
  w.activePairs = 0;
  w.seriesFrom = w.seriesMonths;
  w.seriesTo = 0;
}

/** State elements resetWindowSums would clear now (for the engine's cost of starting from empty). */
export function windowSumsResetCost(w: WindowSums): number {
  const seriesMonths = Math.max(0, w.seriesTo - w.seriesFrom);
  return (
    w.siteBase +
    w.active.length +
    w.activeSites * SITE_STRIDE +
    (w.seriesBase - w.reachBase) +
    seriesMonths * SERIES_MEASURES * w.keys.length
  );
}

/**
 * Offset in `w.state` of site `site`'s block; a site met for the first time gets the next slot (its block
 * is all zero: slots past slotsUsed are never written). Small enough for V8 to inline into the loops.
 */
function siteBlockOf(w: WindowSums, site: number): number {
  let slot1 = w.slotOf[site] ?? 0;
  if (slot1 === 0) {
    slot1 = ++w.slotsUsed;
    w.slotOf[site] = slot1;
    w.slotSite[slot1 - 1] = site;
  }
  return w.siteBase + (slot1 - 1) * SITE_STRIDE;
}

/** Records that the series of table month `month` (a series slot of `w`) is written. */
function noteSeriesMonth(w: WindowSums, month: number): void {
  if (month < w.seriesFrom) w.seriesFrom = month;
  if (month + 1 > w.seriesTo) w.seriesTo = month + 1;
}

// The two loops below share their body on purpose: a call per row would not be inlined (too large), and
// these loops are the whole cost of a step.

/** Adds (sign 1) or subtracts (sign -1) the passing rows from..to-1, all in table month `month`. */
export function addWindowRows(w: WindowSums, sign: number, from: number, to: number, month: number): void {
  const t = w.table;
  const m = w.masks;
  const kindCol = t.kind;
  const outcomeCol = t.outcome;
  const routeCol = t.route;
  const siteCol = t.site;
  const reachCol = t.reachedStage;
  const peopleCol = t.people;
  const boatsCol = t.boats;
  const deathsCol = t.deaths;
  const crewCol = t.crew;
  // Pre-aggregated tables: a row stands for `records` events (absent: one each).
  const recordsCol = t.records;
  const natOffsets = t.natOffsets;
  const natCode = t.natCode;
  const natPeople = t.natPeople;
  const rowNatSet = w.cube.rowNatSet;
  const test = !m.passAll;
  const kindMask = m.kind;
  const outcomeMask = m.outcome;
  const routeMask = m.route;
  const siteMask = m.site;
  const natMask = m.nationality;
  const setPass = m.natSetPass;
  const st = w.state;
  const reachBase = w.reachBase;
  const maxStages = w.maxStages;
  const peopleBase = w.seriesBase;
  const boatsBase = w.seriesBase + w.keys.length * w.seriesMonths;
  const deathsBase = boatsBase + w.keys.length * w.seriesMonths;
  const eventsBase = deathsBase + w.keys.length * w.seriesMonths;
  const split = w.splitCode;
  const months = w.seriesMonths;
  const active = w.active;
  let sitesOn = w.activeSites;
  let pairsOn = w.activePairs;
  noteSeriesMonth(w, month);
  for (let row = from; row < to; row++) {
    const kind = kindCol[row] ?? 0;
    const outcome = outcomeCol[row] ?? 0;
    const route = routeCol[row] ?? 0;
    const site = siteCol[row] ?? 0;
    if (
      test &&
      (kindMask[kind] !== 1 ||
        outcomeMask[outcome] !== 1 ||
        routeMask[route] !== 1 ||
        siteMask[site] !== 1 ||
        (setPass !== null && setPass[rowNatSet[row] ?? 0] !== 1))
    ) {
      continue;
    }
    const natStart = natOffsets[row] ?? 0;
    const natEnd = natOffsets[row + 1] ?? 0;
    let people = peopleCol[row] ?? 0;
    if (people === UNKNOWN_PEOPLE) people = 0;
    if (natMask !== null) {
      people = 0;
      for (let e = natStart; e < natEnd; e++) {
        if (natMask[natCode[e] ?? 0] === 1) people += natPeople[e] ?? 0;
      }
    }
    // `0 - x`, not `-1 * x`: no -0, which would make V8 drop the integer-speculated code.
    const counted = sign > 0 ? people : 0 - people;
    const boats = sign > 0 ? (boatsCol[row] ?? 0) : 0 - (boatsCol[row] ?? 0);
    const rawDeaths = deathsCol[row] ?? UNKNOWN_COUNT;
    const rawCrew = crewCol[row] ?? UNKNOWN_COUNT;
    const weight = recordsCol === undefined ? 1 : (recordsCol[row] ?? 1);
    const events = sign > 0 ? weight : 0 - weight;
    // Most rows record no deaths: a zero is skipped below instead of added in five places.
    const deaths = rawDeaths === UNKNOWN_COUNT || rawDeaths === 0 ? 0 : sign > 0 ? rawDeaths : 0 - rawDeaths;
    const slot = (kind * OUTCOME_COUNT + outcome) * KO_MEASURES;
    st[slot] = (st[slot] ?? 0) + counted;
    st[slot + 1] = (st[slot + 1] ?? 0) + boats;
    st[slot + 2] = (st[slot + 2] ?? 0) + events;
    if (rawCrew !== UNKNOWN_COUNT) st[slot + 4] = (st[slot + 4] ?? 0) + (sign > 0 ? rawCrew : 0 - rawCrew);
    const b = siteBlockOf(w, site);
    const siteEvents = st[b + 2] ?? 0;
    st[b] = (st[b] ?? 0) + counted;
    st[b + 1] = (st[b + 1] ?? 0) + boats;
    st[b + 2] = siteEvents + events;
    st[b + 3 + kind] = (st[b + 3 + kind] ?? 0) + events;
    // The site's bit and the counts follow the zeroness of its events and of the pair's.
    if ((siteEvents === 0) !== (siteEvents + events === 0)) {
      active[site >>> 5] = (active[site >>> 5] ?? 0) ^ (1 << (site & 31));
      sitesOn += siteEvents === 0 ? 1 : -1;
    }
    const bo = b + SITE_OUTCOMES + outcome * SITE_PAIR_VALUES;
    const pairEvents = st[bo + PAIR_EVENTS] ?? 0;
    st[bo + PAIR_PEOPLE] = (st[bo + PAIR_PEOPLE] ?? 0) + counted;
    st[bo + PAIR_BOATS] = (st[bo + PAIR_BOATS] ?? 0) + boats;
    st[bo + PAIR_EVENTS] = pairEvents + events;
    if ((pairEvents === 0) !== (pairEvents + events === 0)) pairsOn += pairEvents === 0 ? 1 : -1;
    const reach = reachCol[row] ?? NO_REACH;
    const ro = reachBase + (route * maxStages + reach) * REACH_MEASURES;
    if (reach !== NO_REACH) {
      st[ro] = (st[ro] ?? 0) + counted;
      st[ro + 1] = (st[ro + 1] ?? 0) + boats;
      st[ro + 3] = (st[ro + 3] ?? 0) + events;
    }
    if (split === SPLIT_NATIONALITY) {
      for (let e = natStart; e < natEnd; e++) {
        const code = natCode[e] ?? 0;
        if (natMask !== null && natMask[code] !== 1) continue;
        const i = code * months + month;
        const persons = natPeople[e] ?? 0;
        st[peopleBase + i] = (st[peopleBase + i] ?? 0) + (sign > 0 ? persons : 0 - persons);
        st[boatsBase + i] = (st[boatsBase + i] ?? 0) + boats;
        st[eventsBase + i] = (st[eventsBase + i] ?? 0) + events;
        if (deaths !== 0) st[deathsBase + i] = (st[deathsBase + i] ?? 0) + deaths;
      }
      if (deaths === 0) continue;
    } else {
      const i = (split === SPLIT_ROUTE ? route : split === SPLIT_KIND ? kind : outcome) * months + month;
      st[peopleBase + i] = (st[peopleBase + i] ?? 0) + counted;
      st[boatsBase + i] = (st[boatsBase + i] ?? 0) + boats;
      st[eventsBase + i] = (st[eventsBase + i] ?? 0) + events;
      if (deaths === 0) continue;
      st[deathsBase + i] = (st[deathsBase + i] ?? 0) + deaths;
    }
    st[slot + 3] = (st[slot + 3] ?? 0) + deaths;
    st[b + 5] = (st[b + 5] ?? 0) + deaths;
    st[bo + PAIR_DEATHS] = (st[bo + PAIR_DEATHS] ?? 0) + deaths;
    if (reach !== NO_REACH) st[ro + 2] = (st[ro + 2] ?? 0) + deaths;
  }
  w.activeSites = sitesOn;
  w.activePairs = pairsOn;
}

/** Adds (sign 1) or subtracts (sign -1) the passing cells of table month `month`. */
export function addWindowCells(w: WindowSums, sign: number, month: number): void {
  const c = w.cube;
  const m = w.masks;
  const kindCol = c.kind;
  const outcomeCol = c.outcome;
  const routeCol = c.route;
  const siteCol = c.site;
  const reachCol = c.reach;
  const peopleCol = c.people;
  const boatsCol = c.boats;
  const eventsCol = c.events;
  const deathsCol = c.deaths;
  const crewCol = c.crew;
  const natOffsets = c.natOffsets;
  const natCode = c.natCode;
  const natPeople = c.natPeople;
  const cellNatSet = c.natSet;
  const test = !m.passAll;
  const kindMask = m.kind;
  const outcomeMask = m.outcome;
  const routeMask = m.route;
  const siteMask = m.site;
  const natMask = m.nationality;
  const setPass = m.natSetPass;
  const st = w.state;
  const reachBase = w.reachBase;
  const maxStages = w.maxStages;
  const peopleBase = w.seriesBase;
  const boatsBase = w.seriesBase + w.keys.length * w.seriesMonths;
  const deathsBase = boatsBase + w.keys.length * w.seriesMonths;
  const eventsBase = deathsBase + w.keys.length * w.seriesMonths;
  const split = w.splitCode;
  const months = w.seriesMonths;
  const active = w.active;
  let sitesOn = w.activeSites;
  let pairsOn = w.activePairs;
  const end = c.cellMonthStart[month + 1] ?? 0;
  noteSeriesMonth(w, month);
  for (let cell = c.cellMonthStart[month] ?? 0; cell < end; cell++) {
    const kind = kindCol[cell] ?? 0;
    const outcome = outcomeCol[cell] ?? 0;
    const route = routeCol[cell] ?? 0;
    const site = siteCol[cell] ?? 0;
    if (
      test &&
      (kindMask[kind] !== 1 ||
        outcomeMask[outcome] !== 1 ||
        routeMask[route] !== 1 ||
        siteMask[site] !== 1 ||
        (setPass !== null && setPass[cellNatSet[cell] ?? 0] !== 1))
    ) {
      continue;
    }
    const natStart = natOffsets[cell] ?? 0;
    const natEnd = natOffsets[cell + 1] ?? 0;
    let people = peopleCol[cell] ?? 0;
    if (natMask !== null) {
      people = 0;
      for (let e = natStart; e < natEnd; e++) {
        if (natMask[natCode[e] ?? 0] === 1) people += natPeople[e] ?? 0;
      }
    }
    const counted = sign > 0 ? people : 0 - people;
    const boats = sign > 0 ? (boatsCol[cell] ?? 0) : 0 - (boatsCol[cell] ?? 0);
    const events = sign > 0 ? (eventsCol[cell] ?? 0) : 0 - (eventsCol[cell] ?? 0);
    const deaths = sign > 0 ? (deathsCol[cell] ?? 0) : 0 - (deathsCol[cell] ?? 0);
    const crew = sign > 0 ? (crewCol[cell] ?? 0) : 0 - (crewCol[cell] ?? 0);
    const slot = (kind * OUTCOME_COUNT + outcome) * KO_MEASURES;
    st[slot] = (st[slot] ?? 0) + counted;
    st[slot + 1] = (st[slot + 1] ?? 0) + boats;
    st[slot + 2] = (st[slot + 2] ?? 0) + events;
    st[slot + 3] = (st[slot + 3] ?? 0) + deaths;
    st[slot + 4] = (st[slot + 4] ?? 0) + crew;
    const b = siteBlockOf(w, site);
    const siteEvents = st[b + 2] ?? 0;
    st[b] = (st[b] ?? 0) + counted;
    st[b + 1] = (st[b + 1] ?? 0) + boats;
    st[b + 2] = siteEvents + events;
    st[b + 3 + kind] = (st[b + 3 + kind] ?? 0) + events;
    st[b + 5] = (st[b + 5] ?? 0) + deaths;
    if ((siteEvents === 0) !== (siteEvents + events === 0)) {
      active[site >>> 5] = (active[site >>> 5] ?? 0) ^ (1 << (site & 31));
      sitesOn += siteEvents === 0 ? 1 : -1;
    }
    const bo = b + SITE_OUTCOMES + outcome * SITE_PAIR_VALUES;
    const pairEvents = st[bo + PAIR_EVENTS] ?? 0;
    st[bo + PAIR_PEOPLE] = (st[bo + PAIR_PEOPLE] ?? 0) + counted;
    st[bo + PAIR_BOATS] = (st[bo + PAIR_BOATS] ?? 0) + boats;
    st[bo + PAIR_DEATHS] = (st[bo + PAIR_DEATHS] ?? 0) + deaths;
    st[bo + PAIR_EVENTS] = pairEvents + events;
    if ((pairEvents === 0) !== (pairEvents + events === 0)) pairsOn += pairEvents === 0 ? 1 : -1;
    const reach = reachCol[cell] ?? NO_REACH;
    if (reach !== NO_REACH) {
      const ro = reachBase + (route * maxStages + reach) * REACH_MEASURES;
      st[ro] = (st[ro] ?? 0) + counted;
      st[ro + 1] = (st[ro + 1] ?? 0) + boats;
      st[ro + 2] = (st[ro + 2] ?? 0) + deaths;
      st[ro + 3] = (st[ro + 3] ?? 0) + events;
    }
    if (split === SPLIT_NATIONALITY) {
      for (let e = natStart; e < natEnd; e++) {
        const code = natCode[e] ?? 0;
        if (natMask !== null && natMask[code] !== 1) continue;
        const i = code * months + month;
        const persons = natPeople[e] ?? 0;
        st[peopleBase + i] = (st[peopleBase + i] ?? 0) + (sign > 0 ? persons : 0 - persons);
        st[boatsBase + i] = (st[boatsBase + i] ?? 0) + boats;
        st[deathsBase + i] = (st[deathsBase + i] ?? 0) + deaths;
        st[eventsBase + i] = (st[eventsBase + i] ?? 0) + events;
      }
    } else {
      const i = (split === SPLIT_ROUTE ? route : split === SPLIT_KIND ? kind : outcome) * months + month;
      st[peopleBase + i] = (st[peopleBase + i] ?? 0) + counted;
      st[boatsBase + i] = (st[boatsBase + i] ?? 0) + boats;
      st[deathsBase + i] = (st[deathsBase + i] ?? 0) + deaths;
      st[eventsBase + i] = (st[eventsBase + i] ?? 0) + events;
    }
  }
  w.activeSites = sitesOn;
  w.activePairs = pairsOn;
}

/**
 * Prefix sums over the days of one month (Falcon's prefix idea, on the window's own sums): entry j holds
 * the sums of the month's passing rows dated before its day j, so the rows of any day range within the
 * month are one difference of two entries, whatever their number. `width` values per entry: the state up
 * to the series, then people, boats, deaths and events per split key for this month.
 */
export interface MonthDayPrefix {
  readonly days: number;
  readonly width: number;
  readonly sums: Float64Array;
  /** The site of each block of an entry, one per slot the prefix gave out (its own order, as in WindowSums). */
  readonly slotSite: Uint32Array;
}

/** Values per day entry of a month prefix for `w` (the running state without other months' series). */
export function dayPrefixWidth(w: WindowSums): number {
  return w.seriesBase + SERIES_MEASURES * w.keys.length;
}

/** Builds the day prefix of table month `month` (days from day offset `firstDay`, `days` of them). */
export function buildMonthDayPrefix(
  w: WindowSums,
  month: number,
  firstDay: number,
  days: number,
): MonthDayPrefix {
  const t = w.table;
  const scratch = makeSums(w.cube, w.masks, w.split, 1, null);
  const width = scratch.state.length;
  const sums = new Float64Array((days + 1) * width);
  const dayCol = t.day;
  let row = t.monthRowStart[month] ?? 0;
  const end = t.monthRowStart[month + 1] ?? 0;
  for (let j = 0; j < days; j++) {
    sums.set(scratch.state, j * width);
    let dayEnd = row;
    while (dayEnd < end && (dayCol[dayEnd] ?? 0) < firstDay + j + 1) dayEnd++;
    if (dayEnd > row) addWindowRows(scratch, 1, row, dayEnd, 0);
    row = dayEnd;
  }
  sums.set(scratch.state, days * width);
  return { days, width, sums, slotSite: scratch.slotSite.slice(0, scratch.slotsUsed) };
}

/** Adds `sign` × (entry jb − entry ja) of a month's day prefix: the rows of days [ja, jb) of `month`. */
export function addMonthDayPrefix(
  w: WindowSums,
  p: MonthDayPrefix,
  sign: number,
  ja: number,
  jb: number,
  month: number,
): void {
  const st = w.state;
  const sums = p.sums;
  const a = ja * p.width;
  const b = jb * p.width;
  const base = w.seriesBase;
  const siteBase = w.siteBase;
  const reachBase = w.reachBase;
  for (let i = 0; i < siteBase; i++) addDifference(st, i, sums, a, b, sign);
  for (let i = reachBase; i < base; i++) addDifference(st, i, sums, a, b, sign);
  // Site blocks: each row counts at least one record, so a site whose events did not change has no rows in
  // these days and an all-zero difference; the others keep their bit and the pair count in step.
  const active = w.active;
  let sitesOn = w.activeSites;
  let pairsOn = w.activePairs;
  // The prefix's blocks are in its own slot order: each is added to the window's block of the same site.
  for (let k = 0; k < p.slotSite.length; k++) {
    const po = siteBase + k * SITE_STRIDE;
    const events = (sums[b + po + 2] ?? 0) - (sums[a + po + 2] ?? 0);
    if (events === 0) continue;
    const site = p.slotSite[k] ?? 0;
    const o = siteBlockOf(w, site);
    const siteEvents = st[o + 2] ?? 0;
    const signed = sign > 0 ? events : 0 - events;
    if ((siteEvents === 0) !== (siteEvents + signed === 0)) {
      active[site >>> 5] = (active[site >>> 5] ?? 0) ^ (1 << (site & 31));
      sitesOn += siteEvents === 0 ? 1 : -1;
    }
    for (let q = SITE_OUTCOMES + PAIR_EVENTS; q < SITE_STRIDE; q += SITE_PAIR_VALUES) {
      const pairEvents = st[o + q] ?? 0;
      const d = (sums[b + po + q] ?? 0) - (sums[a + po + q] ?? 0);
      const after = pairEvents + (sign > 0 ? d : 0 - d);
      if ((pairEvents === 0) !== (after === 0)) pairsOn += pairEvents === 0 ? 1 : -1;
    }
    // The prefix's block at po, the window's at o: the entries' offsets shifted by po − o.
    for (let i = o; i < o + SITE_STRIDE; i++) addDifference(st, i, sums, a + po - o, b + po - o, sign);
  }
  w.activeSites = sitesOn;
  w.activePairs = pairsOn;
  noteSeriesMonth(w, month);
  const keys = w.keys.length;
  const months = w.seriesMonths;
  for (let k = 0; k < SERIES_MEASURES * keys; k++) {
    const d = (sums[b + base + k] ?? 0) - (sums[a + base + k] ?? 0);
    if (d === 0) continue;
    // Entry k is measure ⌊k / keys⌋ of key k mod keys; in the running state that value sits at
    // base + (measure * keys + key) * months + month = base + k * months + month.
    const i = base + k * months + month;
    st[i] = (st[i] ?? 0) + (sign > 0 ? d : 0 - d);
  }
}

/** st[i] += sign × (sums[b + i] − sums[a + i]): one value of a day-prefix difference. */
function addDifference(
  st: Float64Array,
  i: number,
  sums: Float64Array,
  a: number,
  b: number,
  sign: number,
): void {
  const d = (sums[b + i] ?? 0) - (sums[a + i] ?? 0);
  if (d !== 0) st[i] = (st[i] ?? 0) + (sign > 0 ? d : 0 - d);
}

/** Copies table months [from, to) of each key's series from `st` (at `src`, stride `months`) to `out`. */
function copySeries(
  out: Float64Array,
  dst: number,
  slots: number,
  st: Float64Array,
  src: number,
  months: number,
  keys: number,
  from: number,
  to: number,
  shift: number,
): void {
  for (let k = 0; k < keys; k++) {
    const d = dst + k * slots + shift;
    const s = src + k * months;
    for (let m = from; m < to; m++) out[d + m] = st[s + m] ?? 0;
  }
}

/** The current sums as a new WindowAggregates: one new array holds them all (views into it). */
export function snapshotWindowSums(w: WindowSums, span: MonthSpan): WindowAggregates {
  const t = w.table;
  const L = w.layout;
  const st = w.state;
  const months = t.monthCount;
  const keys = w.keys.length;
  const seriesLength = keys * span.monthCount;
  const out = new Float64Array(L.length + SERIES_MEASURES * seriesLength);
  out.set(st.subarray(0, KO_LENGTH), L.ko);
  out.set(st.subarray(w.reachBase, w.seriesBase), L.reach);
  // Table months [from, to) fall inside the span; slot = table month + shift.
  const shift = t.firstMonth - span.firstMonth;
  const from = Math.max(0, -shift);
  const to = Math.min(months, span.monthCount - shift);
  const mc = span.monthCount;
  for (let measure = 0; measure < SERIES_MEASURES; measure++) {
    const dst = L.length + measure * seriesLength;
    copySeries(out, dst, mc, st, w.seriesBase + measure * keys * months, months, keys, from, to, shift);
  }
  const seriesOf = (measure: number): Float64Array =>
    out.subarray(L.length + measure * seriesLength, L.length + (measure + 1) * seriesLength);
  const sites = packActiveSiteBlocks(st, w.siteBase, w.slotOf, w.active, w.activeSites, w.activePairs);
  return assembleAggregates(t, viewWindowSums(out, L), sites, {
    split: w.split,
    firstMonth: span.firstMonth,
    monthCount: span.monthCount,
    keys: w.keys,
    people: seriesOf(0),
    boats: seriesOf(1),
    deaths: seriesOf(2),
    events: seriesOf(3),
  });
}
