// A ranked chart's title in its measure: the long-standing people titles, or the measure named.
import type { ViewMeasure } from '@/domain/aggregates';
import type { Translate } from '@/i18n/translate';
import { MEASURE_LABEL_KEY } from '@/ui/measure-label';
import type { RankedId } from './ranked-views';

const PEOPLE_TITLE = {
  nationalities: 'charts.ranked.nationalities',
  embarkation: 'charts.ranked.embarkation',
  interception: 'charts.ranked.interception',
} as const;
const MEASURE_TITLE = {
  nationalities: 'charts.ranked.nationalitiesBy',
  embarkation: 'charts.ranked.embarkationBy',
  interception: 'charts.ranked.interceptionBy',
} as const;

export function rankedTitle(t: Translate, id: RankedId, measure: ViewMeasure): string {
  if (measure === 'people') return t(PEOPLE_TITLE[id]);
  return t(MEASURE_TITLE[id], { measure: t(MEASURE_LABEL_KEY[measure]) });
}
