// English UI text of sharing and embedding (merged into the main catalogue in messages-en.ts).
export const shareMessagesEn = {
  'share.button': 'Share / Embed',
  'share.title': 'Share or embed this view',
  'share.link': 'Link to this exact view',
  'share.embedOptions': 'Embed options',
  'share.showTimeline': 'Show the timeline',
  'share.showCharts': 'Show numbers and charts',
  'share.fixed': 'Fixed view (no panning or controls)',
  'share.iframe': 'Code to paste in a web page or slide',
  'share.copy': 'Copy',
  'share.copied': 'Copied',
  'share.note':
    'The embedded dashboard works offline if it is served from the same place as the page or slide.',
  'share.openFull': 'Open the full dashboard',
} as const;
