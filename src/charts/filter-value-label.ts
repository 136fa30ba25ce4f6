// How a filter value is named in chips, legends and lists: route names, country names, translated kinds
// and outcomes, site names as given.
import type { EventTable } from '@/domain/event-table';
import { UNKNOWN_NATIONALITY } from '@/domain/vocabulary';
import type { Translate } from '@/i18n/translate';
import type { FilterDimension } from '@/domain/filter-dimensions';
import { nationalityName } from './nationality-name';
import { isEventKind, isOutcome } from './vocabulary-guards';

export interface LabelContext {
  readonly table: EventTable;
  readonly t: Translate;
  /** BCP 47 locale for country names. */
  readonly locale: string;
}

/** A nationality as "Afghanistan" (short) or "Afghanistan (AFG)". */
export function nationalityLabel(code: string, ctx: LabelContext, short = false): string {
  if (code === UNKNOWN_NATIONALITY) return ctx.t('charts.nationalityUnknown');
  const name = nationalityName(code, ctx.locale);
  return name === code || short ? name : `${name} (${code})`;
}

export function filterValueLabel(dimension: FilterDimension, value: string, ctx: LabelContext): string {
  switch (dimension) {
    case 'routes':
      return ctx.table.routes.find((r) => r.id === value)?.name ?? value;
    case 'nationalities':
      return nationalityLabel(value, ctx);
    case 'kinds':
      return isEventKind(value) ? ctx.t(`kind.${value}`) : value;
    case 'outcomes':
      return isOutcome(value) ? ctx.t(`outcome.${value}`) : value;
    case 'sites':
      return value;
  }
}
