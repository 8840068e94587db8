/**
 * certification.html in a real browser: it loads from disk with no other request, states the
 * verdict, and shows a failure's evidence without a click. Needs Debian's chromium
 * (`apt-get install -y chromium`); skipped, saying so, where it is absent.
 */
import { chromium, expect, test } from '@playwright/test';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/config';
import { SAMPLE_EVIDENCE, sampleBundle } from '../testing/sample';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const SCREENSHOT = join(PROJECT_ROOT, 'reports', 'certification-html.png');

test('the page is self-contained: no script, no stylesheet link, no external source', () => {
  const html = readFileSync(join(sampleBundle('ORDER-INVALID-400').dir, 'certification.html'), 'utf8');
  expect(html).not.toMatch(/<script|<link|<img|<iframe|\bsrc=|@import|url\(/i);
  expect(html).toContain('<style>');
});

test('in chromium: the verdict at a glance, and the failure folded open with its evidence', async () => {
  test.skip(!existsSync(CHROMIUM), `${CHROMIUM} is absent: install Debian's chromium (apt-get install -y chromium) to run this test`);
  const { dir } = sampleBundle('ORDER-INVALID-400');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(`file://${join(dir, 'certification.html')}`);

    await expect(page.locator('#verdict h1')).toHaveText('NOT CERTIFIED');
    await expect(page.locator('#verdict')).toHaveCSS('background-color', 'rgb(207, 34, 46)');
    await expect(page.locator('table.matrix tr[data-area="order"] td[data-verdict="FAIL"]')).toHaveText('1');

    const failure = page.locator('details[data-requirement="ORDER-INVALID-400"]');
    await expect(failure).toHaveAttribute('open', '');
    await expect(failure.locator('> summary')).toContainText('FAIL ORDER-INVALID-400');
    await expect(failure.locator('details.evidence')).toHaveAttribute('open', '');
    await expect(failure.locator('blockquote')).toBeVisible();
    await expect(failure.locator('pre.message')).toContainText('Received: 200');
    await expect(failure.locator('pre.counterexample')).toHaveText(SAMPLE_EVIDENCE.counterexample!);
    await expect(failure.locator('pre.exchanges')).toContainText('> POST http://127.0.0.1:9/api/2.0/mlflow/runs/search');
    await expect(failure.locator('pre.exchanges')).toContainText('> authorization: [REDACTED]');
    await expect(failure.locator('code.replay')).toHaveText(/^npm run replay -- .*ORDER-INVALID-400-1\.json/);
    await expect(failure.locator('dd', { hasText: 'SUITE_SEED=42' }).first()).toContainText('fast-check path 12:0:1');

    // The latency chart: one bar per query class the run sent, p50 inside p95, max as a tick.
    const { report } = sampleBundle('ORDER-INVALID-400');
    const classes = Object.keys(report.latency);
    expect(classes).toEqual(['plain', 'filter-metric', 'order-by', 'page', 'rejected']);
    await expect(page.locator('#latency svg.latency g.latency-row text.label')).toHaveText(classes);
    for (const c of classes) {
      const row = page.locator(`svg.latency g.latency-row[data-class="${c}"]`);
      const p50 = (await row.locator('rect.p50').boundingBox())!;
      const p95 = (await row.locator('rect.p95').boundingBox())!;
      expect(p50.width).toBeGreaterThan(0);
      expect(p95.width).toBeGreaterThanOrEqual(p50.width);
      await expect(row.locator('line.max')).toHaveCount(1);
      await expect(row.locator('text.values')).toContainText(`n=${report.latency[c as keyof typeof report.latency]!.count}`);
    }
    const metric = page.locator('svg.latency g[data-class="filter-metric"]');
    await expect(metric).toHaveAttribute('data-max', '40');
    await expect(metric.locator('text.values')).toHaveText(/^4 \/ 40 \/ 40 ms · n=\d+$/);

    // Failures come before the table of all requirements.
    const failuresTop = (await page.locator('#failures').boundingBox())!.y;
    expect(failuresTop).toBeLessThan((await page.locator('#requirements').boundingBox())!.y);
    expect(requested.filter((url) => !url.startsWith('file://'))).toEqual([]);

    mkdirSync(join(PROJECT_ROOT, 'reports'), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
  } finally {
    await browser.close();
  }
});
