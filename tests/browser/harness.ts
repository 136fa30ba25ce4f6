// Shared set-up for browser tests: serve dist/ on loopback, launch headless Chromium, record every request
// and console error of a page, wait on the app's own signals, and save screenshots under test-output/.
//
// Every browser context a test file opens is tracked: contexts opened inside a test are closed after that
// test, contexts opened in beforeAll when the file ends. Pages start with reduced motion unless a test
// asks for motion. Nothing here sleeps: waits are on the app's settle signal (data-render-seq on the map,
// see src/map/use-render-settle.ts) or on DOM conditions.
import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Frame, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { CHROMIUM_PATH, HEADLESS_CHROMIUM_ARGS } from '../../scripts/headless-chromium';
import { serveDirectory } from '../../scripts/serve-dist';

export const SCREENSHOT_DIR = 'test-output/screenshots';

/** The production build served (LINTAS_DIST lets a second checkout's build be tested beside this one). */
export const DIST_DIR = process.env['LINTAS_DIST'] ?? 'dist';

/** Time for the first load of the dashboard (CPU WebGL on a 2-core machine), in milliseconds. */
const LOAD_TIMEOUT_MS = 60_000;

export interface Harness {
  readonly baseUrl: string;
  readonly browser: Browser;
}

export interface HarnessOptions {
  readonly headers?: Record<string, string>;
  /** Sub-path the build is served under, with slashes at both ends. */
  readonly basePath?: string;
}

export interface PageOptions {
  readonly width?: number;
  readonly height?: number;
  /** Motion only where the test is about motion. */
  readonly reducedMotion?: 'reduce' | 'no-preference';
}

export interface PageRecorder {
  readonly page: Page;
  readonly context: BrowserContext;
  /** Every URL the page requested, in order. */
  readonly requests: string[];
  readonly consoleErrors: string[];
  readonly pageErrors: string[];
}

interface Tracker {
  inTest: boolean;
  readonly fileContexts: Set<BrowserContext>;
  readonly testContexts: Set<BrowserContext>;
}

const trackers = new WeakMap<Harness, Tracker>();

/**
 * Starts the server and the browser for one test file and registers the hooks that close them and every
 * context opened (per test and per file). Fields of the returned object are set in beforeAll.
 */
export function useHarness(options: HarnessOptions = {}): Harness {
  const holder: { baseUrl: string; browser: Browser | null } = { baseUrl: '', browser: null };
  let server: Server | null = null;
  const tracker: Tracker = { inTest: false, fileContexts: new Set(), testContexts: new Set() };
  const harness: Harness = {
    get baseUrl() {
      return holder.baseUrl;
    },
    get browser() {
      if (!holder.browser) throw new Error('the harness starts in beforeAll');
      return holder.browser;
    },
  };
  trackers.set(harness, tracker);

  beforeAll(async () => {
    const basePath = options.basePath ?? '/';
    server = await serveDirectory({
      dir: DIST_DIR,
      port: 0,
      host: '127.0.0.1',
      headers: options.headers ?? {},
      basePath,
    });
    const { port } = server.address() as AddressInfo;
    holder.baseUrl = `http://127.0.0.1:${port}${basePath}`;
    holder.browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: [...HEADLESS_CHROMIUM_ARGS],
    });
  });
  beforeEach(() => {
    tracker.inTest = true;
  });
  afterEach(async () => {
    tracker.inTest = false;
    await Promise.all([...tracker.testContexts].map((c) => c.close()));
    tracker.testContexts.clear();
  });
  afterAll(async () => {
    tracker.inTest = false;
    await Promise.all([...tracker.fileContexts, ...tracker.testContexts].map((c) => c.close()));
    await holder.browser?.close();
    const running = server;
    if (running) await new Promise<void>((done) => running.close(() => done()));
  });
  return harness;
}

/**
 * Opens a page in a fresh context (fresh storage) that records requests and errors. Opened in beforeAll,
 * it lives for the file; opened in a test, it is closed after the test.
 */
export async function openPage(harness: Harness, options: PageOptions = {}): Promise<PageRecorder> {
  const tracker = trackers.get(harness);
  const context = await harness.browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 720 },
    reducedMotion: options.reducedMotion ?? 'reduce',
  });
  (tracker?.inTest === true ? tracker.testContexts : tracker?.fileContexts)?.add(context);
  const page = await context.newPage();
  const recorder: PageRecorder = { page, context, requests: [], consoleErrors: [], pageErrors: [] };
  page.on('request', (request) => recorder.requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') recorder.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => recorder.pageErrors.push(error.message));
  return recorder;
}

type Target = Page | Frame;

/** The last layer push that is drawn on screen (0 before the first), from the map's settle signal. */
export async function renderSeq(target: Target): Promise<number> {
  return Number(
    (await target.getAttribute('[data-testid="map"]', 'data-render-seq', { timeout: LOAD_TIMEOUT_MS })) ?? 0,
  );
}

/** Waits until every layer push so far is drawn (and, with `after`, at least one push after it). */
export async function waitForSettled(target: Target, after = 0): Promise<void> {
  await target.waitForFunction(
    (min) => {
      const map = document.querySelector('[data-testid="map"]');
      const drawn = Number(map?.getAttribute('data-render-seq') ?? 0);
      const pushed = Number(map?.getAttribute('data-layer-seq') ?? 0);
      return drawn > min && drawn === pushed;
    },
    after,
    { timeout: LOAD_TIMEOUT_MS },
  );
}

/** Runs an action that changes what the map shows, then waits until that change is drawn. */
export async function settleAfter(target: Target, action: () => Promise<unknown>): Promise<void> {
  const before = await layerSeq(target);
  await action();
  await waitForSettled(target, before);
}

async function layerSeq(target: Target): Promise<number> {
  return Number((await target.getAttribute('[data-testid="map"]', 'data-layer-seq')) ?? 0);
}

/** Waits until the data are loaded and every layer push is drawn. */
export async function waitForDashboard(target: Target): Promise<void> {
  await target.waitForSelector('[data-testid="app"][data-status="ready"]', { timeout: LOAD_TIMEOUT_MS });
  await waitForSettled(target);
}

/**
 * Opens `search` (e.g. "?v=1&t=2012") through the app's own history path: no reload. Waits until the
 * map has drawn the new view; pass `redraws: false` when the view changes nothing the map draws.
 */
export async function navigateInApp(page: Page, search: string, { redraws = true } = {}): Promise<void> {
  const go = (): Promise<void> =>
    page.evaluate((query) => {
      history.pushState(null, '', `${location.pathname}${query}`);
      dispatchEvent(new PopStateEvent('popstate'));
    }, search);
  if (redraws) await settleAfter(page, go);
  else await go();
}

/** The number in a figure on screen ("51,953", "51.953"), ignoring separators. */
export async function figure(target: Target, testId: string): Promise<number> {
  return Number(((await target.textContent(`[data-testid="${testId}"]`)) ?? '').replace(/[^0-9]/g, ''));
}

/** Waits until the figure with data-testid `testId` shows `value`. */
export async function waitForFigure(target: Target, testId: string, value: number): Promise<void> {
  await target.waitForFunction(
    ([id, expected]) =>
      Number(document.querySelector(`[data-testid="${id}"]`)?.textContent?.replace(/\D/g, '')) === expected,
    [testId, value] as const,
    { timeout: LOAD_TIMEOUT_MS },
  );
}

export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path });
  return path;
}
