// The six demo corridors: ordered stages (places of §7b) with waypoints so that sea legs follow open water
// and land legs follow roads roughly. Waypoint coordinates are the generator's own approximations.

import type { LonLat, RouteFeature, RouteId, RouteStage, StageRole, TravelMode } from './demo-types';
import { placeLonLat, type PlaceName } from './places';

interface StageDef {
  readonly place: PlaceName;
  readonly role: StageRole;
  /** Mode of the leg to the next stage (none on the last stage). */
  readonly mode?: TravelMode;
  /** Waypoints of the leg to the next stage, [lon, lat]. */
  readonly via?: readonly LonLat[];
}

interface RouteDef {
  readonly id: RouteId;
  readonly name: string;
  readonly description: string;
  readonly stages: readonly StageDef[];
}

/** Sea approach south from Pelabuhan Ratu bay, west of Ujung Genteng, to Christmas Island. */
const PELABUHAN_RATU_TO_CHRISTMAS: readonly LonLat[] = [
  [106.45, -7.05],
  [106.28, -7.32],
  [106.2, -7.6],
];
/** Overland from Kuala Lumpur airport to the Selangor coast, then across the Malacca Strait. */
const KLIA_TO_STRAIT: readonly LonLat[] = [[101.64, 2.62]];
/** From mid-strait to the Belawan approaches, then inland to Medan. */
const STRAIT_TO_MEDAN: readonly LonLat[] = [
  [100.2, 3.1],
  [98.85, 3.85],
  [98.7, 3.78],
];
/** Trans-Sumatra highway: Pekanbaru, Jambi, Palembang. */
const MEDAN_TO_LAMPUNG: readonly LonLat[] = [
  [99.1, 2.2],
  [101.45, 0.51],
  [103.61, -1.61],
  [104.75, -2.98],
  [105.1, -4.6],
];
/** Out of Lampung Bay and across the Sunda Strait to Merak. */
const LAMPUNG_TO_MERAK: readonly LonLat[] = [
  [105.3, -5.6],
  [105.55, -5.85],
  [105.85, -5.93],
];
/** Overland Banten – Bogor – Sukabumi – south Cianjur. */
const MERAK_TO_CIDAUN: readonly LonLat[] = [
  [106.15, -6.12],
  [106.8, -6.6],
  [106.93, -6.92],
  [107.2, -7.2],
];
const CIDAUN_TO_CHRISTMAS: readonly LonLat[] = [[107.3, -7.62]];
/** Overland along Java's north coast and by ferry to Bali. */
const JAKARTA_TO_DENPASAR: readonly LonLat[] = [
  [107.45, -6.45],
  [108.55, -6.85],
  [109.5, -7.05],
  [110.42, -7.05],
  [111.5, -7.3],
  [112.7, -7.4],
  [112.75, -7.65],
  [113.3, -7.95],
  [114.3, -8.15],
  [114.6, -8.25],
  [114.9, -8.4],
];
/** Out of Kupang Bay and through the strait between Semau and Timor towards Rote. */
const KUPANG_TO_ROTE: readonly LonLat[] = [
  [123.55, -10.11],
  [123.53, -10.17],
  [123.51, -10.2],
  [123.48, -10.23],
  [123.46, -10.28],
  [123.45, -10.4],
];
/** Round Rote's eastern end and south across the Timor Sea to Ashmore Reef. */
const ROTE_TO_ASHMORE: readonly LonLat[] = [
  [123.5, -10.7],
  [123.3, -11.1],
];
/** South of Rote, along Timor's south coast offshore, west and south of the Tiwi Islands into Darwin. */
const KUPANG_TO_DARWIN: readonly LonLat[] = [
  [123.55, -10.11],
  [123.53, -10.17],
  [123.51, -10.2],
  [123.48, -10.23],
  [123.46, -10.28],
  [123.45, -10.4],
  [123.55, -10.6],
  [124.5, -10.75],
  [126.5, -11.0],
  [129.5, -11.9],
  [130.5, -12.25],
];
/** Out from the west coast of Sri Lanka and round Dondra Head into the open Indian Ocean. */
const NEGOMBO_OFFSHORE: readonly LonLat[] = [
  [79.6, 7.1],
  [79.6, 6.2],
  [80.2, 5.65],
  [80.9, 5.5],
];

const ROUTE_DEFS: readonly RouteDef[] = [
  {
    id: 'java-christmas',
    name: 'Quetta – Kuala Lumpur – West Java – Christmas Island',
    description:
      'Afghans (many of them Hazaras) and Pakistanis fly to Kuala Lumpur and Jakarta, wait in Cisarua and sail from the south coast of West Java to Christmas Island, about 350 km away.',
    stages: [
      { place: 'Quetta', role: 'origin', mode: 'air' },
      { place: 'Kuala Lumpur (KLIA)', role: 'transit', mode: 'air' },
      { place: 'Jakarta', role: 'transit', mode: 'land', via: [[106.8, -6.6]] },
      { place: 'Cisarua (Puncak Bogor)', role: 'transit', mode: 'land', via: [[106.93, -6.92]] },
      {
        place: 'Pelabuhan Ratu (Sukabumi)',
        role: 'embarkation',
        mode: 'sea',
        via: PELABUHAN_RATU_TO_CHRISTMAS,
      },
      { place: 'Christmas Island (Flying Fish Cove)', role: 'destination' },
    ],
  },
  {
    id: 'sumatra-java-christmas',
    name: 'Tehran – Malacca Strait – Sumatra – Java – Christmas Island',
    description:
      'Iranians and Iraqis fly to Kuala Lumpur, cross the Malacca Strait to Sumatra, travel overland and over the Sunda Strait to Java and sail from the Cianjur coast to Christmas Island.',
    stages: [
      { place: 'Tehran', role: 'origin', mode: 'air' },
      { place: 'Kuala Lumpur (KLIA)', role: 'transit', mode: 'sea', via: KLIA_TO_STRAIT },
      { place: 'Malacca Strait crossing (mid-strait)', role: 'transit', mode: 'sea', via: STRAIT_TO_MEDAN },
      { place: 'Medan', role: 'transit', mode: 'land', via: MEDAN_TO_LAMPUNG },
      { place: 'Bandar Lampung', role: 'transit', mode: 'sea', via: LAMPUNG_TO_MERAK },
      { place: 'Merak / Indah Kiat port', role: 'transit', mode: 'land', via: MERAK_TO_CIDAUN },
      {
        place: 'Cidaun / Jayanti beach (Cianjur)',
        role: 'embarkation',
        mode: 'sea',
        via: CIDAUN_TO_CHRISTMAS,
      },
      { place: 'Christmas Island (Flying Fish Cove)', role: 'destination' },
    ],
  },
  {
    id: 'nusa-tenggara-ashmore',
    name: 'Kabul – Bali – Kupang – Rote – Ashmore Reef',
    description:
      'The eastern route of 2008–2009: through Jakarta and Bali to Kupang, by ferry to the Rote fishing villages and about 90 nautical miles south over the Timor Sea to Ashmore Reef.',
    stages: [
      { place: 'Kabul', role: 'origin', mode: 'air' },
      { place: 'Kuala Lumpur (KLIA)', role: 'transit', mode: 'air' },
      { place: 'Jakarta', role: 'transit', mode: 'land', via: JAKARTA_TO_DENPASAR },
      { place: 'Denpasar (Bali)', role: 'transit', mode: 'air' },
      { place: 'Kupang (West Timor)', role: 'transit', mode: 'sea', via: KUPANG_TO_ROTE },
      { place: 'Papela (Rote)', role: 'embarkation', mode: 'sea', via: ROTE_TO_ASHMORE },
      { place: 'Ashmore Reef', role: 'destination' },
    ],
  },
  {
    id: 'sri-lanka-cocos',
    name: 'Sri Lanka – Cocos (Keeling) Islands',
    description:
      'Direct voyages of 2012–2013 from the west coast of Sri Lanka (departure point unverified) across about 3,000 km of open ocean to the Cocos (Keeling) Islands.',
    stages: [
      { place: 'Colombo', role: 'origin', mode: 'land' },
      { place: 'Negombo', role: 'embarkation', mode: 'sea', via: NEGOMBO_OFFSHORE },
      { place: 'Cocos (Keeling) Is. (West Island)', role: 'destination' },
    ],
  },
  {
    id: 'sri-lanka-christmas',
    name: 'Sri Lanka – Christmas Island',
    description:
      'Direct voyages of 2012–2013 from the west coast of Sri Lanka (departure point unverified) across the Indian Ocean to Christmas Island.',
    stages: [
      { place: 'Colombo', role: 'origin', mode: 'land' },
      { place: 'Negombo', role: 'embarkation', mode: 'sea', via: NEGOMBO_OFFSHORE },
      { place: 'Christmas Island (Flying Fish Cove)', role: 'destination' },
    ],
  },
  {
    id: 'timor-sea-darwin',
    name: 'Kabul – Jakarta – Kupang – Timor Sea – Darwin',
    description:
      'A small-volume corridor (2008 and late 2013): by air to Kupang, then by boat along the south coast of Timor and across the Timor Sea to Darwin.',
    stages: [
      { place: 'Kabul', role: 'origin', mode: 'air' },
      { place: 'Kuala Lumpur (KLIA)', role: 'transit', mode: 'air' },
      { place: 'Jakarta', role: 'transit', mode: 'air' },
      { place: 'Kupang (West Timor)', role: 'embarkation', mode: 'sea', via: KUPANG_TO_DARWIN },
      { place: 'Darwin', role: 'destination' },
    ],
  },
];

export const ROUTE_IDS: readonly RouteId[] = ROUTE_DEFS.map((r) => r.id);

function routeDef(id: RouteId): RouteDef {
  const def = ROUTE_DEFS.find((r) => r.id === id);
  if (!def) throw new Error(`unknown route ${id}`);
  return def;
}

function stageOfRole(id: RouteId, role: StageRole): StageDef {
  const stage = routeDef(id).stages.find((s) => s.role === role);
  if (!stage) throw new Error(`route ${id} has no ${role} stage`);
  return stage;
}

/** The place boats leave from on a route. */
export function embarkationOf(id: RouteId): PlaceName {
  return stageOfRole(id, 'embarkation').place;
}

/** The place a landed boat reaches on a route. */
export function destinationOf(id: RouteId): PlaceName {
  return stageOfRole(id, 'destination').place;
}

/** Coordinates of the sea leg from the embarkation stage to the destination, ends included. */
export function finalSeaLeg(id: RouteId): LonLat[] {
  const embark = stageOfRole(id, 'embarkation');
  return [placeLonLat(embark.place), ...(embark.via ?? []), placeLonLat(destinationOf(id))];
}

/** The point at `fraction` (0…1) of the length of a polyline (lengths in plain degrees; fine at this scale). */
export function pointAlong(line: readonly LonLat[], fraction: number): LonLat {
  const lengths: number[] = [];
  let total = 0;
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1];
    const b = line[i];
    if (!a || !b) continue;
    const dx = b[0] - a[0];
    const dy = b[1] - a[1];
    const len = Math.sqrt(dx * dx + dy * dy);
    lengths.push(len);
    total += len;
  }
  let target = Math.min(Math.max(fraction, 0), 1) * total;
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1];
    const b = line[i];
    const len = lengths[i - 1] ?? 0;
    if (!a || !b) continue;
    if (target <= len || i === line.length - 1) {
      const t = len > 0 ? Math.min(target / len, 1) : 0;
      return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
    }
    target -= len;
  }
  const last = line[line.length - 1];
  if (!last) throw new Error('pointAlong: empty line');
  return [last[0], last[1]];
}

function buildRouteFeature(def: RouteDef): RouteFeature {
  const coordinates: LonLat[] = [];
  const stages: RouteStage[] = [];
  def.stages.forEach((stage, index) => {
    const isLast = index === def.stages.length - 1;
    stages.push({
      name: stage.place,
      role: stage.role,
      vertex: coordinates.length,
      ...(isLast || !stage.mode ? {} : { mode: stage.mode }),
    });
    coordinates.push(placeLonLat(stage.place));
    if (!isLast) for (const [lon, lat] of stage.via ?? []) coordinates.push([lon, lat]);
  });
  return {
    type: 'Feature',
    geometry: { type: 'LineString', coordinates },
    properties: { id: def.id, name: def.name, description: def.description, stages },
  };
}

/** The route features, in a fixed order. */
export function buildRouteFeatures(): RouteFeature[] {
  return ROUTE_DEFS.map(buildRouteFeature);
}
