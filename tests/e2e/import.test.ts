import { describe, expect, it } from 'vitest';
import { loadCorpusFromDir } from '../../src/cli/fsCorpus';
import { paragraphBombDocx, revisionDocx } from '../import/fixtures';
import { appInChromium, appReady } from './server';

const chromium = appInChromium();

describe('dropping an official Word file on the home page (Chromium)', () => {
  it('reads the .docx in the browser, reports clause by clause and compares it with the stored text', async () => {
    const stored = loadCorpusFromDir().get('2016-hammamet')!;
    const bytes = await revisionDocx(stored, (t, key) => (key === 'resolves.3' ? t.replace('carry out', 'undertake') : t));
    const page = await chromium.browser().newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(chromium.url() + '/');
    await appReady(page);
    const region = page.getByRole('region', { name: 'Check Hammamet 2016 against a file' });
    const transfer = await page.evaluateHandle((data: number[]) => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(data)], 'R75-Hammamet.docx', { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }));
      return dt;
    }, [...bytes]);
    await region.dispatchEvent('drop', { dataTransfer: transfer });
    const report = region.getByRole('group', { name: 'Report on R75-Hammamet.docx' });
    await report.waitFor({ timeout: 20000 });
    expect(await report.textContent()).toContain('61 clauses confirmed, 1 differ');
    await report.getByRole('link', { name: 'Compare the stored text with this file' }).click();
    await page.getByRole('heading', { level: 1, name: /Compare Hammamet 2016 with Hammamet 2016 \(imported from R75-Hammamet\.docx\)/ }).waitFor();
    expect(await page.locator('ins').first().textContent()).toContain('undertake');
    await page.screenshot({ path: 'test-artifacts/screenshots/import-compare.png' });
    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.locator('ins').first().textContent()).toContain('undertake');
    expect(errors).toEqual([]);
  });

  it('refuses a small .docx that unpacks to two million paragraphs at once, without freezing the page', async () => {
    const bytes = await paragraphBombDocx();
    const page = await chromium.browser().newPage();
    await page.goto(chromium.url() + '/');
    await appReady(page);
    const region = page.getByRole('region', { name: 'Check Hammamet 2016 against a file' });
    const transfer = await page.evaluateHandle((data: number[]) => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(data)], 'bomb.docx'));
      return dt;
    }, [...bytes]);
    // Long tasks on the page's thread from the drop to the refusal (111 s before the limits were read first).
    await page.evaluate(() => {
      (window as unknown as { longest: number }).longest = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) (window as unknown as { longest: number }).longest = Math.max((window as unknown as { longest: number }).longest, e.duration);
      }).observe({ type: 'longtask' });
    });
    const t = Date.now();
    await region.dispatchEvent('drop', { dataTransfer: transfer });
    const alert = region.getByRole('alert');
    await alert.waitFor({ timeout: 10000 });
    expect(await alert.textContent()).toMatch(/bomb\.docx was not opened: its text \(word\/document\.xml\) unpacks to 11\.\d MB/);
    expect(Date.now() - t).toBeLessThan(3000);
    expect(await page.evaluate(() => (window as unknown as { longest: number }).longest)).toBeLessThan(500);
    await page.close();
  });
});
