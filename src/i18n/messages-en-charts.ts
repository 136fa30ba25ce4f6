// English UI text of the charts feature (merged into the main catalogue in messages-en.ts).
export const chartsMessagesEn = {} as const;
