// The catalogue key naming each measure (a plural noun: "people", "dead and missing"), for legends,
// chart titles and exports alike.
import type { MessageKey } from '@/i18n/messages-en';

export type MeasureName = 'people' | 'boats' | 'deaths' | 'events';

export const MEASURE_LABEL_KEY: Readonly<Record<MeasureName, MessageKey>> = {
  people: 'legend.people',
  boats: 'legend.boats',
  deaths: 'legend.deaths',
  events: 'legend.events',
};

/** The series chart's title per measure ("People per month"). */
export const SERIES_TITLE_KEY: Readonly<Record<MeasureName, MessageKey>> = {
  people: 'charts.series.titlePeople',
  boats: 'charts.series.titleBoats',
  deaths: 'charts.series.titleDeaths',
  events: 'charts.series.titleEvents',
};
