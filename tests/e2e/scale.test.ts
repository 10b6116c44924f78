/**
 * A corpus ten times Resolution 75 (bench/scaleCorpus.ts: relettered, edited, moved, split clauses)
 * built into the app: long views render only the rows near the screen, find reaches the rest, and a
 * long text imported in the browser is aligned in the Web Worker while the page stays responsive.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeScaleCorpus } from '../../src/node/scaleCorpus';
import { appInChromium, appReady } from './server';

const dir = mkdtempSync(join(tmpdir(), 'res75-scale-'));
writeScaleCorpus(10, dir);
const chromium = appInChromium({ revisions: dir, outDir: 'dist-scale-test' });
const COMPARE = '/compare?from=synthetic-older&to=synthetic-newer';

async function open(path: string) {
  const page = await chromium.browser().newPage({ viewport: { width: 1280, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(chromium.url() + path);
  await appReady(page);
  return { page, errors };
}

describe('a document ten times the resolution (Chromium)', () => {
  it('renders only the rows near the screen, and scrolling brings the others', async () => {
    const { page, errors } = await open(COMPARE);
    await page.locator('tr.row').first().waitFor();
    // The prerendered rows are adopted, not thrown away: the spacers come after the first render.
    expect(await page.evaluate(() => document.documentElement.dataset.hydrated)).toBe('yes');
    expect(await page.locator('tr.spacer').count()).toBeGreaterThan(0);
    const total = await page.evaluate(() => document.getElementsByTagName('*').length);
    expect(total).toBeLessThan(3000);
    const first = await page.locator('tr.row').first().getAttribute('id');
    await page.mouse.wheel(0, 20000);
    await page.waitForFunction((id) => document.querySelector('tr.row')?.id !== id, first);
    expect(await page.evaluate(() => document.getElementsByTagName('*').length)).toBeLessThan(3000);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a link naming a clause far down a virtualised comparison opens with that clause in view', async () => {
    // The URL of a row near the end, as "Copy link" would give it.
    const probe = await open(COMPARE);
    await probe.page.getByRole('button', { name: 'Previous change' }).click();
    await probe.page.waitForURL(/clause=/);
    const url = probe.page.url();
    const id = new URL(url).searchParams.get('clause')!;
    await probe.page.close();
    const { page, errors } = await open(url.replace(chromium.url(), ''));
    await page.waitForFunction(
      (rowId) => {
        const r = document.getElementById(`row-${rowId}`)?.getBoundingClientRect();
        return Boolean(r && r.top >= 0 && r.top < window.innerHeight - 40);
      },
      id,
      { timeout: 10000 },
    );
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(10000);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('finds a phrase that is not rendered, and next / previous change walk the whole document', async () => {
    const { page, errors } = await open(COMPARE);
    await page.locator('tr.row').first().waitFor();
    expect(await page.getByText('(part 9)').count()).toBe(0); // far below: not in the page
    await page.getByRole('searchbox', { name: 'Find in this comparison' }).fill('Sustainable Development (part 9)');
    await page.getByRole('button', { name: 'Next match' }).click();
    const focused = page.locator('tr.row:focus');
    await focused.waitFor();
    expect(await focused.textContent()).toContain('(part 9)');
    expect(page.url()).toMatch(/clause=/);
    // Ctrl+F comes to the find box where rows are not all rendered.
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+f');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).type)).toBe('search');
    // From a fresh view, "Previous change" goes to the last change of the document, then the one before.
    await page.goto(chromium.url() + COMPARE);
    await appReady(page);
    await page.getByRole('button', { name: 'Previous change' }).click();
    await page.getByRole('button', { name: 'Previous change' }).click();
    await page.locator('tr.row:focus').waitFor();
    const [at, of] = (await page.getByText(/Change \d+ of \d+/).textContent())!.match(/\d+/g)!.map(Number);
    expect(of).toBeGreaterThan(100);
    expect(at).toBe(of! - 1);
    expect(await page.locator('tr.row:focus').getAttribute('id')).toBe(
      `row-${new URL(page.url()).searchParams.get('clause')}`,
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the virtualised views pass axe-core and tell screen readers how many rows there are', async () => {
    const { source } = await import('axe-core');
    const context = await chromium.browser().newContext({ viewport: { width: 1280, height: 900 } });
    for (const path of [COMPARE, '/synopsis']) {
      const page = await context.newPage();
      await page.goto(chromium.url() + path);
      await appReady(page);
      await page.locator('main tbody tr[aria-rowindex]').first().waitFor();
      const count = Number(await page.locator('main table').getAttribute('aria-rowcount'));
      expect(count).toBeGreaterThan(400);
      expect(await page.locator('main tbody tr[aria-rowindex]').count()).toBeLessThan(80);
      await page.evaluate(source); // through DevTools: the page's CSP forbids injected scripts, rightly
      const violations = await page.evaluate(async () => {
        const result = await (
          window as unknown as {
            axe: { run: (el: Element, o: object) => Promise<{ violations: Array<{ id: string }> }> };
          }
        ).axe.run(document.querySelector('main')!, { rules: { 'color-contrast': { enabled: false } } });
        return result.violations.map((v) => v.id);
      });
      expect(violations).toEqual([]);
      await page.close();
    }
    await context.close();
  });

  it('the synopsis renders only the rows near the screen', async () => {
    const { page, errors } = await open('/synopsis');
    await page.locator('.synopsis tbody tr').first().waitFor();
    expect(await page.evaluate(() => document.getElementsByTagName('*').length)).toBeLessThan(3000);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a long text imported in this browser is aligned in the Web Worker; the page keeps responding', async () => {
    const text = readFileSync(join(dir, 'synthetic-newer.txt'), 'utf8').replace('(part 7);', '(part 7, amended);');
    const { page, errors } = await open('/');
    await page.evaluate((t) => {
      localStorage.setItem(
        'res75.imports',
        JSON.stringify({
          version: 1,
          items: [
            {
              id: 'local-synthetic-newer-x',
              as: 'synthetic-newer',
              fileName: 'big.txt',
              text: t,
              importedAt: '2026-11-27T00:00:00.000Z',
            },
          ],
        }),
      );
    }, text);
    // The worker starts with the route's loader, before the view is painted: on a loaded machine it could
    // finish first, and the status be gone before it is looked for. Its script arrives 2 s late here, so
    // the page is seen while the worker is busy, as a reader of a longer text sees it.
    await page.route(/align\.worker/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 2000));
      await route.continue();
    });
    await page.goto(`${chromium.url()}/compare?from=synthetic-newer&to=local-synthetic-newer-x&only=changes`);
    await page.getByRole('status').filter({ hasText: 'in the background' }).waitFor();
    // While the worker aligns, the page answers at once.
    const t0 = Date.now();
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
    expect(Date.now() - t0).toBeLessThan(500);
    await page.locator('tr.row').first().waitFor({ timeout: 30000 });
    expect(await page.locator('tr.row').count()).toBe(1);
    expect(
      await page.evaluate(() => performance.getEntriesByType('resource').some((e) => /align\.worker/.test(e.name))),
    ).toBe(true);
    expect(await page.locator('tr.row ins').first().textContent()).toContain('amended');
    expect(errors).toEqual([]);
    await page.close();
  });
});
