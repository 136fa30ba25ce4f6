// Shared set-up for browser tests: serve dist/ on loopback, launch headless Chromium, record every request
// and console error of a page, and save screenshots under test-output/ (git-ignored).
import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { serveDirectory } from '../../scripts/serve-dist';

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const SCREENSHOT_DIR = 'test-output/screenshots';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--enable-unsafe-swiftshader',
  '--use-angle=swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-dev-shm-usage',
];

export interface Harness {
  readonly baseUrl: string;
  readonly browser: Browser;
  close(): Promise<void>;
}

export async function startHarness(headers: Record<string, string> = {}, basePath = '/'): Promise<Harness> {
  const server: Server = await serveDirectory({ dir: 'dist', port: 0, host: '127.0.0.1', headers, basePath });
  const { port } = server.address() as AddressInfo;
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  return {
    baseUrl: `http://127.0.0.1:${port}${basePath}`,
    browser,
    async close() {
      await browser.close();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}

export interface PageRecorder {
  readonly page: Page;
  /** Every URL the page requested, in order. */
  readonly requests: string[];
  readonly consoleErrors: string[];
  readonly pageErrors: string[];
}

/** Opens a fresh page (own context, fresh storage) that records requests and errors. */
export async function openPage(harness: Harness, width = 1280, height = 720): Promise<PageRecorder> {
  const context = await harness.browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  const recorder: PageRecorder = { page, requests: [], consoleErrors: [], pageErrors: [] };
  page.on('request', (request) => recorder.requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') recorder.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => recorder.pageErrors.push(error.message));
  return recorder;
}

/** Waits until the demo data are loaded and the map has gone idle once. */
export async function waitForDashboard(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="app"][data-status="ready"]', { timeout: 60_000 });
  await page.waitForSelector('[data-testid="map"][data-map-ready="true"]', { timeout: 60_000 });
  await page.waitForSelector('[data-layers-ready="true"]', { timeout: 60_000 });
}

export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path });
  return path;
}
