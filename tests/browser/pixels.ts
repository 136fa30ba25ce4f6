// Pixels of a PNG (a screenshot or an exported file) measured by the browser's own image decoder, in a
// blank page of the same browser context (no CSP there, so the colour test can be compiled in the page).
import type { BrowserContext, Page } from 'playwright-core';

export interface PixelRect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A colour test over 0..255 channels; runs in the page, so it may use only its arguments. */
export type ColorTest = (r: number, g: number, b: number) => boolean;

export interface PngPixels {
  readonly width: number;
  readonly height: number;
  /** Share (0..1) of the pixels in `rect` (default: the whole image) for which `test` holds. */
  share(test: ColorTest, rect?: PixelRect): Promise<number>;
}

const scratchPages = new WeakSet<Page>();

/** Decodes `png` once in a scratch page of `context`; the page closes with the context. */
export async function readPixels(context: BrowserContext, png: Buffer): Promise<PngPixels> {
  const opened = context.pages().filter((other) => !scratchPages.has(other));
  const page = await context.newPage();
  scratchPages.add(page);
  // A new page comes to the front; the page under test goes back there, else Chromium treats it as a
  // background tab and runs its animation frames about once a second (slow clicks, late settle).
  for (const other of opened) await other.bringToFront();
  const dataUrl = `data:image/png;base64,${png.toString('base64')}`;
  const size = await page.evaluate(async (url) => {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = new OffscreenCanvas(image.naturalWidth, image.naturalHeight);
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    if (!ctx) throw new Error('no 2d context');
    ctx.drawImage(image, 0, 0);
    (globalThis as unknown as { __pixels: ImageData }).__pixels = ctx.getImageData(
      0,
      0,
      canvas.width,
      canvas.height,
    );
    return { width: canvas.width, height: canvas.height };
  }, dataUrl);
  return {
    ...size,
    share: (test, rect = { x: 0, y: 0, width: size.width, height: size.height }) =>
      page.evaluate(
        ({ source, area }) => {
          const data = (globalThis as unknown as { __pixels: ImageData }).__pixels;
          // The test's own colour predicate, sent as source (functions do not cross into the page).
          type Test = (r: number, g: number, b: number) => boolean;
          // eslint-disable-next-line @typescript-eslint/no-implied-eval
          const compile = new Function(`return (${source});`) as () => Test;
          const predicate = compile();
          let hits = 0;
          for (let y = area.y; y < area.y + area.height; y++)
            for (let x = area.x; x < area.x + area.width; x++) {
              const i = (y * data.width + x) * 4;
              if (predicate(data.data[i] ?? 0, data.data[i + 1] ?? 0, data.data[i + 2] ?? 0)) hits++;
            }
          return hits / (area.width * area.height);
        },
        { source: test.toString(), area: rect },
      ),
  };
}

/** A colour test for "within `tolerance` of rgb" on every channel. */
export function near(rgb: readonly [number, number, number], tolerance = 6): ColorTest {
  const [r0, g0, b0] = rgb;
  const test: ColorTest = (r, g, b) =>
    Math.abs(r - r0) <= tolerance && Math.abs(g - g0) <= tolerance && Math.abs(b - b0) <= tolerance;
  // The page compiles a test from its source: this one carries its constants inline.
  test.toString = () =>
    `(r, g, b) => Math.abs(r - ${r0}) <= ${tolerance} && Math.abs(g - ${g0}) <= ${tolerance} && Math.abs(b - ${b0}) <= ${tolerance}`;
  return test;
}
