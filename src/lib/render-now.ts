// One door from code that reads the page's WebGL canvases (export) to the code that draws them (the map),
// without either importing the other: the map registers a function that paints its canvases now, in the
// same task, so their pixels can be read before the browser presents the frame and clears the buffer.

type Painter = () => void;

// Several may register (the map, and the swipe's second side while it is on); they paint in that order.
const painters = new Set<Painter>();

/** Registers a function that paints canvases synchronously; returns the unregister function. */
export function setRenderNow(paint: Painter): () => void {
  painters.add(paint);
  return () => {
    painters.delete(paint);
  };
}

/** Paints the registered canvases now (no-op when nothing is registered). */
export function renderNow(): void {
  for (const paint of painters) paint();
}
