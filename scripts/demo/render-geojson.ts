// Serialises a FeatureCollection with one feature per line, so that the committed demo files diff well.

export function renderFeatureCollection(collection: {
  type: string;
  metadata: object;
  features: readonly object[];
}): string {
  const head = `{"type":${JSON.stringify(collection.type)},"metadata":${JSON.stringify(collection.metadata)},"features":[`;
  const lines = collection.features.map((f) => JSON.stringify(f));
  return `${head}\n${lines.join(',\n')}\n]}\n`;
}
