// Parses a routes FeatureCollection (LineString corridors with ordered stages) into RouteInfo records.
import type { RouteInfo, RouteStage } from '@/domain/event-table';
import { STAGE_ROLES, TRAVEL_MODES, type StageRole, type TravelMode } from '@/domain/vocabulary';
import { isPlainObject, readOwn } from '@/lib/safe-record';
import { describeValue, type FileError, type LoadIssue } from './load-report';
import { parseJson } from './parse-json';

export const ROUTE_ISSUE_CODES = [
  'route-not-a-feature',
  'route-geometry-invalid',
  'route-id-invalid',
  'route-id-duplicate',
  'route-name-invalid',
  'route-stages-invalid',
  'route-stage-invalid',
] as const;
export type RouteIssueCode = (typeof ROUTE_ISSUE_CODES)[number];

export type RoutesResult =
  | {
      readonly ok: true;
      readonly routes: readonly RouteInfo[];
      readonly rejected: readonly LoadIssue<RouteIssueCode>[];
    }
  | { readonly ok: false; readonly error: FileError };

function isLonLat(p: unknown): p is [number, number] {
  return (
    Array.isArray(p) &&
    p.length >= 2 &&
    typeof p[0] === 'number' &&
    typeof p[1] === 'number' &&
    Math.abs(p[0]) <= 180 &&
    Math.abs(p[1]) <= 90
  );
}

function readStage(
  raw: unknown,
  pathLength: number,
  previousVertex: number,
  isLast: boolean,
): RouteStage | null {
  if (!isPlainObject(raw)) return null;
  const name = readOwn(raw, 'name');
  const role = readOwn(raw, 'role');
  const vertex = readOwn(raw, 'vertex');
  const mode = readOwn(raw, 'mode');
  if (typeof name !== 'string' || name.trim() === '' || name.length > 200) return null;
  if (typeof role !== 'string' || !(STAGE_ROLES as readonly string[]).includes(role)) return null;
  if (
    typeof vertex !== 'number' ||
    !Number.isInteger(vertex) ||
    vertex <= previousVertex ||
    vertex >= pathLength
  )
    return null;
  if (
    mode !== undefined &&
    mode !== null &&
    !(typeof mode === 'string' && (TRAVEL_MODES as readonly string[]).includes(mode))
  ) {
    return null;
  }
  return {
    name: name.trim(),
    role: role as StageRole,
    vertex,
    mode: isLast || typeof mode !== 'string' ? undefined : (mode as TravelMode),
  };
}

/** Parses routes text; invalid features are reported and skipped, valid ones kept. */
export function parseRoutesText(text: string): RoutesResult {
  const json = parseJson(text);
  if (!json.ok) return json;
  const root = json.value;
  if (!isPlainObject(root)) return { ok: false, error: { code: 'not-geojson', value: describeValue(root) } };
  if (readOwn(root, 'type') !== 'FeatureCollection') {
    return {
      ok: false,
      error: { code: 'not-feature-collection', value: describeValue(readOwn(root, 'type')) },
    };
  }
  const features = readOwn(root, 'features');
  if (!Array.isArray(features)) return { ok: false, error: { code: 'features-missing', value: '' } };
  const routes: RouteInfo[] = [];
  const rejected: LoadIssue<RouteIssueCode>[] = [];
  const seen = new Set<string>();
  features.forEach((feature: unknown, index) => {
    const fail = (field: string, code: RouteIssueCode, value: unknown = '', id = ''): void => {
      rejected.push({ index, id, field, code, value: value === '' ? '' : describeValue(value) });
    };
    if (!isPlainObject(feature) || readOwn(feature, 'type') !== 'Feature')
      return fail('type', 'route-not-a-feature');
    const props = readOwn(feature, 'properties');
    const p = isPlainObject(props) ? props : {};
    const id = readOwn(p, 'id');
    if (typeof id !== 'string' || id.trim() === '' || id.length > 64)
      return fail('id', 'route-id-invalid', id);
    if (seen.has(id)) return fail('id', 'route-id-duplicate', id, id);
    const name = readOwn(p, 'name');
    if (typeof name !== 'string' || name.trim() === '') return fail('name', 'route-name-invalid', name, id);
    const geometry = readOwn(feature, 'geometry');
    const coords = isPlainObject(geometry) ? readOwn(geometry, 'coordinates') : undefined;
    if (
      !isPlainObject(geometry) ||
      readOwn(geometry, 'type') !== 'LineString' ||
      !Array.isArray(coords) ||
      coords.length < 2 ||
      !coords.every(isLonLat)
    ) {
      return fail('geometry', 'route-geometry-invalid', undefined, id);
    }
    const path = coords.map(([lon, lat]) => [lon, lat] as const);
    const rawStages = readOwn(p, 'stages');
    if (!Array.isArray(rawStages) || rawStages.length < 2)
      return fail('stages', 'route-stages-invalid', rawStages, id);
    const stages: RouteStage[] = [];
    let previous = -1;
    for (let s = 0; s < rawStages.length; s++) {
      const stage = readStage(rawStages[s], path.length, previous, s === rawStages.length - 1);
      if (stage === null || (s === 0 && stage.vertex !== 0))
        return fail(`stages[${s}]`, 'route-stage-invalid', rawStages[s], id);
      stages.push(stage);
      previous = stage.vertex;
    }
    if (previous !== path.length - 1)
      return fail(
        `stages[${rawStages.length - 1}]`,
        'route-stage-invalid',
        'last stage must be the last vertex',
        id,
      );
    seen.add(id);
    routes.push({ id, name: name.trim().slice(0, 200), hasCorridor: true, derived: false, stages, path });
  });
  return { ok: true, routes, rejected };
}
