// The context filterValueLabel needs, from the store's table and the current language.
import { useMemo } from 'react';
import type { EventTable } from '@/domain/event-table';
import { useI18n } from '@/i18n/i18n-context';
import { LOCALES } from '@/i18n/translate';
import type { LabelContext } from './filter-value-label';

export function useLabelContext(table: EventTable): LabelContext {
  const { t, language } = useI18n();
  return useMemo(() => ({ table, t, locale: LOCALES[language] }), [table, t, language]);
}
