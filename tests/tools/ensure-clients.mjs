// The tests use real clients: Debian's Chromium for the app, LibreOffice Writer (no GUI) with
// python3-uno for Word files. Install what is missing where we run as root; under CI=true, fail loudly
// if a client cannot be had (a skipped suite would be a silent hole in CI).
import { existsSync } from 'node:fs';
import { execSync, spawnSync } from 'node:child_process';

/** Each client: how to tell it is there, and the Debian packages that bring it. */
const CLIENTS = [
  { name: 'Chromium', present: () => existsSync('/usr/bin/chromium'), packages: ['chromium'] },
  { name: 'LibreOffice Writer', present: () => existsSync('/usr/bin/soffice'), packages: ['libreoffice-writer-nogui'] },
  {
    name: "python3-uno (LibreOffice's Python bridge, for Debian's /usr/bin/python3)",
    present: () => spawnSync('/usr/bin/python3', ['-c', 'import uno'], { stdio: 'ignore' }).status === 0,
    packages: ['python3-uno'],
  },
];

const missing = () => CLIENTS.filter((c) => !c.present());
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (missing().length && isRoot) {
  const packages = missing().flatMap((c) => c.packages);
  console.log(`Installing ${packages.join(', ')} for the tests…`);
  try {
    execSync(`apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y ${packages.join(' ')}`, {
      stdio: 'inherit',
    });
  } catch {
    // reported below
  }
}
for (const client of missing()) {
  const message = `${client.name} is missing: install it with "apt-get update && apt-get install -y ${client.packages.join(' ')}" (as root).`;
  if (process.env.CI === 'true') {
    console.error(`ERROR: ${message}`);
    process.exitCode = 1;
  } else console.warn(`WARNING: ${message} Its tests will fail.`);
}
