// Collects validated features into growable columns, then sorts them by day into an immutable EventTable.
import { epochDayToMonth, monthToEpochDay, type EpochDay, type EpochMonth } from '@/domain/epoch-day';
import type { DatasetMeta, EventTable, RouteInfo, SiteInfo } from '@/domain/event-table';
import { reachedStageOf } from '@/domain/reached-stage';
import { OUTCOMES } from '@/domain/vocabulary';
import { StringDictionary } from './string-dictionary';

/** One validated event, as handed to the builder (strings not yet encoded). */
export interface EventValues {
  id: string;
  day: EpochDay;
  precision: number;
  kind: number;
  outcome: number;
  confidence: number;
  people: number;
  boats: number;
  crew: number;
  deaths: number;
  route: string;
  site: string;
  originCountry: string;
  agency: string;
  source: string;
  lon: number;
  lat: number;
  /** Nationality codes and persons, parallel arrays. */
  natCodes: string[];
  natPeople: number[];
}

export class EventColumnsBuilder {
  private n = 0;
  private readonly day: Int32Array;
  private readonly precision: Uint8Array;
  private readonly kind: Uint8Array;
  private readonly outcome: Uint8Array;
  private readonly confidence: Uint8Array;
  private readonly people: Uint32Array;
  private readonly boats: Uint16Array;
  private readonly crew: Uint16Array;
  private readonly deaths: Uint16Array;
  private readonly route: Uint16Array;
  private readonly site: Uint16Array;
  private readonly origin: Uint16Array;
  private readonly agency: Uint16Array;
  private readonly source: Uint16Array;
  private readonly lon: Float32Array;
  private readonly lat: Float32Array;
  private readonly natStart: Uint32Array;
  private natCode: Uint16Array;
  private natPeople: Uint32Array;
  private natCount = 0;
  private idBytes: Uint8Array;
  private readonly idStart: Uint32Array;
  private idLength = 0;
  readonly routes = new StringDictionary();
  readonly sites = new StringDictionary();
  readonly nationalities = new StringDictionary();
  readonly countries = new StringDictionary();
  readonly agencies = new StringDictionary();
  readonly sources = new StringDictionary();

  /** `capacity`: the most rows that will be pushed (the number of features). */
  constructor(capacity: number) {
    this.day = new Int32Array(capacity);
    this.precision = new Uint8Array(capacity);
    this.kind = new Uint8Array(capacity);
    this.outcome = new Uint8Array(capacity);
    this.confidence = new Uint8Array(capacity);
    this.people = new Uint32Array(capacity);
    this.boats = new Uint16Array(capacity);
    this.crew = new Uint16Array(capacity);
    this.deaths = new Uint16Array(capacity);
    this.route = new Uint16Array(capacity);
    this.site = new Uint16Array(capacity);
    this.origin = new Uint16Array(capacity);
    this.agency = new Uint16Array(capacity);
    this.source = new Uint16Array(capacity);
    this.lon = new Float32Array(capacity);
    this.lat = new Float32Array(capacity);
    this.natStart = new Uint32Array(capacity + 1);
    this.natCode = new Uint16Array(Math.max(16, capacity * 2));
    this.natPeople = new Uint32Array(Math.max(16, capacity * 2));
    this.idBytes = new Uint8Array(Math.max(64, capacity * 12));
    this.idStart = new Uint32Array(capacity + 1);
    this.countries.encode('');
  }

  get length(): number {
    return this.n;
  }

  /** Appends one validated event. Dictionary sizes are limited to 65,536 by the Uint16 columns. */
  push(v: EventValues): void {
    const i = this.n++;
    this.day[i] = v.day;
    this.precision[i] = v.precision;
    this.kind[i] = v.kind;
    this.outcome[i] = v.outcome;
    this.confidence[i] = v.confidence;
    this.people[i] = v.people;
    this.boats[i] = v.boats;
    this.crew[i] = v.crew;
    this.deaths[i] = v.deaths;
    this.route[i] = this.routes.encode(v.route);
    this.site[i] = this.sites.encode(v.site);
    this.origin[i] = this.countries.encode(v.originCountry);
    this.agency[i] = this.agencies.encode(v.agency);
    this.source[i] = this.sources.encode(v.source);
    this.lon[i] = v.lon;
    this.lat[i] = v.lat;
    this.natStart[i] = this.natCount;
    this.ensureNatCapacity(v.natCodes.length);
    for (let e = 0; e < v.natCodes.length; e++) {
      this.natCode[this.natCount] = this.nationalities.encode(v.natCodes[e] ?? '');
      this.natPeople[this.natCount] = v.natPeople[e] ?? 0;
      this.natCount++;
    }
    this.natStart[i + 1] = this.natCount;
    this.idStart[i] = this.idLength;
    this.writeId(v.id);
    this.idStart[i + 1] = this.idLength;
  }

  private ensureNatCapacity(extra: number): void {
    if (this.natCount + extra <= this.natCode.length) return;
    const size = Math.max(this.natCode.length * 2, this.natCount + extra);
    const codes = new Uint16Array(size);
    codes.set(this.natCode);
    this.natCode = codes;
    const people = new Uint32Array(size);
    people.set(this.natPeople);
    this.natPeople = people;
  }

  private writeId(id: string): void {
    // ASCII fast path; anything else goes through TextEncoder. At most 4 bytes per UTF-16 unit.
    if (this.idLength + id.length * 4 > this.idBytes.length) {
      const bytes = new Uint8Array(Math.max(this.idBytes.length * 2, this.idLength + id.length * 4));
      bytes.set(this.idBytes);
      this.idBytes = bytes;
    }
    let ascii = true;
    for (let c = 0; c < id.length; c++) {
      const code = id.charCodeAt(c);
      if (code > 127) {
        ascii = false;
        break;
      }
      this.idBytes[this.idLength + c] = code;
    }
    if (ascii) {
      this.idLength += id.length;
      return;
    }
    const { written } = new TextEncoder().encodeInto(id, this.idBytes.subarray(this.idLength));
    this.idLength += written;
  }

  /**
   * Sorts rows by day (stable counting sort) and returns the table. `corridors` maps route ids to the
   * routes file's corridors; ids without one get a placeholder route with no stages.
   */
  finish(corridors: ReadonlyMap<string, RouteInfo>, meta: DatasetMeta): EventTable {
    const n = this.n;
    let minDay = Infinity;
    let maxDay = -Infinity;
    for (let i = 0; i < n; i++) {
      const d = this.day[i] ?? 0;
      if (d < minDay) minDay = d;
      if (d > maxDay) maxDay = d;
    }
    if (n === 0) minDay = maxDay = 0;
    const firstMonth = epochDayToMonth(minDay as EpochDay);
    const lastMonth = epochDayToMonth(maxDay as EpochDay);
    const baseDay = monthToEpochDay(firstMonth);
    const monthCount = n === 0 ? 0 : lastMonth - firstMonth + 1;

    // Counting sort by day offset: O(n + days), stable, so equal days keep file order.
    const span = maxDay - baseDay + 1;
    const counts = new Uint32Array(span + 1);
    for (let i = 0; i < n; i++) {
      const slot = (this.day[i] ?? 0) - baseDay + 1;
      counts[slot] = (counts[slot] ?? 0) + 1;
    }
    for (let d = 1; d <= span; d++) counts[d] = (counts[d] ?? 0) + (counts[d - 1] ?? 0);
    const order = new Uint32Array(n);
    for (let i = 0; i < n; i++) {
      const slot = (this.day[i] ?? 0) - baseDay;
      order[counts[slot] ?? 0] = i;
      counts[slot] = (counts[slot] ?? 0) + 1;
    }

    // Files are usually already in date order: then the order is the identity and columns are copied.
    let identity = true;
    for (let r = 0; r < n && identity; r++) identity = order[r] === r;
    const u8 = (src: Uint8Array): Uint8Array => (identity ? src.slice(0, n) : gatherU8(src, order));
    const u16 = (src: Uint16Array): Uint16Array => (identity ? src.slice(0, n) : gatherU16(src, order));
    const u32 = (src: Uint32Array): Uint32Array => (identity ? src.slice(0, n) : gatherU32(src, order));
    const f32 = (src: Float32Array): Float32Array => (identity ? src.slice(0, n) : gatherF32(src, order));
    const day = new Uint16Array(n);
    for (let r = 0; r < n; r++) day[r] = (this.day[order[r] ?? 0] ?? 0) - baseDay;

    const monthRowStart = new Uint32Array(monthCount + 1);
    let row = 0;
    for (let m = 0; m < monthCount; m++) {
      const monthStartOffset = monthToEpochDay((firstMonth + m) as EpochMonth) - baseDay;
      while (row < n && (day[row] ?? 0) < monthStartOffset) row++;
      monthRowStart[m] = row;
    }
    monthRowStart[monthCount] = n;

    const natOffsets = new Uint32Array(n + 1);
    const natCode = new Uint16Array(this.natCount);
    const natPeople = new Uint32Array(this.natCount);
    const idOffsets = new Uint32Array(n + 1);
    const idBytes = new Uint8Array(this.idLength);
    let e = 0;
    let b = 0;
    for (let r = 0; r < n; r++) {
      const src = order[r] ?? 0;
      natOffsets[r] = e;
      for (let k = this.natStart[src] ?? 0; k < (this.natStart[src + 1] ?? 0); k++) {
        natCode[e] = this.natCode[k] ?? 0;
        natPeople[e] = this.natPeople[k] ?? 0;
        e++;
      }
      idOffsets[r] = b;
      const to = this.idStart[src + 1] ?? 0;
      // A byte loop, not set(subarray()): a view per row would be a million short-lived objects.
      for (let k = this.idStart[src] ?? 0; k < to; k++) idBytes[b++] = this.idBytes[k] ?? 0;
    }
    natOffsets[n] = e;
    idOffsets[n] = b;

    const routes: RouteInfo[] = this.routes.names.map(
      (id) => corridors.get(id) ?? { id, name: id, hasCorridor: false, stages: [], path: [] },
    );
    const route = u16(this.route);
    const site = u16(this.site);
    const kind = u8(this.kind);
    const outcome = u8(this.outcome);
    const reachedStage = new Uint8Array(n);
    // The stage reached depends only on (route, site, kind, outcome): compute it once per combination.
    const reachByKey = new Map<number, number>();
    const sites = this.sites.size;
    for (let r = 0; r < n; r++) {
      const key =
        (((route[r] ?? 0) * sites + (site[r] ?? 0)) * 2 + (kind[r] ?? 0)) * OUTCOMES.length +
        (outcome[r] ?? 0);
      let reach = reachByKey.get(key);
      if (reach === undefined) {
        const info = routes[route[r] ?? 0];
        const siteName = this.sites.names[site[r] ?? 0] ?? '';
        reach = info
          ? reachedStageOf(info, kind[r] ?? 0, OUTCOMES[outcome[r] ?? 0] ?? 'none', siteName)
          : 255;
        reachByKey.set(key, reach);
      }
      reachedStage[r] = reach;
    }
    const lon = f32(this.lon);
    const lat = f32(this.lat);

    return {
      length: n,
      baseDay,
      firstMonth,
      monthCount,
      monthRowStart,
      day,
      datePrecision: u8(this.precision),
      kind,
      outcome,
      confidence: u8(this.confidence),
      people: u32(this.people),
      boats: u16(this.boats),
      crew: u16(this.crew),
      deaths: u16(this.deaths),
      route,
      site,
      originCountry: u16(this.origin),
      agency: u16(this.agency),
      source: u16(this.source),
      reachedStage,
      lon,
      lat,
      natOffsets,
      natCode,
      natPeople,
      idBytes,
      idOffsets,
      routes,
      sites: siteCentroids(this.sites.names, site, lon, lat),
      nationalityNames: this.nationalities.names,
      countryNames: this.countries.names,
      agencyNames: this.agencies.names,
      sourceNames: this.sources.names,
      meta,
    };
  }
}

// One gather per element type keeps each loop monomorphic (a shared generic loop would not be).
function gatherU8(src: Uint8Array, order: Uint32Array): Uint8Array {
  const out = new Uint8Array(order.length);
  for (let r = 0; r < order.length; r++) out[r] = src[order[r] ?? 0] ?? 0;
  return out;
}
function gatherU16(src: Uint16Array, order: Uint32Array): Uint16Array {
  const out = new Uint16Array(order.length);
  for (let r = 0; r < order.length; r++) out[r] = src[order[r] ?? 0] ?? 0;
  return out;
}
function gatherU32(src: Uint32Array, order: Uint32Array): Uint32Array {
  const out = new Uint32Array(order.length);
  for (let r = 0; r < order.length; r++) out[r] = src[order[r] ?? 0] ?? 0;
  return out;
}
function gatherF32(src: Float32Array, order: Uint32Array): Float32Array {
  const out = new Float32Array(order.length);
  for (let r = 0; r < order.length; r++) out[r] = src[order[r] ?? 0] ?? 0;
  return out;
}

/** Mean position of each site's events (degrees). */
function siteCentroids(
  names: readonly string[],
  site: Uint16Array,
  lon: Float32Array,
  lat: Float32Array,
): SiteInfo[] {
  const sumLon = new Float64Array(names.length);
  const sumLat = new Float64Array(names.length);
  const count = new Float64Array(names.length);
  for (let r = 0; r < site.length; r++) {
    const s = site[r] ?? 0;
    sumLon[s] = (sumLon[s] ?? 0) + (lon[r] ?? 0);
    sumLat[s] = (sumLat[s] ?? 0) + (lat[r] ?? 0);
    count[s] = (count[s] ?? 0) + 1;
  }
  return names.map((name, s) => ({
    name,
    lon: (sumLon[s] ?? 0) / Math.max(1, count[s] ?? 0),
    lat: (sumLat[s] ?? 0) / Math.max(1, count[s] ?? 0),
  }));
}
