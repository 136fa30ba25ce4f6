// English UI text of the Analysis tab: two periods compared, early-warning flags, small-count protection
// (merged into the main catalogue in messages-en.ts).
export const analysisMessagesEn = {
  'panel.analysis': 'Analysis',

  'analysis.compare.heading': 'Compare two periods',
  'analysis.compare.intro':
    'Period A is the reference, period B is compared with it: difference = B − A. Both are counted under the same filters.',
  'analysis.compare.periodA': 'Period A (reference)',
  'analysis.compare.periodB': 'Period B (compared)',
  'analysis.compare.firstDay': 'First day',
  'analysis.compare.lastDay': 'Last day',
  'analysis.compare.apply': 'Compare these periods',
  'analysis.compare.reversed': 'The last day of {period} is before its first day: nothing was changed.',
  'analysis.compare.badDate': 'Enter both days of each period as dates: nothing was changed.',
  'analysis.compare.presets': 'Presets',
  'analysis.compare.presetYearEarlier': 'Time window against the same months a year earlier',
  'analysis.compare.presetBeforeAfter': 'Before and after a date',
  'analysis.compare.presetDate': 'Date',
  'analysis.compare.presetMonths': 'Months on each side',
  'analysis.compare.presetApply': 'Before / after',
  'analysis.compare.presetNoRoom':
    'There is no data on one side of this date: choose a date inside the data ({period}).',
  'analysis.compare.defaultNote':
    'Not chosen yet: B is the time window (or the last 12 months), A the same months a year earlier.',
  'analysis.compare.overlap': 'A and B overlap: the days they share count in both.',
  'analysis.compare.outsideData':
    '{period} lies partly outside the data ({data}): its missing months count as 0.',
  'analysis.compare.figures': 'Key figures, A against B',
  'analysis.compare.figure': 'Figure',
  'analysis.compare.a': 'A',
  'analysis.compare.b': 'B',
  'analysis.compare.difference': 'Difference',
  'analysis.compare.percent': 'Change',
  'analysis.compare.change.new': 'new in B',
  'analysis.compare.change.gone': 'gone in B (−100%)',
  'analysis.compare.change.none': 'none in either',
  'analysis.compare.change.same': 'no change',
  'analysis.compare.percentValue': '{percent}%',
  'analysis.compare.hiddenChange': 'hidden (small count)',
  'analysis.compare.series': 'Per month, A and B ({measure})',
  'analysis.compare.seriesNote':
    'Month 1 is the first month of each period; a partial month counts whole. {scope}',
  'analysis.compare.month': 'Month',
  'analysis.compare.monthN': 'Month {n}',
  'analysis.compare.seriesSummary':
    'A: {a} {measure} in {monthsA} months; B: {b} {measure} in {monthsB} months.',
  'analysis.compare.legs': 'Route legs ({measure})',
  'analysis.compare.sites': 'Sites ({measure} on all records)',
  'analysis.compare.appeared': 'Appeared in B',
  'analysis.compare.disappeared': 'Gone in B',
  'analysis.compare.largestAbsolute': 'Changed most',
  'analysis.compare.largestRelative': 'Changed most, in percent (A at least 1)',
  'analysis.compare.noRows': 'None.',
  'analysis.compare.name': 'Name',
  'analysis.compare.legName': '{route}: {from} → {to}',
  'analysis.compare.map': 'On the map',
  'analysis.compare.mapShow': 'Show on the map',
  'analysis.compare.mapA': 'Period A',
  'analysis.compare.mapB': 'Period B',
  'analysis.compare.mapNote':
    'Sets the time window (and every view) to the period. Flow widths are drawn on one scale for both periods: the largest leg of the whole period, which is at least the larger of the two.',
  'analysis.compare.mapScaleToView':
    'Flow widths are now scaled to each view, so A and B are not on one scale.',
  'analysis.compare.mapOneScale': 'Use one scale',

  'analysis.flags.heading': 'Unusual months',
  'analysis.flags.intro':
    'Months of the time window ({window}) above their seasonal baseline: the total, routes, sites and nationalities, in {measure}.',
  'analysis.flags.method':
    'Test: the improved Farrington method (Noufaily et al. 2013) for months with at least 2 years of history; CDC EARS C1 (no season) for months with 7 to 24 months of history.',
  'analysis.flags.scope': 'Flags of',
  'analysis.flags.scope.total': 'Total ({count})',
  'analysis.flags.scope.route': 'Routes ({count})',
  'analysis.flags.scope.site': 'Sites ({count})',
  'analysis.flags.scope.nationality': 'Nationalities ({count})',
  'analysis.flags.scope.all': 'All ({count})',
  'analysis.flags.scopeNote': 'The timeline marks the flags chosen here.',
  'analysis.flags.count': '{count} flagged months, highest first.',
  'analysis.flags.noneFlagged': 'No tested month of the window is above its threshold.',
  'analysis.flags.notEnoughHistory':
    'Not enough history: {count} of the {months} months of the total in the window have fewer than 7 months before them, so no test can run. They are untested, not calm.',
  'analysis.flags.allNotEnough':
    'Not enough history for any month of the window: every test needs at least 7 earlier months of data. Nothing here is known to be calm.',
  'analysis.flags.earsOnly':
    'The seasonal test needs 2 years and a month of history; until {month} the months are tested with EARS C1, which knows nothing of seasons.',
  'analysis.flags.tooFewCounts':
    '{count} months of the total have fewer than 5 counts in their last 4 months: too few to raise a flag.',
  'analysis.flags.coverage':
    'Series tested: {routes} of {routesAll} routes, {sites} of {sitesAll} sites, {nationalities} of {nationalitiesAll} nationalities (the largest {n} of each).',
  'analysis.flags.skipped': '{count} series with nothing in the window were not tested.',
  'analysis.flags.noData': 'No counts match the filters.',
  'analysis.flags.item':
    '{observed} observed; threshold {threshold} (baseline {expected}); {above} above the threshold, score {score}.',
  'analysis.flags.itemNoThreshold': '{observed} observed; flagged from the previous two months (EARS C3).',
  'analysis.flags.dim.total': 'Total',
  'analysis.flags.dim.route': 'Route',
  'analysis.flags.dim.site': 'Site',
  'analysis.flags.dim.nationality': 'Nationality',
  'analysis.flags.test.farrington':
    'Farrington flexible: {years} of {b} years back, ±{w} months around the same month, {levels} seasonal levels, last {excluded} months left out, one-sided α = {alpha}, {bound}',
  'analysis.flags.bound.nbPlugin': 'negative binomial bound',
  'analysis.flags.bound.muan': 'negative binomial bound on the upper mean',
  'analysis.flags.bound.delta': '2/3-power normal bound',
  'analysis.flags.test.ears':
    'EARS {method}: baseline of the {baseline} months before, one-sided α = {alpha}',
  'analysis.flags.tail': 'P(Y ≥ observed) = {p}',
  'analysis.flags.trend': 'trend ×{factor} a year',
  'analysis.flags.dispersion': 'dispersion {phi}',
  'analysis.flags.showAll': 'Show all {count}',
  'analysis.flags.showFewer': 'Show fewer',
  'analysis.marker.label': '{period}: {count} unusual months flagged ({names})',
  'analysis.marker.more': '{names} and {count} more',

  'analysis.protect.heading': 'Small-count protection',
  'analysis.protect.toggle': 'Hide small counts',
  'analysis.protect.k': 'Threshold k',
  'analysis.protect.on':
    'Protection is on (k = {k}): counts from 1 to {max} are shown as "< {k}" on screen, in tooltips, tables and exports; {mark} marks a count hidden so that a small one cannot be worked out from the totals; event points are moved to the centre of a {cell}° grid cell.',
  'analysis.protect.off': 'Protection is off: every count is shown exactly.',
  'analysis.protect.line':
    'Small-count protection on: counts below {k} shown as "< {k}", {mark} hidden to protect them.',
  'analysis.protect.defaultMeta': 'Default for this dataset, from its metadata: {state}.',
  'analysis.protect.defaultImported': 'Default for data that are not marked illustrative: on, k = 5.',
  'analysis.protect.defaultIllustrative': 'Default for this illustrative dataset (published figures): off.',
  'analysis.protect.personChoice':
    'Your setting for this dataset (a newly loaded dataset starts from its own default).',
  'analysis.protect.reset': 'Back to the default',
  'analysis.protect.stateOn': 'on, k = {k}',
  'analysis.protect.stateOff': 'off',
  'analysis.protect.rule':
    'Rule: primary suppression of every count below k, complementary suppression in tables shown with totals, zeros shown; other counts stay exact (no rounding).',
  'analysis.protect.hiddenMark': '[c]',
  'analysis.protect.hiddenRows':
    '{count} rows hidden to protect small counts (listed in the table as "< {k}" or {mark}).',
  'analysis.protect.csv': 'Small-count protection',
  'analysis.protect.csvRule':
    'Counts from 1 to {max} are written "< {k}"; {mark} marks a count hidden so that a small one cannot be worked out from the totals; zeros are exact.',
  'analysis.protect.geojsonOff':
    'The per-event file is not exported while small-count protection is on: it would show each event with its exact place and people.',

  'analysis.csv.compare': 'Comparison of two periods',
  'analysis.csv.periodA': 'Period A (reference)',
  'analysis.csv.periodB': 'Period B (compared)',
  'analysis.csv.percent': 'Change (%)',
  'analysis.csv.monthA': 'Month of A',
  'analysis.csv.monthB': 'Month of B',
  'analysis.csv.change': 'Change',
  'analysis.compare.mapSwipe': 'A | B swipe',
  'analysis.swipe.label': 'Divider between period A and period B',
  'analysis.swipe.valueText': 'A ({a}) left, B ({b}) right; divider at {pct} % of the map',
  'analysis.swipe.sideA': 'A · {period}',
  'analysis.swipe.sideB': 'B · {period}',
  'analysis.swipe.close': 'Close the swipe',
  'analysis.swipe.note':
    'The swipe splits the map: period A left of the divider, B right of it, under one camera and one flow width scale (the whole period’s largest leg). Drag the divider, or focus it and use the arrow keys (Shift: 10 steps).',
} as const;
