// Bahasa Indonesia UI text of the charts feature: every key of chartsMessagesEn (the type enforces it).
import type { chartsMessagesEn } from './messages-en-charts';

export const chartsMessagesId: Record<keyof typeof chartsMessagesEn, string> = {};
