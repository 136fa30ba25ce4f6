// The mapping dialog: opened when a file that is not in the Lintas format is chosen, dropped or pasted.
// Per field a column, one value for every row, or "not known"; value mapping for vocabularies; the date
// format and where positions come from; and the first rows as they will load. Values from the file are
// shown as text only, bidi-isolated.
import { useId, useMemo, useRef } from 'react';
import { CONFIDENCES, EVENT_KINDS, OUTCOMES } from '@/domain/vocabulary';
import { useI18n } from '@/i18n/i18n-context';
import { messagesEn, type MessageKey } from '@/i18n/messages-en';
import type { Formatters } from '@/i18n/translate';
import { useAppStore } from '@/state/store';
import { ModalDialog } from '@/ui/modal-dialog';
import { applyMappingFile, closeSession, loadSession } from './import-actions';
import { cancelImportsInWorker } from './import-in-worker';
import {
  COORDINATE_SOURCES,
  DATE_FORMATS,
  IMPORT_FIELDS,
  VOCABULARY_FIELDS,
  type CoordinateSource,
  type DateFormat,
  type FieldSource,
  type ImportField,
  type ImportMapping,
  type VocabularyField,
} from './import-mapping';
import { importSession, updateSession, type ImportSession } from './import-state';
import { writeMappingFile } from './mapping-file';
import { useObservable } from './observable-value';
import { previewRows, type PreviewRow } from './preview-rows';
import './import.css';

const DATE_FORMAT_KEYS: Record<DateFormat, MessageKey> = {
  iso: 'import.dateFormat.iso',
  'dd/mm/yyyy': 'import.dateFormat.dmy',
  'mm/dd/yyyy': 'import.dateFormat.mdy',
  'yyyy-mm': 'import.dateFormat.month',
  'excel-serial': 'import.dateFormat.serial',
};

const HINTS: Partial<Record<ImportField, MessageKey>> = {
  date: 'import.hint.date',
  kind: 'import.hint.kind',
  outcome: 'import.hint.outcome',
  people: 'import.hint.people',
  boats: 'import.hint.boats',
  deaths: 'import.hint.deaths',
  missing: 'import.hint.missing',
  route: 'import.hint.route',
  routeName: 'import.hint.routeName',
  site: 'import.hint.site',
  id: 'import.hint.id',
  nationality: 'import.hint.nationality',
};

/** The words a vocabulary field can take (the value a value map or a constant may give). */
const VOCABULARY_WORDS: Record<VocabularyField, readonly string[]> = {
  kind: EVENT_KINDS,
  outcome: OUTCOMES.slice(1),
  confidence: CONFIDENCES,
};

/** Fields that only matter for one way of placing rows. */
const POSITION_FIELDS: Partial<Record<ImportField, CoordinateSource>> = {
  lat: 'columns',
  lon: 'columns',
  latLon: 'text',
};

/** Most distinct sample values offered for value mapping per field. */
const MAX_VALUES = 12;

const isVocabulary = (field: ImportField): field is VocabularyField =>
  (VOCABULARY_FIELDS as readonly string[]).includes(field);

function hasKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(messagesEn, key);
}

const fieldLabel = (field: ImportField, t: Formatters['t']): string => t(`import.field.${field}`);

/** A cell or converted value as short text. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.map(cellText).join('; ');
  if (typeof value === 'object') return (JSON.stringify(value) ?? '').slice(0, 80);
  if (typeof value === 'string') return value.slice(0, 120);
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
}

/** <select> value of a field source: '' unknown, '=' constant, 'c:<name>' a column. */
function sourceValue(source: FieldSource): string {
  if ('column' in source) return `c:${source.column}`;
  return 'constant' in source ? '=' : '';
}

function withField(mapping: ImportMapping, field: ImportField, source: FieldSource): ImportMapping {
  return { ...mapping, fields: { ...mapping.fields, [field]: source } };
}

function FieldRow({
  field,
  session,
}: {
  readonly field: ImportField;
  readonly session: ImportSession;
}): React.JSX.Element {
  const { t } = useI18n();
  const id = useId();
  const { mapping, preview } = session;
  const source = mapping.fields[field];
  const label = fieldLabel(field, t);
  const hint = HINTS[field];
  const set = (next: FieldSource): void => updateSession({ mapping: withField(mapping, field, next) });
  const onSelect = (value: string): void => {
    if (value === '') set({ unknown: true });
    else if (value === '=') set({ constant: isVocabulary(field) ? (VOCABULARY_WORDS[field][0] ?? '') : '' });
    else set({ column: value.slice(2) });
  };
  const missingColumn = 'column' in source && !preview.columns.includes(source.column);
  return (
    <div className="import-field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={sourceValue(source)}
        onChange={(e) => onSelect(e.target.value)}
        aria-describedby={hint ? `${id}-hint` : undefined}
        data-testid={`import-field-${field}`}
      >
        <option value="">{t('import.source.unknown')}</option>
        <option value="=">{t('import.source.constant')}</option>
        <optgroup label={t('import.columnsGroup')}>
          {missingColumn && <option value={sourceValue(source)}>{source.column}</option>}
          {preview.columns.map((column) => (
            <option key={column} value={`c:${column}`}>
              {column}
            </option>
          ))}
        </optgroup>
      </select>
      {'constant' in source &&
        (isVocabulary(field) ? (
          <select
            aria-label={t('import.constantValue', { field: label })}
            value={source.constant}
            onChange={(e) => set({ constant: e.target.value })}
            data-testid={`import-constant-${field}`}
          >
            {VOCABULARY_WORDS[field].map((word) => {
              const key = `import.kind.${word}`;
              return (
                <option key={word} value={word}>
                  {field === 'kind' && hasKey(key) ? t(key) : word}
                </option>
              );
            })}
          </select>
        ) : (
          <input
            type="text"
            aria-label={t('import.constantValue', { field: label })}
            value={source.constant}
            maxLength={1000}
            onChange={(e) => set({ constant: e.target.value })}
            data-testid={`import-constant-${field}`}
          />
        ))}
      {hint && (
        <span id={`${id}-hint`} className="import-hint">
          {t(hint)}
        </span>
      )}
    </div>
  );
}

/** Distinct sample values of a vocabulary field's column, each with a select of the format's words. */
function ValueMapEditor({
  field,
  session,
}: {
  readonly field: VocabularyField;
  readonly session: ImportSession;
}): React.JSX.Element | null {
  const { t } = useI18n();
  const { mapping, preview } = session;
  const source = mapping.fields[field];
  const column = 'column' in source ? preview.columns.indexOf(source.column) : -1;
  const values = useMemo(() => {
    if (column < 0) return [];
    const seen = new Set<string>();
    for (const row of preview.rows) {
      const text = cellText(row[column]).trim();
      if (text !== '' && seen.size < MAX_VALUES) seen.add(text);
    }
    return [...seen];
  }, [column, preview.rows]);
  if (values.length === 0) return null;
  const map = mapping.valueMaps[field] ?? {};
  const label = fieldLabel(field, t);
  const setValue = (value: string, to: string): void => {
    const next = { ...map };
    if (to === '') delete next[value];
    else next[value] = to;
    updateSession({ mapping: { ...mapping, valueMaps: { ...mapping.valueMaps, [field]: next } } });
  };
  return (
    <fieldset className="import-values" data-testid={`import-values-${field}`}>
      <legend>{t('import.valuesHeading', { field: label })}</legend>
      {values.map((value, i) => (
        <label key={value} className="import-value">
          <bdi className="import-value-from">{value}</bdi>
          <select
            aria-label={t('import.valueFor', { field: label, value })}
            value={Object.prototype.hasOwnProperty.call(map, value) ? map[value] : ''}
            onChange={(e) => setValue(value, e.target.value)}
            data-testid={`import-value-${field}-${i}`}
          >
            <option value="">{t('import.valueAsWritten')}</option>
            {VOCABULARY_WORDS[field].map((word) => (
              <option key={word} value={word}>
                {word}
              </option>
            ))}
          </select>
        </label>
      ))}
    </fieldset>
  );
}

function describeRejections(row: PreviewRow, t: Formatters['t']): string {
  return row.rejected
    .map((issue) => {
      const key = `issue.${issue.code}`;
      return `${issue.field}: ${hasKey(key) ? t(key, { value: issue.value, field: issue.field, limit: '…' }) : issue.code}`;
    })
    .join('; ');
}

const PREVIEW_PROPS = ['date', 'kind', 'outcome', 'people', 'deaths', 'route', 'site'] as const;

function PreviewTable({ session }: { readonly session: ImportSession }): React.JSX.Element {
  const { t, formatNumber } = useI18n();
  const rows = useMemo(
    () => previewRows(session.preview, session.mapping, session.fileName),
    [session.preview, session.mapping, session.fileName],
  );
  const headings: Record<(typeof PREVIEW_PROPS)[number], ImportField> = {
    date: 'date',
    kind: 'kind',
    outcome: 'outcome',
    people: 'people',
    deaths: 'deaths',
    route: 'route',
    site: 'site',
  };
  return (
    <div className="import-preview-scroll">
      <table className="import-preview" data-testid="import-preview">
        <caption>{t('import.previewHeading')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('import.preview.row')}</th>
            {PREVIEW_PROPS.map((prop) => (
              <th key={prop} scope="col">
                {fieldLabel(headings[prop], t)}
              </th>
            ))}
            <th scope="col">{t('import.preview.position')}</th>
            <th scope="col">{t('import.preview.check')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const ok = row.rejected.length === 0;
            return (
              <tr key={row.number} className={ok ? undefined : 'import-row-rejected'} data-loads={ok}>
                <th scope="row">{row.number}</th>
                {PREVIEW_PROPS.map((prop) => {
                  const value =
                    prop === 'route'
                      ? (row.properties['routeName'] ?? row.properties['route'])
                      : row.properties[prop];
                  const unknown = value === null || value === undefined;
                  return (
                    <td key={prop} className={unknown ? 'import-unknown' : undefined}>
                      {unknown ? (
                        t('import.preview.unknown')
                      ) : typeof value === 'number' ? (
                        formatNumber(value)
                      ) : (
                        <bdi>{cellText(value)}</bdi>
                      )}
                    </td>
                  );
                })}
                <td>{row.position ? `${row.position[1].toFixed(2)}, ${row.position[0].toFixed(2)}` : '–'}</td>
                <td>
                  {ok ? (
                    t('import.preview.loads')
                  ) : (
                    <bdi>{t('import.preview.notLoaded', { reasons: describeRejections(row, t) })}</bdi>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function downloadMapping(session: ImportSession): void {
  const blob = new Blob([writeMappingFile(session.mapping, session.preview.columns)], {
    type: 'application/json',
  });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `${session.fileName.replace(/\.[^.]+$/, '')}.mapping.json`;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL by now; keep it a moment for slow browsers.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function OriginNote({ session }: { readonly session: ImportSession }): React.JSX.Element {
  const { t } = useI18n();
  const { origin } = session;
  return (
    <p className="import-origin" role="status" data-testid="import-origin" data-origin={origin.kind}>
      {origin.kind === 'guessed'
        ? t('import.origin.guessed')
        : origin.kind === 'saved'
          ? t('import.origin.saved')
          : t('import.origin.file', { file: origin.fileName })}
      {origin.kind === 'file' && origin.notes.length > 0 && (
        <> {t('import.origin.fileNotes', { paths: origin.notes.map((n) => n.path).join(', ') })}</>
      )}
    </p>
  );
}

/** What stops every row from loading, said before Load is pressed. */
function requiredProblems(mapping: ImportMapping, t: Formatters['t']): string[] {
  const problems: string[] = [];
  for (const field of ['date', 'kind'] as const)
    if ('unknown' in mapping.fields[field])
      problems.push(t('import.required', { field: fieldLabel(field, t) }));
  const { fields, coordinates } = mapping;
  const placed =
    coordinates === 'geometry' ||
    (coordinates === 'columns' && !('unknown' in fields.lat) && !('unknown' in fields.lon)) ||
    (coordinates === 'text' && !('unknown' in fields.latLon)) ||
    ((coordinates === 'gazetteer' || mapping.gazetteerFallback) && !('unknown' in fields.site));
  if (!placed) problems.push(t('import.needsPosition'));
  return problems;
}

function SessionDialog({ session }: { readonly session: ImportSession }): React.JSX.Element {
  const { t, formatNumber } = useI18n();
  const mappingInput = useRef<HTMLInputElement>(null);
  const titleId = useId();
  const destinationId = useId();
  const dateId = useId();
  const coordinatesId = useId();
  const { mapping, preview } = session;
  const setMapping = (change: Partial<ImportMapping>): void =>
    updateSession({ mapping: { ...mapping, ...change } });
  const problems = requiredProblems(mapping, t);
  const shownFields = IMPORT_FIELDS.filter((field) => {
    const only = POSITION_FIELDS[field];
    return only === undefined || only === mapping.coordinates;
  });
  const notes = session.notes;
  return (
    <ModalDialog
      open
      title={t('import.title', { file: session.fileName })}
      closeLabel={t('import.cancel')}
      onClose={closeSession}
      testId="import-dialog"
    >
      <p>{t('import.intro')}</p>
      <OriginNote session={session} />
      <div className="import-toolbar">
        <label className="import-file">
          <span>{t('import.mappingFile')}</span>
          <input
            ref={mappingInput}
            type="file"
            accept=".json,application/json"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void applyMappingFile(file);
              if (mappingInput.current) mappingInput.current.value = '';
            }}
            data-testid="import-mapping-input"
          />
        </label>
        <button type="button" onClick={() => downloadMapping(session)} data-testid="import-mapping-download">
          {t('import.downloadMapping')}
        </button>
      </div>
      <div className="import-meta">
        <label htmlFor={titleId}>{t('import.datasetTitle')}</label>
        <input
          id={titleId}
          type="text"
          maxLength={200}
          placeholder={session.fileName}
          value={mapping.metadata.title ?? ''}
          onChange={(e) => setMapping({ metadata: { ...mapping.metadata, title: e.target.value } })}
          data-testid="import-title"
        />
        <label htmlFor={destinationId}>{t('import.destination')}</label>
        <input
          id={destinationId}
          type="text"
          maxLength={200}
          value={mapping.metadata.destination ?? ''}
          onChange={(e) => setMapping({ metadata: { ...mapping.metadata, destination: e.target.value } })}
          data-testid="import-destination"
        />
      </div>
      <fieldset className="import-fields">
        <legend>{t('import.fieldsHeading')}</legend>
        <div className="import-field">
          <label htmlFor={dateId}>{t('import.dateFormat')}</label>
          <select
            id={dateId}
            value={mapping.dateFormat}
            onChange={(e) => {
              const value = DATE_FORMATS.find((f) => f === e.target.value);
              if (value) setMapping({ dateFormat: value });
            }}
            data-testid="import-date-format"
          >
            {DATE_FORMATS.map((format) => (
              <option key={format} value={format}>
                {t(DATE_FORMAT_KEYS[format])}
              </option>
            ))}
          </select>
        </div>
        <div className="import-field">
          <label htmlFor={coordinatesId}>{t('import.coordinates')}</label>
          <select
            id={coordinatesId}
            value={mapping.coordinates}
            onChange={(e) => {
              const value = COORDINATE_SOURCES.find((c) => c === e.target.value);
              if (value) setMapping({ coordinates: value });
            }}
            data-testid="import-coordinates"
          >
            {COORDINATE_SOURCES.filter((c) => c !== 'geometry' || preview.geometries !== null).map((c) => (
              <option key={c} value={c}>
                {t(`import.coordinates.${c}`)}
              </option>
            ))}
          </select>
          <label className="import-check">
            <input
              type="checkbox"
              checked={mapping.gazetteerFallback}
              disabled={mapping.coordinates === 'gazetteer'}
              onChange={(e) => setMapping({ gazetteerFallback: e.target.checked })}
              data-testid="import-gazetteer-fallback"
            />
            {t('import.gazetteerFallback')}
          </label>
        </div>
        {shownFields.map((field) => (
          <FieldRow key={field} field={field} session={session} />
        ))}
      </fieldset>
      {VOCABULARY_FIELDS.map((field) => (
        <ValueMapEditor key={field} field={field} session={session} />
      ))}
      {!preview.complete && <p className="import-hint">{t('import.previewPartial')}</p>}
      <PreviewTable session={session} />
      {problems.length > 0 && (
        <ul className="import-problems" data-testid="import-problems">
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
      {notes && notes.unplacedNames > 0 && (
        <p className="import-hint" data-testid="import-unplaced">
          {t('import.unplaced', { count: notes.unplacedNames })}{' '}
          <bdi>{notes.unplaced.map(([name, rows]) => `${name} (${formatNumber(rows)})`).join(', ')}</bdi>
        </p>
      )}
      {notes && notes.parseProblemCount > 0 && (
        <p className="import-hint">
          {t('import.parseProblems', {
            count: notes.parseProblemCount,
            row: String(notes.parseProblems[0]?.row ?? '?'),
          })}
        </p>
      )}
      {session.error && (
        <p role="alert" className="import-error" data-testid="import-error">
          {t('import.failed')}{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => useAppStore.getState().setReportOpen(true)}
          >
            {t('import.showReport')}
          </button>
        </p>
      )}
      <div className="import-actions">
        {session.loading && (
          <button type="button" onClick={cancelImportsInWorker} data-testid="import-cancel-load">
            {t('import.cancel')}
          </button>
        )}
        <button
          type="button"
          className="import-primary"
          onClick={() => void loadSession()}
          disabled={session.loading}
          data-testid="import-load"
        >
          {session.loading ? t('import.loading') : t('import.load')}
        </button>
      </div>
    </ModalDialog>
  );
}

/** Mounted once (lazily, with the first import); renders while a file waits for its mapping. */
export function ImportDialog(): React.JSX.Element | null {
  const session = useObservable(importSession);
  return session ? <SessionDialog session={session} /> : null;
}
