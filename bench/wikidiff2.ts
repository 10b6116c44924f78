/**
 * `npm run bench -- wikidiff2`: the model's pipeline for one pair (parse both texts, align, every word
 * diff) against MediaWiki's C++ differ wikidiff2 (Debian `php-wikidiff2`) on the same two files, for
 * every ordered pair of stored revisions, interleaved in one run: medians and the ratio ours/wikidiff2.
 * wikidiff2 is installed with apt-get when this runs as root; otherwise the part is skipped, saying so.
 * Its figure is the PHP call alone (the files are read once, before timing), ours the whole pipeline.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_REVISIONS_DIR } from '../src/node/readCorpus';
import { alignRevisions, parseRevision, type RevisionIndex } from '../src/model';
import { median, timeRuns } from './stats';

const PHP = `<?php
[$_, $a, $b, $runs] = $argv;
$x = file_get_contents($a); $y = file_get_contents($b);
wikidiff2_do_diff($x, $y, 2);
$t = [];
for ($i = 0; $i < (int)$runs; $i++) { $s = hrtime(true); wikidiff2_do_diff($x, $y, 2); $t[] = (hrtime(true) - $s) / 1e6; }
echo json_encode($t);
`;

function hasWikidiff2(): boolean {
  const r = spawnSync('php', ['-r', 'echo function_exists("wikidiff2_do_diff") ? "yes" : "no";'], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.trim() === 'yes';
}

/** wikidiff2 ready, installed when we may; the reason when not. */
function ensureWikidiff2(): string | null {
  if (hasWikidiff2()) return null;
  if (process.getuid?.() !== 0)
    return 'php-wikidiff2 is not installed and this is not root: apt-get install php-cli php-wikidiff2';
  try {
    execFileSync('apt-get', ['install', '-y', '-q', 'php-cli', 'php-wikidiff2'], { stdio: 'ignore', timeout: 600_000 });
  } catch (e) {
    return `apt-get install php-cli php-wikidiff2 failed (${(e as Error).message.split('\n')[0]})`;
  }
  return hasWikidiff2() ? null : 'php-wikidiff2 installed but wikidiff2_do_diff is not available to php';
}

export function runWikidiff2Bench(runs = 21) {
  const why = ensureWikidiff2();
  if (why) {
    console.log(`wikidiff2 bench skipped: ${why}`);
    return { skipped: why };
  }
  const index: RevisionIndex = JSON.parse(readFileSync(join(DEFAULT_REVISIONS_DIR, 'index.json'), 'utf8'));
  const files = index.revisions.map((m) => ({ meta: m, path: join(DEFAULT_REVISIONS_DIR, m.file) }));
  const dir = mkdtempSync(join(tmpdir(), 'res75-wikidiff2-'));
  const script = join(dir, 'diff.php');
  writeFileSync(script, PHP);
  const pairs: Array<Record<string, string | number>> = [];
  for (const a of files)
    for (const b of files) {
      if (a === b) continue;
      const [x, y] = [readFileSync(a.path), readFileSync(b.path)];
      const ours = timeRuns(() => {
        const from = parseRevision(x, { file: a.meta.file, meta: a.meta }).revision!;
        const to = parseRevision(y, { file: b.meta.file, meta: b.meta }).revision!;
        for (const p of alignRevisions(from, to).pairs) void p.diff;
      }, runs);
      const theirs = JSON.parse(
        execFileSync('php', [script, a.path, b.path, String(runs)], { encoding: 'utf8' }),
      ) as number[];
      const [o, t] = [median(ours), median(theirs)];
      pairs.push({
        pair: `${a.meta.id} → ${b.meta.id}`,
        oursMs: +o.toFixed(2),
        wikidiff2Ms: +t.toFixed(2),
        ratio: +(o / t).toFixed(2),
      });
    }
  const ratios = pairs.map((p) => p.ratio as number);
  return { runs, pairs, worstRatio: Math.max(...ratios), bestRatio: Math.min(...ratios) };
}
