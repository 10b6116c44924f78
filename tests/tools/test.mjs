// `npm test`: typecheck, lint, make sure Chromium is there, run every Vitest project (model, ui,
// e2e), then print one plain closing line "Tests: N passed, N failed" from Vitest's JSON report.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

const step = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit' }).status ?? 1;
for (const [cmd, args] of [
  ['npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']],
  ['npm', ['run', '--silent', 'lint']],
  ['node', ['tests/tools/ensure-clients.mjs']],
]) {
  const code = step(cmd, args);
  if (code !== 0) {
    console.error(`npm test: "${cmd} ${args.join(' ')}" failed`);
    process.exit(code);
  }
}
mkdirSync('test-artifacts', { recursive: true });
const report = 'test-artifacts/vitest.json';
const code = step('npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
  ...process.argv.slice(2),
]);
if (existsSync(report)) {
  const r = JSON.parse(readFileSync(report, 'utf8'));
  console.log(`Tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed`);
}
process.exit(code);
