import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { formattedProposal } from '../fixtures/proposalEdits';
import { revision } from '../model/helpers';
import { axeOn } from './axe';
import { appInChromium } from './server';

const chromium = appInChromium();
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  context = await chromium.browser().newContext({ acceptDownloads: true });
  page = await context.newPage();
});

describe('drafting a proposal in Chromium', () => {
  it('drafts a change, reloads and finds it saved, exports Word, HTML and Markdown, and notices a second tab', async () => {
    await page.goto(`${chromium.url()}/propose`);
    await page.getByRole('textbox', { name: /Name/ }).fill('Browser proposal');
    await page.getByRole('button', { name: 'Start draft' }).click();
    await page.getByRole('heading', { level: 1, name: 'Browser proposal' }).waitFor();
    await page.getByRole('textbox', { name: 'Wording of resolves 1' }).fill('to continue ITU-T work on WSIS outcomes;');
    await page.getByRole('textbox', { name: 'Source (administration or group)' }).fill('Test Administration');
    await page.getByText('All changes saved').waitFor();

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Browser proposal' }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Wording of resolves 1' }).inputValue()).toBe(
      'to continue ITU-T work on WSIS outcomes;',
    );

    for (const [button, ext] of [
      ['Word (tracked changes)', 'docx'],
      ['HTML', 'html'],
      ['Markdown', 'md'],
    ] as const) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: button, exact: true }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(`Browser-proposal.${ext}`);
      const path = await download.path();
      const bytes = readFileSync(path!);
      if (ext === 'docx') {
        const xml = strFromU8(unzipSync(new Uint8Array(bytes))['word/document.xml']!);
        expect(xml).toMatch(/<w:ins w:id="\d+" w:author="Test Administration"/);
      } else expect(bytes.toString('utf8')).toContain('WSIS outcomes');
    }

    const second = await context.newPage();
    await second.goto(page.url());
    await second.getByRole('textbox', { name: 'Wording of resolves 2' }).fill('changed in the second tab;');
    await second.getByText('All changes saved').waitFor();
    await page.getByText('This draft was changed in another tab.').waitFor();
    await page.screenshot({ path: 'test-artifacts/screenshots/propose-conflict.png' });
    await second.close();
  });

  it('opens a Word proposal, then compares it with the other draft on /proposals, at 1280 and 375 px', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'res75-e2e-')), 'CEPT proposal.docx');
    writeFileSync(file, await formattedProposal(revision('2022-geneva')));
    await page.goto(`${chromium.url()}/propose`);
    await page.getByLabel(/Open a Word proposal/).setInputFiles(file);
    const report = page.getByRole('status').filter({ hasText: 'Read from CEPT proposal.docx' });
    await report.waitFor();
    expect(await report.textContent()).toMatch(/2 modified, 1 added, 1 deleted/);
    await page.getByRole('link', { name: 'Proposals', exact: true }).click();
    const table = page.getByRole('table', { name: '2 proposals against Geneva 2022' });
    await table.waitFor();
    expect(await table.getByRole('columnheader').allTextContents()).toEqual([
      'Clause',
      'Geneva 2022',
      'Test Administration',
      'Formatting Administration',
      'Agreement',
    ]);
    expect(await table.getByRole('rowheader', { name: 'resolves 1' }).count()).toBe(1);
    expect(await axeOn(page)).toEqual([]);
    await page.screenshot({ path: 'test-artifacts/screenshots/proposals-1280.png' });
    await page.setViewportSize({ width: 375, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expect(await axeOn(page)).toEqual([]);
    await page.screenshot({ path: 'test-artifacts/screenshots/proposals-375.png' });
  });
});
