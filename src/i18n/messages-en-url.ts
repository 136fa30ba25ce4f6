// English UI text of the url feature (merged into the main catalogue in messages-en.ts).
export const urlMessagesEn = {} as const;
