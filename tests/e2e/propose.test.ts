import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
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
});
