// Read like a delegate (issue #14): the list of changes, the compact head, filters, finds marked,
// the small things, phones and print, the keyboard, provenance as citations — in Chromium, positions
// measured with getBoundingClientRect; axe-core on every route at 1280 and 375 px.
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeOn } from './axe';
import { appInChromium, appReady } from './server';

const SHOTS = 'test-artifacts/screenshots';
const chromium = appInChromium();
const DUBAI_HAMMAMET = '/compare?from=2012-dubai&to=2016-hammamet';

async function open(path: string, width = 1280, height = 900): Promise<Page> {
  const page = await chromium.browser().newPage({ viewport: { width, height } });
  await page.goto(chromium.url() + path);
  await appReady(page);
  await page.waitForFunction(() => !document.querySelector('main .pending'));
  return page;
}

type Box = { top: number; bottom: number; left: number; right: number; height: number };
const box = (page: Page, selector: string) =>
  page.evaluate((s) => {
    const r = document.querySelector(s)?.getBoundingClientRect();
    return r ? { top: r.top, bottom: r.bottom, left: r.left, right: r.right, height: r.height } : null;
  }, selector) as Promise<Box | null>;

/** A property of the focused element. */
const focused = (page: Page, what: 'id' | 'textContent' | 'tagName') =>
  page.evaluate((w) => document.activeElement?.[w], what);

const clause = (page: Page) => page.evaluate(() => new URLSearchParams(location.search).get('clause'));

async function waitInView(page: Page, rowId: string) {
  await page.waitForFunction((id) => {
    const r = document.getElementById(`row-${id}`)?.getBoundingClientRect();
    return Boolean(r && r.top >= 0 && r.top < window.innerHeight - 40);
  }, rowId);
}

beforeAll(() => mkdirSync(SHOTS, { recursive: true }));

describe('the list of changes and the compact head (1280 × 900)', () => {
  it('shows every change beside the rows, first screen, and brings a clicked one into view', async () => {
    const page = await open(DUBAI_HAMMAMET);
    const list = page.getByRole('navigation', { name: /^\d+ changes$/ });
    const count = Number((await list.getByRole('heading', { level: 2 }).textContent())!.match(/\d+/)![0]);
    expect(count).toBe(56);
    expect(await list.getByRole('link').count()).toBe(count);
    // The overview bar: a mark per change along the document (a path per tone, a box per change).
    const marks = await page
      .locator('.overview-bar path.overview-mark')
      .evaluateAll((paths) => paths.reduce((n, p) => n + (p.getAttribute('d')!.match(/M/g)?.length ?? 0), 0));
    expect(marks).toBe(count);
    const listBox = (await box(page, '#change-list'))!;
    const table = (await box(page, 'table.split'))!;
    expect(listBox.right).toBeLessThanOrEqual(table.left);
    expect(listBox.top).toBeLessThan(500);
    // The first clause row within the top 500 px; one line of controls; the warning one line.
    expect((await box(page, 'table.split .row'))!.top).toBeLessThan(500);
    expect((await box(page, '.toolbar'))!.height).toBeLessThan(48);
    expect((await box(page, '.banner-line'))!.height).toBeLessThan(40);
    await page.screenshot({ path: `${SHOTS}/compare-2012-2016-1280.png` });

    const entry = list.getByRole('link', { name: /^b\) → e\) modified, relabelled the relevant resolutions/ });
    await entry.click();
    await page.waitForFunction(() => location.search.includes('clause=considering.e'));
    await waitInView(page, 'considering.e');
    expect(await focused(page, 'id')).toBe('row-considering.e');
    expect(await entry.getAttribute('aria-current')).toBe('location');
    expect(await page.locator('.overview-bar .overview-current').count()).toBe(1);

    // Stepping with n marks the next entry, and the list keeps it in sight while the page follows the row.
    for (let i = 0; i < 12; i++) await page.keyboard.press('n');
    const now = (await clause(page))!;
    await waitInView(page, now);
    const current = page.locator('#change-list a[aria-current="location"]');
    expect(await current.count()).toBe(1);
    expect(await current.getAttribute('href')).toContain(`clause=${now}`);
    const [entryBox, scroller] = await page.evaluate(() => {
      const r = (s: string) => document.querySelector(s)!.getBoundingClientRect();
      return [r('#change-list a[aria-current="location"]'), r('.change-list-entries')].map((b) => ({
        top: b.top,
        bottom: b.bottom,
      }));
    });
    expect(entryBox!.top).toBeGreaterThanOrEqual(scroller!.top);
    expect(entryBox!.bottom).toBeLessThanOrEqual(scroller!.bottom);
    // The list stays in view, far down the page; the sticky column header hides the rows under it.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
    const late = (await box(page, '#change-list'))!;
    expect(late.top).toBeGreaterThanOrEqual(0);
    expect(late.bottom).toBeLessThanOrEqual(900);
    const under = await page.evaluate(() => {
      const th = document.querySelector('table.split thead th')!.getBoundingClientRect();
      return [th.top + 1, th.top + th.height / 2, th.bottom - 1].map(
        (y) => document.elementFromPoint(th.left + 40, y)?.closest('thead') !== null,
      );
    });
    expect(under).toEqual([true, true, true]);
    await page.close();
  });

  it('on a phone the list folds away and opens on request; the head stays short', async () => {
    const page = await open(DUBAI_HAMMAMET, 375, 800);
    const toggle = page.getByRole('button', { name: 'Show the list of changes' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('.change-list-entries').isVisible()).toBe(false);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.screenshot({ path: `${SHOTS}/compare-2012-2016-375.png` });
    await toggle.click();
    expect(await page.getByRole('button', { name: 'Hide the list of changes' }).getAttribute('aria-expanded')).toBe(
      'true',
    );
    await page.getByRole('link', { name: /^b\) → e\) modified, relabelled the relevant resolutions/ }).click();
    await waitInView(page, 'considering.e');
    expect(await page.locator('.change-list-entries').isVisible()).toBe(false);
    await page.close();
  });

  it('the reconstruction details are one click away on screen and printed in full', async () => {
    const page = await open(DUBAI_HAMMAMET);
    const full = 'Hammamet 2016 is a reconstruction.';
    expect(await page.getByText(full).first().isVisible()).toBe(false);
    await page.locator('.banner-details summary').click();
    expect(await page.locator('.banner-details').getByText(full).isVisible()).toBe(true);
    await page.locator('.banner-details summary').click();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.banner .print-only').getByText(full).isVisible()).toBe(true);
    for (const hidden of ['.toolbar', '#change-list', '.find', 'details.menu', '.banner-details'])
      expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
    // A section heading goes over to the next page with its first row.
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.section-row')!).breakAfter)).toBe(
      'avoid',
    );
    await page.pdf({ path: `${SHOTS}/compare-2012-2016-print.pdf`, landscape: true, format: 'A4' });
    await page.close();
  });
});

describe('filters, finds and folds', () => {
  it('every figure of the overview opens exactly the rows it counts', async () => {
    const page = await open('/');
    const cells = page.locator('table.matrix tbody td a');
    const n = await cells.count();
    for (const i of [0, 1, 3, 5, n - 1]) {
      const link = cells.nth(i);
      const figure = Number(await link.textContent());
      await link.click();
      await page.waitForURL(/\/compare\?/);
      await page.waitForSelector('table.split');
      const search = new URL(page.url()).searchParams;
      const kinds = search.get('kind');
      if (kinds) expect(await page.locator('table.split tbody tr.row').count(), page.url()).toBe(figure);
      await page.goBack();
      await page.waitForSelector('table.matrix');
    }
    await page.close();
  });

  it('"Find in this comparison" marks the phrase where it stands and counts n of m', async () => {
    const page = await open(DUBAI_HAMMAMET);
    await page.getByRole('searchbox', { name: 'Find in this comparison' }).fill('Plenipotentiary Conference');
    await page.waitForFunction(() => document.querySelectorAll('.compare-rows mark').length > 0);
    const marks = await page.$$eval('.compare-rows mark', (ms) => [...new Set(ms.map((m) => m.textContent))]);
    expect(marks).toEqual(['Plenipotentiary Conference']);
    await page.getByRole('button', { name: 'Next match' }).click();
    await expect.poll(() => page.locator('.find [aria-live]').textContent()).toMatch(/^1 of \d+ clauses holding it$/);
    await page.close();
  });

  it('a fold says what it will do, carries aria-expanded and folds again; "All clauses" shows every clause', async () => {
    const page = await open('/compare?from=2016-hammamet&to=2022-geneva');
    const fold = page.getByRole('button', { name: /^Show \d+ unchanged clauses$/ }).first();
    const n = Number((await fold.textContent())!.match(/\d+/)![0]);
    expect(await fold.getAttribute('aria-expanded')).toBe('false');
    await fold.click();
    const again = page.getByRole('button', { name: `Fold these ${n} unchanged clauses again` });
    expect(await again.getAttribute('aria-expanded')).toBe('true');
    await again.click();
    expect(await page.getByRole('button', { name: `Fold these ${n} unchanged clauses again` }).count()).toBe(0);
    await page.getByRole('link', { name: 'All clauses' }).click();
    await page.waitForURL(/only=all/);
    expect(await page.locator('.fold-row').count()).toBe(0);
    expect(await page.locator('table.split tbody tr.row').count()).toBe(62);
    await page.close();
  });

  it('a clause moved to another section names it, and a section chip stands apart from its heading', async () => {
    const page = await open(`${DUBAI_HAMMAMET}&clause=noting.a`);
    await waitInView(page, 'noting.a');
    expect(await page.locator('#row-noting\\.a .chip').allTextContents()).toContain(
      'moved from “considering” to “noting”',
    );
    const headings = await page.$$eval('.section-row th', (ths) => ths.map((th) => th.textContent));
    for (const h of headings.filter((t) => t!.includes('section '))) expect(h).toMatch(/\S section (added|removed)/);
    await page.close();
  });

  it('typography shown never breaks a word between two letters (375 px)', async () => {
    const page = await open('/compare?from=2012-dubai&to=2016-hammamet&typography=show', 375, 800);
    const broken = await page.evaluate(() => {
      const out: string[] = [];
      const walker = document.createTreeWalker(document.querySelector('.compare-rows')!, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      const charTop = (node: Text, i: number) => {
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        return range.getClientRects()[0]?.top;
      };
      // Letters on either side of every element boundary and inside every text node.
      let prev: { node: Text; i: number } | null = null;
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        const t = node.data;
        for (let i = 0; i < t.length; i++) {
          // Two letters of one paragraph, one after the other, on different lines: a word broken.
          if (
            /\p{L}/u.test(t[i]!) &&
            prev &&
            node.parentElement!.closest('.clause-text > p') !== null &&
            prev.node.parentElement!.closest('p') === node.parentElement!.closest('p')
          ) {
            const a = charTop(prev.node, prev.i);
            const b = charTop(node, i);
            if (a !== undefined && b !== undefined && b > a + 4)
              out.push(`${prev.node.data.slice(prev.i - 10, prev.i + 1)}|${t.slice(i, i + 10)}`);
          }
          prev = /\p{L}/u.test(t[i]!) ? { node, i } : null;
        }
      }
      return out;
    });
    expect(broken).toEqual([]);
    await page.close();
  });
});

describe('the keyboard', () => {
  it('skip links lead to the comparison and to the list of changes, first in the Tab order', async () => {
    const page = await open(DUBAI_HAMMAMET);
    await page.keyboard.press('Tab');
    expect(await focused(page, 'textContent')).toBe('Skip to content');
    await page.keyboard.press('Tab');
    expect(await focused(page, 'textContent')).toBe('Skip to the comparison');
    await page.keyboard.press('Enter');
    expect(await focused(page, 'id')).toBe('comparison');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('row'))).toBe(true);
    await page.keyboard.press('Shift+Tab');
    await page.evaluate(() => (document.querySelector('a.skip[href="#change-list"]') as HTMLElement).focus());
    await page.keyboard.press('Enter');
    expect(await focused(page, 'id')).toBe('change-list');
    await page.close();
  });

  it('one Tab stop per row; its actions with ← →, Esc back to the row, Enter selects it', async () => {
    const page = await open(DUBAI_HAMMAMET);
    await page.locator('table.split tbody tr.row').first().focus();
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) {
      ids.push((await focused(page, 'id'))!);
      await page.keyboard.press('Tab');
    }
    const rowIds = await page.$$eval('table.split tbody tr.row', (rows) => rows.slice(0, 4).map((r) => r.id));
    expect(ids).toEqual(rowIds);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('ArrowRight');
    // In reading order: the older side's provenance, the row's link, the newer side's provenance.
    expect(await focused(page, 'tagName')).toBe('SUMMARY');
    await page.keyboard.press('ArrowRight');
    expect(await focused(page, 'textContent')).toBe('Copy link');
    await page.keyboard.press('ArrowLeft');
    expect(await focused(page, 'tagName')).toBe('SUMMARY');
    await page.keyboard.press('Escape');
    expect(await focused(page, 'id')).toBe(rowIds[3]);
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => location.search.includes(`clause=${id.replace(/^row-/, '')}`), rowIds[3]!);
    await page.close();
  });

  it('closing the ? help returns focus to what opened it', async () => {
    const page = await open(DUBAI_HAMMAMET);
    const button = page.getByRole('button', { name: 'Keyboard shortcuts' });
    await button.click();
    await page.getByRole('dialog', { name: /Keyboard shortcuts/ }).waitFor();
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Keyboard shortcuts');
    await page.locator('table.split tbody tr.row').nth(2).focus();
    const row = await focused(page, 'id');
    await page.keyboard.press('?');
    await page.getByRole('dialog', { name: /Keyboard shortcuts/ }).waitFor();
    await page.getByRole('button', { name: 'Close' }).click();
    expect(await focused(page, 'id')).toBe(row);
    await page.close();
  });
});

describe('provenance a reader can check', () => {
  it('a verified clause cites its copy and its address', async () => {
    const page = await open('/compare?from=2012-dubai&to=2022-geneva&clause=considering.a');
    await waitInView(page, 'considering.a');
    const row = page.locator('#row-considering\\.a');
    for (const summary of await row.locator('summary').all()) await summary.click();
    // The citations are made as each badge opens.
    await page.waitForFunction(() => document.querySelectorAll('#row-considering\\.a details[open] cite').length >= 2);
    expect(await row.locator('cite').allTextContents()).toEqual(
      expect.arrayContaining([
        'studylib.net',
        'ITU-T edition of WTSA Resolution 75 (Rev. Geneva, 2022), with its FOREWORD, as supplied with the project',
      ]),
    );
    expect(await row.locator('code').allTextContents()).toContain('revisions/2022-geneva.txt');
    expect(await row.getByRole('link', { name: /^https:\/\/studylib\.net\// }).count()).toBeGreaterThan(0);
    await page.close();
  });
});

describe('every route at 1280 and 375 px: axe-core clean, no sideways scroll', () => {
  const routes = [
    '/',
    DUBAI_HAMMAMET,
    `${DUBAI_HAMMAMET}&view=inline&only=changes`,
    `${DUBAI_HAMMAMET}&typography=show&kind=relabelled,moved`,
    '/synopsis',
    '/clause/2022-geneva/considering.e',
    '/search?q=Plenipotentiary%20Conference',
    `/search?q=${'a'.repeat(120)}`,
    '/propose',
    '/proposals',
    '/compare?from=1999-nowhere',
  ];
  for (const width of [1280, 375])
    it(`at ${width} px`, async () => {
      for (const path of routes) {
        const page = await open(path, width, 900);
        expect(await axeOn(page, { contrast: true }), `${path} at ${width}`).toEqual([]);
        expect(
          await page.evaluate(() => document.documentElement.scrollWidth),
          `${path} at ${width}`,
        ).toBeLessThanOrEqual(width);
        await page.close();
      }
    }, 240_000);
});
