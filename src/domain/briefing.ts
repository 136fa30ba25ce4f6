// A briefing: a titled list of steps, each a saved view (versioned link parameters,
// docs/url-parameters.md) with captions in both languages.

export interface BriefingStep {
  readonly view: string;
  readonly caption: { readonly en: string; readonly id: string };
}

export interface Briefing {
  readonly title: { readonly en: string; readonly id: string };
  readonly steps: readonly BriefingStep[];
}
