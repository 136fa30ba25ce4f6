// Embed mode in a host page on another origin: ready and height messages arrive, the host sets the view
// and the time window, malformed messages and messages from origins not allowed are ignored.
import type { Server } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Frame } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoHeadlineOf, digits } from '../../src/testing/demo-oracle';
import { openPage, saveScreenshot, useHarness, waitForDashboard, type PageRecorder } from './harness';

const landedIn = (year: string): number => demoHeadlineOf(`v=1&t=${year}-01-01..${year}-12-31`).landedPeople;

/** A host page on its own origin: an iframe with the embed, and every message it receives recorded. */
function hostPage(src: string): string {
  return `<!doctype html><html><body><h1>Workshop slide</h1>
<iframe id="lintas" src="${src}" title="Lintas" style="border:0;width:900px;height:560px"></iframe>
<script>
  window.__messages = [];
  window.addEventListener('message', (event) => {
    if (event.source === document.getElementById('lintas').contentWindow) window.__messages.push(event.data);
  });
  window.send = (message) => document.getElementById('lintas').contentWindow.postMessage(message, '*');
</script></body></html>`;
}

describe('embed', () => {
  const harness = useHarness();
  let host: Server;
  let hostOrigin = '';
  let view: PageRecorder;
  let frame: Frame;
  const messages = async (): Promise<{ type: string; [key: string]: unknown }[]> =>
    view.page.evaluate(() => (window as unknown as { __messages: { type: string }[] }).__messages);
  const frameKpi = async (): Promise<number> =>
    digits(await frame.textContent('[data-testid="kpi-landed-people"]'));

  beforeAll(async () => {
    let src = '';
    host = createServer((_req, res) =>
      res.writeHead(200, { 'Content-Type': 'text/html' }).end(hostPage(src)),
    );
    await new Promise<void>((done) => host.listen(0, '127.0.0.1', done));
    // localhost and 127.0.0.1 are different origins: the host page is cross-origin to the embed.
    hostOrigin = `http://localhost:${(host.address() as AddressInfo).port}`;
    src = `${harness.baseUrl}?v=1&emb=1&eorg=${encodeURIComponent(hostOrigin)}`;
    view = await openPage(harness, { width: 1000, height: 700 });
    await view.page.goto(`${hostOrigin}/`);
    await view.page.waitForFunction(
      () =>
        (window as unknown as { __messages: { type: string }[] }).__messages.some(
          (m) => m.type === 'lintas:ready',
        ),
      undefined,
      { timeout: 60_000 },
    );
    const found = view.page.frames().find((f) => f.url().startsWith(harness.baseUrl));
    if (!found) throw new Error('embed frame not found');
    frame = found;
    await waitForDashboard(frame);
  });
  afterAll(async () => {
    await new Promise<void>((done) => host.close(() => done()));
  });

  it('announces ready with its view and its content height', async () => {
    const all = await messages();
    const ready = all.find((m) => m.type === 'lintas:ready');
    expect(ready?.['version']).toBe(1);
    expect(String(ready?.['view'])).toContain('emb=1');
    const height = all.find((m) => m.type === 'lintas:height');
    expect(Number(height?.['height'])).toBeGreaterThan(200);
  });

  it('shows the dashboard without the app chrome, labelled illustrative', async () => {
    expect(await frame.locator('[data-testid="embed-header"]').count()).toBe(1);
    expect(await frame.locator('[data-testid="events-file-input"]').count()).toBe(0);
    expect(await frame.isVisible('[data-testid="illustrative-badge"]')).toBe(true);
    expect(await frameKpi()).toBe(demoHeadlineOf('v=1').landedPeople);
  });

  it('takes a time window and a whole view from the host page', async () => {
    await view.page.evaluate(() =>
      (window as unknown as { send: (m: unknown) => void }).send({
        type: 'lintas:set-time',
        start: '2013-01-01',
        end: '2013-12-31',
      }),
    );
    await frame.waitForFunction(
      (n) =>
        Number(
          document.querySelector('[data-testid="kpi-landed-people"]')?.textContent?.replace(/\D/g, ''),
        ) === n,
      landedIn('2013'),
    );
    await view.page.evaluate(() =>
      (window as unknown as { send: (m: unknown) => void }).send({
        type: 'lintas:set-view',
        view: 'v=1&t=2012-01-01..2012-12-31&lang=id',
      }),
    );
    await frame.waitForFunction(
      (n) =>
        Number(
          document.querySelector('[data-testid="kpi-landed-people"]')?.textContent?.replace(/\D/g, ''),
        ) === n,
      landedIn('2012'),
    );
    expect(await frame.textContent('[data-testid="kpi-landed-people"]')).toBe('17.202');
    // Embed mode survives a view change, and the host hears about the new view.
    expect(await frame.locator('[data-testid="embed-header"]').count()).toBe(1);
    await view.page.waitForFunction(() =>
      (window as unknown as { __messages: { type: string; view?: string }[] }).__messages.some(
        (m) => m.type === 'lintas:view' && (m.view ?? '').includes('t=2012-01-01..2012-12-31'),
      ),
    );
    await saveScreenshot(view.page, 'embed-host-page');
  });

  it('answers malformed commands with lintas:error and keeps working', async () => {
    const before = await frameKpi();
    const errorsBefore = (await messages()).filter((m) => m.type === 'lintas:error').length;
    await view.page.evaluate(() => {
      const send = (window as unknown as { send: (m: unknown) => void }).send;
      send('lintas:set-time');
      send({ type: 'lintas:set-time', start: '31/12/2013', end: '2013-12-31' });
      send({ type: 'lintas:set-view', view: { t: 1 } });
      send({ type: 'lintas:unknown' });
    });
    // Messages are handled in order: once the last one is answered, all four have been.
    await view.page.waitForFunction(
      (n) =>
        (window as unknown as { __messages: { type: string }[] }).__messages.filter(
          (m) => m.type === 'lintas:error',
        ).length >= n,
      errorsBefore + 3,
    );
    const errors = (await messages()).filter((m) => m.type === 'lintas:error').slice(errorsBefore);
    expect(errors.map((m) => String(m['message']))).toEqual([
      'lintas:set-time: malformed or unknown command',
      'lintas:set-view: malformed or unknown command',
      'lintas:unknown: malformed or unknown command',
    ]);
    expect(await frameKpi()).toBe(before);
    expect(view.pageErrors).toEqual([]);
  });

  it('ignores commands from an origin that is not allowed', async () => {
    // Same embed, but only https://slides.example.org may command it: our localhost host page may not.
    const src = `${harness.baseUrl}?v=1&emb=1&eorg=${encodeURIComponent('https://slides.example.org')}`;
    const other = await openPage(harness, { width: 1000, height: 700 });
    await other.page.setContent(hostPage(src));
    const embedded = await (await other.page.waitForSelector('#lintas')).contentFrame();
    if (!embedded) throw new Error('no frame');
    await embedded.waitForSelector('[data-testid="app"][data-status="ready"]', { timeout: 60_000 });
    const total = digits(await embedded.textContent('[data-testid="kpi-landed-people"]'));
    await other.page.evaluate(() => {
      const send = (window as unknown as { send: (m: unknown) => void }).send;
      send({ type: 'lintas:set-time', start: '2013-01-01', end: '2013-12-31' });
      send({ type: 'lintas:get-state' });
    });
    await embedded.waitForFunction(() => document.documentElement.dataset['embedIgnored'] === '2');
    expect(digits(await embedded.textContent('[data-testid="kpi-landed-people"]'))).toBe(total);
    const answers = await other.page.evaluate(() =>
      (window as unknown as { __messages: { type: string }[] }).__messages.map((m) => m.type),
    );
    expect(answers).not.toContain('lintas:view');
  });
});
