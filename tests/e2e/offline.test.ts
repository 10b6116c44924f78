import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, startApp } from './server';

let app: { url: string; stop: () => void };
let browser: Browser;

beforeAll(async () => {
  app = await startApp();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  app?.stop();
});

describe('offline after one visit (Chromium)', () => {
  it('loads once, goes offline, reloads and compares', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(app.url + '/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      return registration.active?.state;
    });
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: /four assemblies/ }).waitFor();
    await page.getByRole('link', { name: 'Compare', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Compare Hammamet 2016 with Geneva 2022' }).waitFor();
    await page.goto(app.url + '/compare?from=2008-johannesburg&to=2022-geneva');
    await page.getByRole('heading', { level: 1, name: 'Compare Johannesburg 2008 with Geneva 2022' }).waitFor();
    expect(await page.locator('del').count()).toBeGreaterThan(10);
    await page.screenshot({ path: 'test-artifacts/screenshots/offline-compare.png' });
    await context.close();
  });
});
