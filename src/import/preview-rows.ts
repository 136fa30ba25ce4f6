// The preview rows "as they will load": the first rows converted with the current mapping and checked by
// the loader's own validation, each with what the loader says about it.
import type { LoadIssue, RejectionCode, WarningCode } from '@/data/load-report';
import { parseEventsValue } from '@/data/parse-events';
import { importMetadata } from './import-result';
import { makeRowConverter } from './convert-row';
import { buildGazetteer } from './gazetteer';
import type { ImportMapping } from './import-mapping';
import type { FilePreview } from './preview-file';

export interface PreviewRow {
  /** 1-based, as the load report numbers rows. */
  readonly number: number;
  readonly properties: Readonly<Record<string, unknown>>;
  /** `[lon, lat]` when the row has a readable point. */
  readonly position: readonly [number, number] | null;
  readonly rejected: readonly LoadIssue<RejectionCode>[];
  readonly warnings: readonly LoadIssue<WarningCode>[];
}

const gazetteer = buildGazetteer(null);

function positionOf(geometry: unknown): readonly [number, number] | null {
  if (typeof geometry !== 'object' || geometry === null) return null;
  const coords = (geometry as { coordinates?: unknown }).coordinates;
  if (!Array.isArray(coords)) return null;
  const [lon, lat] = coords as unknown[];
  return typeof lon === 'number' && typeof lat === 'number' ? [lon, lat] : null;
}

export function previewRows(preview: FilePreview, mapping: ImportMapping, fileName: string): PreviewRow[] {
  const converter = makeRowConverter(mapping, { columns: preview.columns, gazetteer });
  const features = preview.rows.map((row, i) => converter.convert(row, preview.geometries?.[i]));
  const load = parseEventsValue(
    { type: 'FeatureCollection', metadata: importMetadata(mapping, fileName), features },
    { fileName, routes: null },
  );
  const rejected = load.report?.rejected ?? [];
  const warnings = load.report?.warnings ?? [];
  return features.map((feature, i) => ({
    number: i + 1,
    properties: feature.properties,
    position: positionOf(feature.geometry),
    rejected: rejected.filter((issue) => issue.index === i),
    warnings: warnings.filter((issue) => issue.index === i),
  }));
}
