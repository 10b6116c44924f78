// "Compare your own documents" (issue #15) in Chromium: two versions of a made-up resolution, one as
// Word and one as text, dropped on the overview; every view works on them, they survive a reload,
// they never mix with the stored texts, and they can be removed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { parseRevision } from '../../src/model';
import { revisionDocx } from '../import/fixtures';
import { axeOn } from './axe';
import { filesTransfer, type DroppedFile } from './files';
import { appInChromium, appReady } from './server';

const chromium = appInChromium();
const LISBON = 'tests/fixtures/other/res99-lisbon-2026.txt';
const ATLANTIS = 'tests/fixtures/other/res99-atlantis-2030.txt';

async function drop(page: Page, files: DroppedFile[]) {
  const region = page.getByRole('region', { name: 'Drop versions to compare' });
  await region.dispatchEvent('drop', { dataTransfer: await filesTransfer(page, files) });
}

const noSidewaysScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

describe('comparing your own documents (Chromium)', () => {
  it('reads two versions of Resolution 99 and shows every view on them, kept in this browser', async () => {
    const lisbon = parseRevision(readFileSync(LISBON, 'utf8'), { file: LISBON }).revision!;
    const docx = await revisionDocx(lisbon);
    const context = await chromium.browser().newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(chromium.url() + '/');
    await appReady(page);

    // Versions of two different resolutions are refused, naming both files; nothing is kept.
    const other = readFileSync(ATLANTIS, 'utf8').replace('RESOLUTION 99', 'RESOLUTION 98');
    await drop(page, [
      { name: 'res99-lisbon-2026.txt', bytes: readFileSync(LISBON) },
      { name: 'res98.txt', bytes: new TextEncoder().encode(other) },
    ]);
    const refusal = page.getByRole('alert').filter({ hasText: 'nothing was kept' });
    await refusal.waitFor({ timeout: 20000 });
    expect(await refusal.textContent()).toContain(
      'res99-lisbon-2026.txt is Resolution 99 but res98.txt is Resolution 98',
    );
    expect(await page.getByRole('heading', { name: /your documents/ }).count()).toBe(0);

    // The newer version as text, the older as Word (dropped in that order: the documents' years order them).
    await drop(page, [
      { name: 'res99-atlantis-2030.txt', bytes: readFileSync(ATLANTIS), type: 'text/plain' },
      {
        name: 'Res99-Lisbon.docx',
        bytes: docx,
        type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      },
    ]);
    const card = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'Resolution 99: your documents' }) });
    await card.waitFor({ timeout: 20000 });
    await page.getByRole('status').filter({ hasText: 'Added Resolution 99: Lisbon 2026, Atlantis 2030' }).waitFor();
    expect(await card.textContent()).toMatch(
      /Lisbon 2026 \(Res99-Lisbon\.docx\).*Atlantis 2030 \(res99-atlantis-2030\.txt\)/,
    );
    expect(await card.textContent()).toContain('Harmonized numbering of example services');
    await card.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-artifacts/screenshots/own-overview-card-1280.png' });

    // Compare: the relettered clause paired, the added ones, the clause moved to another section.
    await card.getByRole('link', { name: 'Compare Lisbon 2026 with Atlantis 2030' }).click();
    await page.getByRole('heading', { level: 1, name: 'Compare Lisbon 2026 with Atlantis 2030' }).waitFor();
    const compareUrl = page.url();
    expect(compareUrl).toMatch(/from=own-[a-z0-9]+-2&to=own-[a-z0-9]+-1/);
    const summary = await page.locator('.summary').textContent();
    expect(summary).toMatch(/2 added/);
    expect(summary).toMatch(/1 moved/);
    expect(await page.getByRole('note', { name: 'About these documents' }).textContent()).toContain(
      'Your documents: Resolution 99',
    );
    await page.getByText('moved from “considering” to “recognizing”').first().waitFor();
    await page.getByText('b) → c)').first().waitFor();
    // The older/newer choices are this collection's versions only: Resolution 75's texts do not mix in.
    const choices = await page.getByRole('combobox', { name: /Older/ }).locator('option').allTextContents();
    expect(choices).toEqual(['Lisbon 2026', 'Atlantis 2030']);
    expect(await axeOn(page, { contrast: true })).toEqual([]);
    await page.screenshot({ path: 'test-artifacts/screenshots/own-compare-1280.png' });

    // A download names the resolution and the versions from the documents.
    await page.getByText('Download', { exact: true }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'HTML', exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('Resolution-99-lisbon-2026-to-atlantis-2030.html');
    const html = readFileSync((await download.path())!, 'utf8');
    expect(html).toContain('Resolution 99: Lisbon 2026 → Atlantis 2030');
    expect(html).not.toContain('Resolution 75');

    // Kept in this browser: the same URL after a reload; the redline view too.
    await page.goto(compareUrl + '&view=inline');
    await page.getByRole('heading', { level: 1, name: 'Compare Lisbon 2026 with Atlantis 2030' }).waitFor();
    expect(await page.locator('ins').count()).toBeGreaterThan(0);

    // Synopsis and a clause's history through the two versions.
    await page.getByRole('note', { name: 'About these documents' }).getByRole('link', { name: 'Synopsis' }).click();
    const table = page.getByRole('table');
    await table.waitFor();
    expect(await table.locator('thead th').allTextContents()).toEqual(['Lisbon 2026', 'Atlantis 2030']);
    expect(await table.locator('caption').textContent()).toBe('Resolution 99 clause by clause in every revision');
    await table
      .getByRole('row')
      .filter({ hasText: 'users travelling abroad' })
      .getByRole('link', { name: 'History' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'History of recognizing b)' }).waitFor();
    expect(await page.locator('main').textContent()).toContain('Lisbon 2026');

    // Search in this collection only.
    const setId = /own-[a-z0-9]+/.exec(compareUrl)![0];
    await page.goto(`${chromium.url()}/search?q=${encodeURIComponent('travelling abroad')}&set=${setId}`);
    await page.getByRole('status').filter({ hasText: 'stands in 1 clause' }).waitFor();
    expect(await page.locator('mark').first().textContent()).toBe('travelling abroad');

    // The workbench drafts a proposal on the newer version.
    await page.goto(chromium.url() + '/');
    await card.getByRole('link', { name: 'Draft a proposal on Atlantis 2030' }).click();
    await page.waitForURL(/\/propose\?base=own-/);
    const base = page.getByRole('combobox', { name: 'Amend the text of' });
    expect(await base.locator('option:checked').textContent()).toBe(
      'Atlantis 2030 (your document res99-atlantis-2030.txt)',
    );
    await page.getByRole('textbox', { name: 'Name' }).fill('Own proposal');
    await page.getByRole('button', { name: 'Start draft' }).click();
    await page.getByRole('heading', { level: 1, name: 'Own proposal' }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Wording of resolves 3' }).inputValue()).toBe(
      'to keep the plan under review;',
    );

    // The stored comparison is untouched by them.
    await page.goto(chromium.url() + '/compare');
    await page.getByRole('heading', { level: 1, name: 'Compare Hammamet 2016 with Geneva 2022' }).waitFor();
    const stored = await page.getByRole('combobox', { name: /Older/ }).locator('option').allTextContents();
    expect(stored.some((o) => /Lisbon|Atlantis/.test(o))).toBe(false);

    // At 375 px: no sideways scroll, axe-core clean.
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(compareUrl);
    await page.getByRole('heading', { level: 1, name: 'Compare Lisbon 2026 with Atlantis 2030' }).waitFor();
    expect(await noSidewaysScroll(page)).toBe(true);
    expect(await axeOn(page, { contrast: true })).toEqual([]);
    await page.goto(chromium.url() + '/');
    await card.waitFor();
    expect(await noSidewaysScroll(page)).toBe(true);
    expect(await axeOn(page, { contrast: true })).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });

    // Removed on request: the card goes, and the old URL says the documents are no longer here.
    await card.getByRole('button', { name: 'Remove these documents' }).click();
    await card.getByRole('button', { name: 'Remove', exact: true }).click();
    await card.waitFor({ state: 'detached' });
    await page.goto(compareUrl);
    await page.getByText(/names your own documents, which this browser does not hold/).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  }, 120000);
});
