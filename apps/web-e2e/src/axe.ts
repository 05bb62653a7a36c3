/**
 * Accessibility check for browser tests: injects axe-core (the installed dev dependency, no CDN)
 * into the page and runs it on the whole document. Use `expectNoSeriousViolations(page)` on every page.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import type { AxeResults, Result } from 'axe-core';
import type { Page } from 'playwright-core';

import { WORKSPACE_ROOT } from '@mc/testing';

const AXE_SCRIPT = join(WORKSPACE_ROOT, 'node_modules', 'axe-core', 'axe.min.js');

let source: Promise<string> | undefined;
const axeSource = (): Promise<string> => (source ??= readFile(AXE_SCRIPT, 'utf8'));

/** The impacts the issue forbids; minor and moderate findings are reported but do not fail. */
const BLOCKING_IMPACTS: ReadonlySet<string> = new Set(['serious', 'critical']);

/** One line per violation: rule, impact, and the first offending nodes, for a readable failure. */
export function describeViolations(violations: readonly Result[]): string[] {
  return violations.map(
    (violation) =>
      `${violation.id} (${violation.impact ?? 'unknown'}): ${violation.help} — ` +
      violation.nodes
        .slice(0, 3)
        .map((node) => node.target.join(' '))
        .join(', '),
  );
}

/** Runs axe on the page as it is now and returns its serious and critical violations. */
export async function seriousViolations(page: Page): Promise<Result[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) {
    // Evaluated through the DevTools protocol, not as a <script> tag: the app's Content-Security-
    // Policy (script-src 'self') rightly refuses inline scripts, and the page must stay as served.
    await page.evaluate(await axeSource());
  }
  const results = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<AxeResults> } }).axe;
    return axe.run();
  });
  return results.violations.filter((violation) => BLOCKING_IMPACTS.has(violation.impact ?? ''));
}

/**
 * Fails the test when axe finds a serious or critical violation on the page; the message names each.
 * Use as `await expectNoSeriousViolations(page)` after the page has settled.
 */
export async function expectNoSeriousViolations(page: Page): Promise<void> {
  const violations = await seriousViolations(page);
  expect(describeViolations(violations)).toEqual([]);
}
