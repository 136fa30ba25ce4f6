// Bahasa Indonesia UI text of the url feature: every key of urlMessagesEn (the type enforces it).
import type { urlMessagesEn } from './messages-en-url';

export const urlMessagesId: Record<keyof typeof urlMessagesEn, string> = {};
