// UI slice: language and panels. Hover state is component-local and never stored.
import type { StateCreator } from 'zustand';
import type { Language } from '@/i18n/translate';
import type { AppState } from './app-state';

export interface UiSlice {
  readonly language: Language;
  readonly sourcesOpen: boolean;
  readonly reportOpen: boolean;
  setLanguage: (language: Language) => void;
  setSourcesOpen: (open: boolean) => void;
  setReportOpen: (open: boolean) => void;
}

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set) => ({
  language: 'en',
  sourcesOpen: false,
  reportOpen: false,
  setLanguage: (language) => set({ language }),
  setSourcesOpen: (sourcesOpen) => set({ sourcesOpen }),
  setReportOpen: (reportOpen) => set({ reportOpen }),
});
