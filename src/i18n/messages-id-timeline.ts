// Bahasa Indonesia UI text of the timeline feature: every key of timelineMessagesEn (the type enforces it).
import type { timelineMessagesEn } from './messages-en-timeline';

export const timelineMessagesId: Record<keyof typeof timelineMessagesEn, string> = {};
