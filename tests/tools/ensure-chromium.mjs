// Browser tests need Debian's Chromium. Install it where we run as root; under CI=true, fail loudly
// if it cannot be had (a skipped browser suite would be a silent hole in CI).
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const CHROMIUM = '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot) {
    console.log('Installing Debian chromium for the browser tests…');
    try {
      execSync('apt-get update && apt-get install -y chromium', { stdio: 'inherit' });
    } catch {
      // reported below
    }
  }
  if (!existsSync(CHROMIUM)) {
    const message = `Chromium is missing at ${CHROMIUM}: install it with "apt-get update && apt-get install -y chromium" (as root).`;
    if (process.env.CI === 'true') {
      console.error(`ERROR: ${message}`);
      process.exit(1);
    }
    console.warn(`WARNING: ${message} Browser tests will fail.`);
  }
}
