// One door from code that reads the page's WebGL canvases (export) to the code that draws them (the map),
// without either importing the other: the map registers a function that paints its canvases now, in the
// same task, so their pixels can be read before the browser presents the frame and clears the buffer.

type Painter = () => void;

let painter: Painter | null = null;

/** Registers the function that paints the canvases synchronously; returns the unregister function. */
export function setRenderNow(paint: Painter): () => void {
  painter = paint;
  return () => {
    if (painter === paint) painter = null;
  };
}

/** Paints the registered canvases now (no-op when nothing is registered). */
export function renderNow(): void {
  painter?.();
}
