/**
 * docs/compatibility.html in a real browser, like certification.html (reporters/render/html.test.ts):
 * it loads from disk with no other request, shows each column's versions and database, colours the
 * verdicts, and a FAIL cell's link lands on the deviation with its replay command. Needs Debian's
 * chromium; skipped, saying so, where it is absent.
 */
import { chromium, expect, test, type Page } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/config';
import { deviationAnchor, matrixHtml } from './render';
import { sampleMatrix } from './testing';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const COMMITTED = join(PROJECT_ROOT, 'docs', 'compatibility.html');

test('the page is self-contained: no script, no stylesheet link, no external source', () => {
  const html = matrixHtml(sampleMatrix());
  expect(html).not.toMatch(/<script|<link|<img|<iframe|\bsrc=|@import|url\(/i);
  expect(html).toContain('<style>');
});

async function inChromium(file: string, check: (page: Page) => Promise<void>): Promise<void> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(`file://${file}`);
    await check(page);
    expect(requested.filter((url) => !url.startsWith('file://'))).toEqual([]);
  } finally {
    await browser.close();
  }
}

test('in chromium: columns with versions and database, verdict colours, a FAIL link lands on its deviation and replay', async () => {
  test.skip(!existsSync(CHROMIUM), `${CHROMIUM} is absent: install Debian's chromium (apt-get install -y chromium) to run this test`);
  const dir = mkdtempSync(join(tmpdir(), 'matrix-html-'));
  try {
    const file = join(dir, 'compatibility.html');
    writeFileSync(file, matrixHtml(sampleMatrix()));
    await inChromium(file, async (page) => {
      await expect(page.locator('table.matrix th.col[data-column="mlflow-postgres"]')).toContainText('postgres (PostgreSQL) 15.14');
      await expect(page.locator('table.matrix th.col[data-column="mlflow-postgres"]')).toContainText('PostgreSQL');
      const row = page.locator('table.matrix tr[data-requirement="VIEW-INVALID-400"]');
      await expect(row.locator('td.strength')).toHaveText(/documented|inferred|upstream/);
      const fail = row.locator('td[data-column="mlflow"]');
      await expect(fail).toHaveAttribute('data-verdict', 'FAIL');
      await expect(fail).toHaveCSS('background-color', 'rgb(255, 235, 233)');
      await expect(page.locator('table.matrix tr[data-requirement="ORDER-MISSING-LAST"] td[data-column="mlflow-postgres"]')).toHaveText('FAIL (unexplained)');
      await fail.locator('a').click();
      expect(new URL(page.url()).hash).toBe(`#${deviationAnchor('mlflow', 'VIEW-INVALID-400')}`);
      const deviation = page.locator(`li#${deviationAnchor('mlflow', 'VIEW-INVALID-400')}`);
      await expect(deviation).toBeInViewport();
      await expect(deviation).toContainText('answered 200 as if ACTIVE_ONLY');
      await expect(deviation.locator('pre.replay')).toHaveText(/^SUITE_SEED=7 curl .*\$TARGET_URL\/api\/2\.0\/mlflow\/runs\/search/);
      await expect(page.locator('li[data-pair="mlflow:mlflow-postgres"]')).toContainText('ORDER-MISSING-LAST');
      await expect(page.locator('#provenance')).toContainText('npm run matrix -- smoke --seed 7');
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('in chromium: the committed docs/compatibility.html links every FAIL cell to a deviation with a replay command', async () => {
  test.skip(!existsSync(CHROMIUM), `${CHROMIUM} is absent: install Debian's chromium (apt-get install -y chromium) to run this test`);
  test.skip(!existsSync(COMMITTED), 'docs/compatibility.html is not there yet (npm run matrix writes it)');
  expect(readFileSync(COMMITTED, 'utf8')).not.toMatch(/<script|<link|<img|<iframe|\bsrc=|@import|url\(/i);
  await inChromium(COMMITTED, async (page) => {
    expect(await page.locator('table.matrix th.col').count()).toBeGreaterThanOrEqual(7);
    const links = await page.locator('table.matrix td[data-verdict="FAIL"] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) {
      const target = page.locator(`li${href}`);
      await expect(target, href).toHaveCount(1);
      await expect(target.locator('pre.replay'), `${href} has a replay command`).toHaveCount(1);
    }
    await expect(page.locator('table.matrix td.unexplained')).toHaveCount(0);
  });
});
