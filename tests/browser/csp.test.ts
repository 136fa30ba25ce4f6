// The production build under the documented Content-Security-Policy (docs/deploy.md), served under a
// sub-path as a static host would: zero violations, and the dashboard works.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { digits, LANDED, sumPeople } from './demo-file';
import { openPage, startHarness, waitForDashboard, type Harness, type PageRecorder } from './harness';

/** The policy exactly as documented (the code block after "## Content-Security-Policy"). */
function documentedPolicy(): string {
  const doc = readFileSync('docs/deploy.md', 'utf8');
  const block = /## Content-Security-Policy[\s\S]*?```\n([\s\S]*?)```/.exec(doc)?.[1] ?? '';
  return block
    .replace(/^Content-Security-Policy:\s*/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

describe('strict CSP, sub-path hosting', () => {
  let harness: Harness;
  let view: PageRecorder;

  beforeAll(async () => {
    const policy = documentedPolicy();
    expect(policy).toContain("script-src 'self'");
    harness = await startHarness({ 'Content-Security-Policy': policy }, '/tools/lintas/');
    view = await openPage(harness);
    await view.page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) =>
        seen.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    await view.page.goto(harness.baseUrl);
    await waitForDashboard(view.page);
  });
  afterAll(async () => {
    await harness.close();
  });

  it('renders the dashboard from a sub-path', async () => {
    expect(harness.baseUrl).toMatch(/\/tools\/lintas\/$/);
    expect(digits(await view.page.textContent('[data-testid="kpi-landed-people"]'))).toBe(sumPeople(LANDED));
  });

  it('reports no CSP violation and no error', async () => {
    const violations = await view.page.evaluate(
      () => (window as unknown as { __cspViolations: string[] }).__cspViolations,
    );
    expect(violations).toEqual([]);
    expect(view.consoleErrors).toEqual([]);
    expect(view.pageErrors).toEqual([]);
  });
});
