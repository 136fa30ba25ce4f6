// FROZEN COPY of the Lintas core before issue 10 (month cube; partial edge months scanned row by row), kept
// only so that `npm run bench` can report the previous core beside the current one in the same run.
// Not used by the app. Only renamed and re-pointed imports; the counting is as it was.
// Accumulates events (single rows or pre-aggregated cells) into WindowAggregates in one pass.
// Shared by the row-index reference path and the cube fast path, so both count the same way.
import type { EpochMonth } from '@/domain/epoch-day';
import type { EventTable, RouteInfo } from '@/domain/event-table';
import type {
  HeadlineTotals,
  Measures,
  RouteFlow,
  SeriesSplit,
  SiteTotals,
  WindowAggregates,
} from '@/domain/aggregates';
import {
  packSiteBlocks,
  PAIR_BOATS,
  PAIR_EVENTS,
  PAIR_PEOPLE,
  sitePairOffset,
  SITE_STRIDE,
} from '@/domain/site-totals';
import { EVENT_KINDS, NO_REACH, OUTCOMES, UNKNOWN_COUNT } from '@/domain/vocabulary';

const M = 5; // measures per slot: people, boats, events, deaths, crew
const KO = EVENT_KINDS.length * OUTCOMES.length;

/** Nationality entries of the thing being added: codes[start..end) with persons people[start..end). */
export interface NatEntries {
  readonly codes: Uint16Array | Uint32Array;
  readonly people: Uint32Array | Float64Array;
}

export class PreviousWindowAccumulator {
  private readonly kindOutcome = new Float64Array(KO * M);
  private readonly site: Float64Array;
  private readonly siteOutcome: Float64Array;
  private readonly reach: Float64Array;
  private readonly seriesPeople: Float64Array;
  private readonly seriesBoats: Float64Array;
  private readonly maxStages: number;
  private readonly splitSize: number;

  constructor(
    private readonly table: EventTable,
    private readonly natMask: Uint8Array | null,
    private readonly split: SeriesSplit,
    private readonly firstMonth: EpochMonth,
    private readonly monthCount: number,
  ) {
    this.site = new Float64Array(table.sites.length * 5);
    this.siteOutcome = new Float64Array(table.sites.length * OUTCOMES.length * 2);
    this.maxStages = Math.max(2, ...table.routes.map((r) => stageCountOf(r)));
    this.reach = new Float64Array(table.routes.length * this.maxStages * 2);
    this.splitSize = splitKeyCount(table, split);
    this.seriesPeople = new Float64Array(this.splitSize * monthCount);
    this.seriesBoats = new Float64Array(this.splitSize * monthCount);
  }

  /**
   * Adds one row or cell. `people` is everyone on board; under a nationality filter only the people of
   * the selected nationalities are counted (boats, events, deaths and crew count whole boats).
   */
  add(
    kind: number,
    outcome: number,
    route: number,
    site: number,
    reach: number,
    monthSlot: number,
    people: number,
    boats: number,
    events: number,
    deaths: number,
    crew: number,
    nat: NatEntries,
    natStart: number,
    natEnd: number,
  ): void {
    const mask = this.natMask;
    let counted = people;
    if (mask !== null) {
      counted = 0;
      for (let e = natStart; e < natEnd; e++) {
        if (mask[nat.codes[e] ?? 0] === 1) counted += nat.people[e] ?? 0;
      }
    }
    const ko = (kind * OUTCOMES.length + outcome) * M;
    const t = this.kindOutcome;
    t[ko] = (t[ko] ?? 0) + counted;
    t[ko + 1] = (t[ko + 1] ?? 0) + boats;
    t[ko + 2] = (t[ko + 2] ?? 0) + events;
    t[ko + 3] = (t[ko + 3] ?? 0) + deaths;
    t[ko + 4] = (t[ko + 4] ?? 0) + crew;

    const s = this.site;
    const so = site * 5;
    s[so] = (s[so] ?? 0) + counted;
    s[so + 1] = (s[so + 1] ?? 0) + boats;
    s[so + 2] = (s[so + 2] ?? 0) + events;
    s[so + 3 + kind] = (s[so + 3 + kind] ?? 0) + events;
    const soo = (site * OUTCOMES.length + outcome) * 2;
    this.siteOutcome[soo] = (this.siteOutcome[soo] ?? 0) + counted;
    this.siteOutcome[soo + 1] = (this.siteOutcome[soo + 1] ?? 0) + boats;

    if (reach !== NO_REACH) {
      const ro = (route * this.maxStages + reach) * 2;
      this.reach[ro] = (this.reach[ro] ?? 0) + counted;
      this.reach[ro + 1] = (this.reach[ro + 1] ?? 0) + boats;
    }

    if (monthSlot < 0 || monthSlot >= this.monthCount) return;
    const sp = this.seriesPeople;
    const sb = this.seriesBoats;
    if (this.split === 'nationality') {
      for (let e = natStart; e < natEnd; e++) {
        const code = nat.codes[e] ?? 0;
        if (mask !== null && mask[code] !== 1) continue;
        const i = code * this.monthCount + monthSlot;
        sp[i] = (sp[i] ?? 0) + (nat.people[e] ?? 0);
        sb[i] = (sb[i] ?? 0) + boats;
      }
      return;
    }
    const key = this.split === 'route' ? route : this.split === 'outcome' ? outcome : kind;
    const i = key * this.monthCount + monthSlot;
    sp[i] = (sp[i] ?? 0) + counted;
    sb[i] = (sb[i] ?? 0) + boats;
  }

  /** Adds row `row` of the table; `monthSlot` is its month minus the window's first month. */
  addRow(row: number, monthSlot: number): void {
    const t = this.table;
    const deaths = t.deaths[row] ?? UNKNOWN_COUNT;
    const crew = t.crew[row] ?? UNKNOWN_COUNT;
    this.add(
      t.kind[row] ?? 0,
      t.outcome[row] ?? 0,
      t.route[row] ?? 0,
      t.site[row] ?? 0,
      t.reachedStage[row] ?? NO_REACH,
      monthSlot,
      t.people[row] ?? 0,
      t.boats[row] ?? 0,
      1,
      deaths === UNKNOWN_COUNT ? 0 : deaths,
      crew === UNKNOWN_COUNT ? 0 : crew,
      { codes: t.natCode, people: t.natPeople },
      t.natOffsets[row] ?? 0,
      t.natOffsets[row + 1] ?? 0,
    );
  }

  /**
   * The dense per-site arrays as sparse SiteTotals (the result format since), so results compare with the
   * current core's. Added after the freeze; the core never counted records per site and outcome, so a pair
   * is marked by its boats (every record has at least one) and its records are not compared.
   */
  private sparseSites(): SiteTotals {
    const n = this.table.sites.length;
    const k = OUTCOMES.length;
    const blocks = new Float64Array(n * SITE_STRIDE);
    for (let i = 0; i < n; i++) {
      const b = i * SITE_STRIDE;
      for (let f = 0; f < 5; f++) blocks[b + f] = this.site[i * 5 + f] ?? 0;
      for (let o = 0; o < k; o++) {
        const boats = this.siteOutcome[(i * k + o) * 2 + 1] ?? 0;
        const bo = b + sitePairOffset(o);
        blocks[bo + PAIR_PEOPLE] = this.siteOutcome[(i * k + o) * 2] ?? 0;
        blocks[bo + PAIR_BOATS] = boats;
        blocks[bo + PAIR_EVENTS] = boats === 0 ? 0 : 1;
      }
    }
    return packSiteBlocks(blocks, n, 0, null);
  }

  /** The accumulated numbers as plain data. */
  finish(): WindowAggregates {
    const t = this.table;
    const measuresAt = (slots: readonly number[]): Measures => {
      const sum = [0, 0, 0, 0, 0];
      for (const slot of slots)
        for (let m = 0; m < M; m++) sum[m] = (sum[m] ?? 0) + (this.kindOutcome[slot * M + m] ?? 0);
      return {
        people: sum[0] ?? 0,
        boats: sum[1] ?? 0,
        events: sum[2] ?? 0,
        deaths: sum[3] ?? 0,
        crew: sum[4] ?? 0,
      };
    };
    const slotsWhere = (pred: (kind: number, outcome: number) => boolean): number[] => {
      const slots: number[] = [];
      for (let k = 0; k < EVENT_KINDS.length; k++)
        for (let o = 0; o < OUTCOMES.length; o++) if (pred(k, o)) slots.push(k * OUTCOMES.length + o);
      return slots;
    };
    const totals: HeadlineTotals = {
      all: measuresAt(slotsWhere(() => true)),
      byKind: EVENT_KINDS.map((_, k) => measuresAt(slotsWhere((kind) => kind === k))),
      byOutcome: OUTCOMES.map((_, o) => measuresAt(slotsWhere((_kind, outcome) => outcome === o))),
    };
    const flows: RouteFlow[] = t.routes.map((route, r) => {
      const stages = stageCountOf(route);
      const reachAt = (stage: number, m: number): number =>
        this.reach[(r * this.maxStages + stage) * 2 + m] ?? 0;
      const segmentPeople: number[] = [];
      const segmentBoats: number[] = [];
      let people = 0;
      let boats = 0;
      for (let s = 0; s < stages; s++) {
        people += reachAt(s, 0);
        boats += reachAt(s, 1);
      }
      // Suffix sums: the leg from stage i to i + 1 carries everyone who reached stage i + 1 or beyond.
      let carriedPeople = 0;
      let carriedBoats = 0;
      for (let s = stages - 1; s >= 1; s--) {
        carriedPeople += reachAt(s, 0);
        carriedBoats += reachAt(s, 1);
        segmentPeople[s - 1] = carriedPeople;
        segmentBoats[s - 1] = carriedBoats;
      }
      // Frozen before deaths and records were measures: left at 0, not compared ('people-boats').
      const zeros = segmentPeople.map(() => 0);
      return {
        people,
        boats,
        segmentPeople,
        segmentBoats,
        deaths: 0,
        segmentDeaths: zeros,
        events: 0,
        segmentEvents: zeros,
      };
    });
    return {
      totals,
      sites: this.sparseSites(),
      flows,
      series: {
        split: this.split,
        firstMonth: this.firstMonth,
        monthCount: this.monthCount,
        keys: splitKeyNames(t, this.split),
        people: this.seriesPeople,
        boats: this.seriesBoats,
        deaths: new Float64Array(this.seriesPeople.length),
        events: new Float64Array(this.seriesPeople.length),
      },
    };
  }
}

/** Stages of a route for flows: its corridor's, or two implicit ones (embarkation, destination). */
function stageCountOf(route: RouteInfo): number {
  return route.hasCorridor ? route.stages.length : 2;
}

function splitKeyNames(table: EventTable, split: SeriesSplit): readonly string[] {
  switch (split) {
    case 'route':
      return table.routes.map((r) => r.id);
    case 'nationality':
      return table.nationalityNames;
    case 'outcome':
      return OUTCOMES;
    case 'kind':
      return EVENT_KINDS;
  }
}

function splitKeyCount(table: EventTable, split: SeriesSplit): number {
  return splitKeyNames(table, split).length;
}
