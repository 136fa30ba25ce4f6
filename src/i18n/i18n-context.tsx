// React access to the current language's translator and formatters.
import { createContext, useContext } from 'react';
import { createFormatters, type Formatters } from './translate';

export const I18nContext = createContext<Formatters>(createFormatters('en'));

export function useI18n(): Formatters {
  return useContext(I18nContext);
}
