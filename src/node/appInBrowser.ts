/**
 * Builds the app and serves it the way `npm start` does, on a free port, and opens Debian's
 * Chromium: for the browser tests and the browser benchmarks.
 */
import { execSync, spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { chromium, type Browser } from 'playwright-core';

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** `revisions`: build on another revisions folder (the scale benchmark's synthetic corpus), into `outDir`. */
export async function startApp(
  options: { revisions?: string; outDir?: string } = {},
): Promise<{ url: string; stop: () => void; outDir: string }> {
  const outDir = options.outDir ?? 'dist';
  const env = { ...process.env, ...(options.revisions ? { RES75_REVISIONS: options.revisions } : {}) };
  // Vitest sets NODE_ENV=test, which would make Vite build React's development bundle.
  execSync(`npx vite build --logLevel warn --outDir ${outDir}`, {
    stdio: 'inherit',
    env: { ...env, NODE_ENV: 'production' },
  });
  const port = await freePort();
  const child: ChildProcess = spawn('node', ['src/server/serve.mjs'], {
    env: { ...env, PORT: String(port), DIST: outDir },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => d.toString().includes('http://') && resolve());
    child.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}`, stop: () => child.kill(), outDir };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** Waits until the app has taken the page over from its prerendered HTML (src/routes/__root.tsx marks it). */
export async function appReady(page: import('playwright-core').Page) {
  await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
}
