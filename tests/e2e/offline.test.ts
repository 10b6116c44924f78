import { describe, expect, it } from 'vitest';
import { appInChromium, appReady } from './server';

const chromium = appInChromium();

describe('offline after one visit (Chromium)', () => {
  it('loads once, goes offline, reloads and compares', async () => {
    const context = await chromium.browser().newContext();
    const page = await context.newPage();
    await page.goto(chromium.url() + '/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      return registration.active?.state;
    });
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: /four assemblies/ }).waitFor();
    await appReady(page);
    await page.getByRole('link', { name: 'Compare', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Compare Hammamet 2016 with Geneva 2022' }).waitFor();
    await page.goto(chromium.url() + '/compare?from=2008-johannesburg&to=2022-geneva');
    await page.getByRole('heading', { level: 1, name: 'Compare Johannesburg 2008 with Geneva 2022' }).waitFor();
    expect(await page.locator('del').count()).toBeGreaterThan(10);
    await page.screenshot({ path: 'test-artifacts/screenshots/offline-compare.png' });
    await context.close();
  });
});
