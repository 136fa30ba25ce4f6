// English UI text of the timeline feature (merged into the main catalogue in messages-en.ts).
export const timelineMessagesEn = {} as const;
