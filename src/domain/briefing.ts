// A briefing: a titled list of steps, each a saved view (versioned link parameters,
// docs/url-parameters.md) with captions in both languages.

export interface BriefingStep {
  readonly view: string;
  readonly caption: { readonly en: string; readonly id: string };
}

/** The dataset a briefing was written for: its fingerprint (docs/briefing.md) and its title then. */
export interface BriefingDataset {
  readonly fingerprint: string;
  readonly title: string;
}

export interface Briefing {
  readonly title: { readonly en: string; readonly id: string };
  readonly steps: readonly BriefingStep[];
  /** Absent in briefings that do not say (older files): presenting them warns that it is unknown. */
  readonly dataset?: BriefingDataset;
}
