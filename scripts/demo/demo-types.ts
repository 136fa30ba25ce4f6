// Types of the demo files, written to match docs/data-format.md (format version 1); local to the generator.

export type RouteId =
  | 'java-christmas'
  | 'sumatra-java-christmas'
  | 'nusa-tenggara-ashmore'
  | 'sri-lanka-cocos'
  | 'sri-lanka-christmas'
  | 'timor-sea-darwin';

export type Outcome = 'landed' | 'turned_back' | 'disrupted' | 'rescued' | 'lost_at_sea';
export type Confidence = 'high' | 'medium' | 'low';
export type StageRole = 'origin' | 'transit' | 'embarkation' | 'destination';
export type TravelMode = 'air' | 'land' | 'sea';
/** [longitude, latitude] in decimal degrees (WGS84). */
export type LonLat = [number, number];

export interface DatasetMetadata {
  formatVersion: 1;
  kind: 'events' | 'routes';
  title: string;
  source: string;
  licence: string;
  extracted: string;
  illustrative: boolean;
  notes: string;
  /** Where arrivals arrive (the words of "people landed in …"). */
  destination?: string;
  /** The dashboard's subtitle for these data. */
  tagline?: string;
}

export interface NationalityCount {
  code: string;
  people: number;
}

export interface EventProperties {
  id: string;
  kind: 'departure' | 'interception';
  date: string;
  people: number;
  boats: number;
  crew: number | null;
  deaths: number | null;
  route: RouteId;
  nationalities: NationalityCount[];
  origin_country: string;
  site: string;
  /** Absent on departures. */
  outcome?: Outcome;
  agency: string;
  source: string;
  confidence: Confidence;
}

export interface EventFeature {
  type: 'Feature';
  geometry: { type: 'Point'; coordinates: LonLat };
  properties: EventProperties;
}

export interface EventsCollection {
  type: 'FeatureCollection';
  metadata: DatasetMetadata;
  features: EventFeature[];
}

export interface RouteStage {
  name: string;
  role: StageRole;
  vertex: number;
  /** How people travel to the next stage; absent on the last stage. */
  mode?: TravelMode;
}

export interface RouteFeature {
  type: 'Feature';
  geometry: { type: 'LineString'; coordinates: LonLat[] };
  properties: { id: RouteId; name: string; description: string; stages: RouteStage[] };
}

export interface RoutesCollection {
  type: 'FeatureCollection';
  metadata: DatasetMetadata;
  features: RouteFeature[];
}
