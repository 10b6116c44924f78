import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpusFromDir } from '../../src/node/readCorpus';
import { paragraphBombDocx, revisionDocx } from '../import/fixtures';
import { fileTransfer } from './files';
import { appInChromium, appReady } from './server';

const chromium = appInChromium();

/** The file names of the imports kept in this browser's IndexedDB. */
function storedImports(page: import('playwright-core').Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('res75');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('imports').objectStore('imports').getAll();
          all.onsuccess = () => resolve((all.result as Array<{ fileName: string }>).map((i) => i.fileName));
        };
      }),
  );
}

describe('dropping an official Word file on the home page (Chromium)', () => {
  it('reads the .docx in the browser, reports clause by clause and compares it with the stored text', async () => {
    const stored = loadCorpusFromDir().get('2016-hammamet')!;
    const bytes = await revisionDocx(stored, (t, key) =>
      key === 'resolves.3' ? t.replace('carry out', 'undertake') : t,
    );
    const page = await chromium.browser().newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    await page.goto(chromium.url() + '/');
    await appReady(page);
    const region = page.getByRole('region', { name: 'Check Hammamet 2016 against a file' });
    const transfer = await fileTransfer(
      page,
      'R75-Hammamet.docx',
      bytes,
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    await region.dispatchEvent('drop', { dataTransfer: transfer });
    const report = region.getByRole('group', { name: 'Report on R75-Hammamet.docx' });
    await report.waitFor({ timeout: 20000 });
    expect(await report.textContent()).toContain('61 clauses confirmed, 1 differ');
    // Named as delegates cite it, and the report stays inside its card (issue #14).
    expect(await report.textContent()).toContain('Differing: resolves 3');
    const [inner, card] = await report.evaluate((el) =>
      [el, el.closest('.card')!].map((e) => {
        const r = e.getBoundingClientRect();
        return { left: r.left, right: r.right };
      }),
    );
    expect(inner!.right).toBeLessThanOrEqual(card!.right);
    expect(inner!.left).toBeGreaterThanOrEqual(card!.left);
    // mammoth converted the file in a Web Worker, not on the page's thread.
    expect(workers.some((u) => /read\.worker/.test(u))).toBe(true);
    await report.getByRole('link', { name: 'Compare the stored text with this file' }).click();
    await page
      .getByRole('heading', {
        level: 1,
        name: /Compare Hammamet 2016 with Hammamet 2016 \(imported from R75-Hammamet\.docx\)/,
      })
      .waitFor();
    expect(await page.locator('ins').first().textContent()).toContain('undertake');
    await page.screenshot({ path: 'test-artifacts/screenshots/import-compare.png' });
    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.locator('ins').first().textContent()).toContain('undertake');
    // Kept in IndexedDB, not in localStorage (whose ~5 MB a few long texts would fill).
    expect(await page.evaluate(() => localStorage.getItem('res75.imports'))).toBeNull();
    expect(await storedImports(page)).toEqual(['R75-Hammamet.docx']);
    expect(errors).toEqual([]);
  });

  it('reads an official PDF in the browser (PDF.js in its own worker) and confirms every clause', async () => {
    // The PDF as LibreOffice makes it of an ITU-style edition of the stored text (issue #15).
    const stored = loadCorpusFromDir().get('2022-geneva')!;
    const dir = mkdtempSync(join(tmpdir(), 'res75-pdf-e2e-'));
    writeFileSync(
      join(dir, 'R75-Geneva.docx'),
      await revisionDocx(stored, undefined, { hanging: true, centred: true, running: 'WTSA-20 – Resolution 75' }),
    );
    execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'R75-Geneva.docx')], {
      stdio: 'ignore',
      timeout: 120_000,
    });
    const bytes = readFileSync(join(dir, 'R75-Geneva.pdf'));
    const page = await chromium.browser().newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(chromium.url() + '/');
    await appReady(page);
    const region = page.getByRole('region', { name: 'Check Geneva 2022 against a file' });
    const transfer = await fileTransfer(page, 'R75-Geneva.pdf', bytes, 'application/pdf');
    await region.dispatchEvent('drop', { dataTransfer: transfer });
    const report = region.getByRole('group', { name: 'Report on R75-Geneva.pdf' });
    await report.waitFor({ timeout: 30000 });
    expect(await report.textContent()).toContain(
      '62 clauses confirmed, 0 differ, 0 only in the file, 0 only in the stored text',
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('refuses a small .docx that unpacks to two million paragraphs at once, without freezing the page', async () => {
    const bytes = await paragraphBombDocx();
    const page = await chromium.browser().newPage();
    await page.goto(chromium.url() + '/');
    await appReady(page);
    const region = page.getByRole('region', { name: 'Check Hammamet 2016 against a file' });
    const transfer = await fileTransfer(page, 'bomb.docx', bytes);
    // Long tasks on the page's thread from the drop to the refusal (111 s before the limits were read first).
    await page.evaluate(() => {
      (window as unknown as { longest: number }).longest = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries())
          (window as unknown as { longest: number }).longest = Math.max(
            (window as unknown as { longest: number }).longest,
            e.duration,
          );
      }).observe({ type: 'longtask' });
    });
    const t = Date.now();
    await region.dispatchEvent('drop', { dataTransfer: transfer });
    const alert = region.getByRole('alert');
    await alert.waitFor({ timeout: 10000 });
    expect(await alert.textContent()).toMatch(
      /bomb\.docx was not opened: its text \(word\/document\.xml\) unpacks to 11\.\d MB/,
    );
    expect(Date.now() - t).toBeLessThan(3000);
    expect(await page.evaluate(() => (window as unknown as { longest: number }).longest)).toBeLessThan(500);
    await page.close();
  });

  it('moves texts an earlier version kept in localStorage into IndexedDB, and sets a broken one aside', async () => {
    const page = await chromium.browser().newPage();
    await page.goto(chromium.url() + '/');
    await appReady(page);
    const text = loadCorpusFromDir()
      .get('2012-dubai')!
      .clauses.map((c) => (c.labelPath.length ? `${c.labelPath.at(-1)}\t${c.text}` : c.text))
      .join('\n');
    await page.evaluate((t) => {
      const good = {
        id: 'local-2012-dubai-old',
        as: '2012-dubai',
        fileName: 'old.txt',
        text: t,
        importedAt: '2026-01-01T00:00:00.000Z',
      };
      localStorage.setItem(
        'res75.imports',
        JSON.stringify({ version: 1, items: [good, { ...good, id: 7, fileName: 'broken.txt' }] }),
      );
    }, text);
    await page.reload();
    await appReady(page);
    await page.getByRole('alert').filter({ hasText: 'broken.txt' }).waitFor();
    expect(await storedImports(page)).toEqual(['old.txt']);
    expect(await page.evaluate(() => localStorage.getItem('res75.imports'))).toBeNull();
    expect(
      await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('res75.quarantine.')).length),
    ).toBe(1);
    await page.close();
  });
});
