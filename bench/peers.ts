/**
 * `npm run bench -- peers`: our compare view against the diff viewers people would pick instead, each
 * set up for prose (bench/peersApps.ts), on 2008 → 2022 and 2012 → 2016. Cold loads in fresh Chromium
 * contexts at 1280 × 900, interleaved (ours, then each peer, then again), medians and ratios to ours:
 * - rendered: navigation → the diff committed to the DOM (our `compare-rendered` mark, the peers'
 *   `diff-rendered`, set at the same point: in the effect after the commit, or once the diff is drawn);
 * - first contentful paint;
 * - main-thread work until rendered: Chromium's TaskDuration (DevTools Performance domain) at the mark;
 * - JavaScript: the gzip size of every script the page loaded (workers included).
 * And what each shows on 2012 → 2016: the relettered clauses it stands side by side (of those our
 * model pairs), and the words it marks as changed (bench/peersRows.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { loadCorpusFromDir } from '../src/node/readCorpus';
import { launchChromium, startApp } from '../src/node/appInBrowser';
import { buildPeers, PEERS, peerScriptGzip, servePeers, type PeerPage } from './peersApps';
import { changedWords, pairsShown, shownRows } from './peersRows';
import { median } from './stats';

const PAIRS = [
  ['2008-johannesburg', '2022-geneva'],
  ['2012-dubai', '2016-hammamet'],
] as const;

interface Load {
  renderedMs: number;
  paintMs: number;
  busyMs: number;
  jsGzipKB: number;
}

type Subject = { id: 'ours' | PeerPage; name: string; url: (from: string, to: string) => string; mark: string };

async function coldLoad(browser: Browser, subject: Subject, from: string, to: string): Promise<Load> {
  // Cold, first visits: no service worker (ours would precache every chunk for offline use in the background).
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const scripts = new Set<string>();
  context.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.endsWith('.js')) scripts.add(path);
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(subject.url(from, to));
  await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, subject.mark, { timeout: 60_000 });
  const { metrics } = await cdp.send('Performance.getMetrics');
  const renderedMs = await page.evaluate((m) => performance.getEntriesByName(m)[0]!.startTime, subject.mark);
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
  const paintMs = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]!.startTime);
  const busyMs = 1000 * (metrics.find((m) => m.name === 'TaskDuration')?.value ?? NaN);
  const gzip = [...scripts].reduce(
    (n, s) =>
      n + (subject.id === 'ours' ? gzipSync(readFileSync(join('dist', s)), { level: 9 }).length : peerScriptGzip(s)),
    0,
  );
  await context.close();
  return { renderedMs, paintMs, busyMs, jsGzipKB: Math.round(gzip / 102.4) / 10 };
}

/** The 2012 → 2016 clauses our model pairs across a relettering, as (older text, newer text). */
function reletteredPairs(): Array<[string, string]> {
  const al = loadCorpusFromDir().align('2012-dubai', '2016-hammamet');
  return al.pairs
    .filter((p) => p.aspects.label && p.from.length === 1 && p.to.length === 1)
    .map((p) => [p.from[0]!.text, p.to[0]!.text]);
}

export async function runPeersBench(runs = 7) {
  buildPeers();
  const app = await startApp();
  const peers = await servePeers();
  const browser = await launchChromium();
  const subjects: Subject[] = [
    {
      id: 'ours',
      name: 'ours',
      url: (from, to) => `${app.url}/compare?from=${from}&to=${to}`,
      mark: 'compare-rendered',
    },
    ...PEERS.map((p) => ({
      id: p.page,
      name: p.name,
      url: (from: string, to: string) => `${peers.url}/${p.page}.html?from=${from}&to=${to}`,
      mark: 'diff-rendered',
    })),
  ];
  try {
    const loads = new Map<string, Load[]>();
    // One warm-up round (the server's gzip caches, Chromium's code cache for the binaries), then interleaved rounds.
    for (let round = 0; round <= runs; round++)
      for (const [from, to] of PAIRS)
        for (const s of subjects) {
          const load = await coldLoad(browser, s, from, to);
          if (round === 0) continue;
          const key = `${from}→${to}\u0000${s.id}`;
          loads.set(key, [...(loads.get(key) ?? []), load]);
        }
    const timing: Record<string, unknown> = {};
    for (const [from, to] of PAIRS) {
      const med = (id: string, f: keyof Load) => median(loads.get(`${from}→${to}\u0000${id}`)!.map((l) => l[f]));
      const table: Record<string, unknown> = {};
      for (const s of subjects) {
        const row = {
          renderedMs: med(s.id, 'renderedMs'),
          paintMs: med(s.id, 'paintMs'),
          busyMs: med(s.id, 'busyMs'),
          jsGzipKB: med(s.id, 'jsGzipKB'),
        };
        table[s.name] =
          s.id === 'ours'
            ? row
            : {
                ...row,
                ratioToOurs: {
                  rendered: row.renderedMs / med('ours', 'renderedMs'),
                  paint: row.paintMs / med('ours', 'paintMs'),
                  busy: row.busyMs / med('ours', 'busyMs'),
                },
              };
      }
      timing[`${from} → ${to}`] = table;
    }
    // What each shows on 2012 → 2016.
    const relettered = reletteredPairs();
    const ours = loadCorpusFromDir().align('2012-dubai', '2016-hammamet').summary;
    const shown: Record<string, unknown> = {
      ours: {
        reletteredPaired: `${relettered.length} of ${relettered.length} (by construction: the model's pairs)`,
        changedWords: ours.wordsInserted + ours.wordsDeleted,
      },
    };
    for (const s of subjects.slice(1)) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(s.url('2012-dubai', '2016-hammamet'));
      await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, s.mark, { timeout: 60_000 });
      const rows = await shownRows(page, s.id as PeerPage);
      shown[s.name] = {
        reletteredPaired: `${pairsShown(rows, relettered)} of ${relettered.length}`,
        changedWords: changedWords(rows),
        rows: rows.length,
      };
      await context.close();
    }
    return { runs, viewport: '1280x900', timing, shown2012to2016: shown };
  } finally {
    await browser.close();
    peers.stop();
    app.stop();
  }
}
