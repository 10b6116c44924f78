/**
 * What each peer shows, read back from its page as rows of a side-by-side view: each side's text, the
 * words it marks as changed, and whether it marks the whole line (no word marks) as inserted or deleted.
 * The alignment figures of `npm run bench -- peers` (relettered clauses paired, changed words) are
 * counted on these rows. Runs in the page (page.evaluate): no imports, plain DOM.
 */
import type { Page } from 'playwright-core';
import type { PeerPage } from './peersApps';

export interface ShownSide {
  text: string;
  marked: string[];
  whole: boolean;
}
export type ShownRow = [left: ShownSide | null, right: ShownSide | null];

type Reader = () => ShownRow[];

/** DOM peers: rows, their two cells, the text inside a cell, its word marks, and what marks a whole changed line. */
const domReader = (spec: { rows: string; left: string; right: string; text: string; marks: string; changed: string }) =>
  `(() => {
    const spec = ${JSON.stringify(spec)};
    const side = (cell) => {
      if (!cell) return null;
      const textEl = cell.querySelector(spec.text) ?? cell;
      const text = textEl.textContent ?? '';
      if (!text.trim()) return null;
      const marked = [...cell.querySelectorAll(spec.marks)].map((m) => m.textContent ?? '');
      const whole = marked.length === 0 && cell.matches(spec.changed);
      return { text, marked, whole };
    };
    return [...document.querySelectorAll(spec.rows)].map((row) => [side(row.querySelector(spec.left)), side(row.querySelector(spec.right))]);
  })()`;

const READERS: Record<Exclude<PeerPage, 'monaco' | 'diff2html' | 'diff2html-lines'>, string> = {
  'react-diff-viewer': domReader({
    rows: 'tr',
    left: 'td[class*="-content"].left',
    right: 'td[class*="-content"].right',
    text: '[class*="line-body"]',
    marks: 'ins, del',
    changed: '[class*="diff-added"], [class*="diff-removed"]',
  }),
  'git-diff-view': domReader({
    rows: 'tr.diff-line',
    left: 'td.diff-line-old-content',
    right: 'td.diff-line-new-content',
    text: '.diff-line-content-raw',
    marks: '[data-diff-highlight]',
    changed: '[style*="--diff-add-content--"], [style*="--diff-del-content--"]',
  }),
};

/** diff2html side by side: two tables whose rows stand level, index for index. */
const diff2htmlReader = `(() => {
  const [l, r] = [...document.querySelectorAll('.d2h-file-side-diff')];
  const rows = (t) => [...t.querySelectorAll('tbody tr')].map((tr) => tr.querySelector('td:not(.d2h-code-side-linenumber)'));
  const side = (td) => {
    if (!td) return null;
    const text = td.querySelector('.d2h-code-line-ctn')?.textContent ?? '';
    if (!text.trim()) return null;
    const marked = [...td.querySelectorAll('ins, del')].map((m) => m.textContent ?? '');
    return { text, marked, whole: marked.length === 0 && td.matches('.d2h-ins, .d2h-del') };
  };
  const left = rows(l), right = rows(r);
  return left.map((td, i) => [side(td), side(right[i])]);
})()`;

/**
 * Monaco draws only the lines in view, so its rows come from its model: unchanged lines level, each
 * change's lines paired in order (as its side-by-side view stands them), the character changes as marks.
 */
const monacoReader: Reader = () => {
  type Range = { startLineNumber: number; startColumn: number; endLineNumber: number; endColumn: number };
  type Model = {
    getLineContent: (n: number) => string;
    getLineCount: () => number;
    getValueInRange: (r: Range) => string;
  };
  const editor = (
    window as unknown as {
      diffEditor: {
        getModel: () => { original: Model; modified: Model };
        getLineChanges: () => Array<{
          originalStartLineNumber: number;
          originalEndLineNumber: number;
          modifiedStartLineNumber: number;
          modifiedEndLineNumber: number;
          charChanges?: Array<{
            originalStartLineNumber: number;
            originalStartColumn: number;
            originalEndLineNumber: number;
            originalEndColumn: number;
            modifiedStartLineNumber: number;
            modifiedStartColumn: number;
            modifiedEndLineNumber: number;
            modifiedEndColumn: number;
          }>;
        }>;
      };
    }
  ).diffEditor;
  const { original, modified } = editor.getModel();
  const changes = editor.getLineChanges() ?? [];
  const rows: Array<[ShownSide | null, ShownSide | null]> = [];
  const line = (m: Model, n: number, marked: string[], whole: boolean): ShownSide | null => {
    const text = m.getLineContent(n);
    return text.trim() ? { text, marked, whole } : null;
  };
  let o = 1;
  let mo = 1;
  for (const c of changes) {
    const oStart = c.originalEndLineNumber === 0 ? c.originalStartLineNumber + 1 : c.originalStartLineNumber;
    const mStart = c.modifiedEndLineNumber === 0 ? c.modifiedStartLineNumber + 1 : c.modifiedStartLineNumber;
    while (o < oStart && mo < mStart) rows.push([line(original, o++, [], false), line(modified, mo++, [], false)]);
    const oLines = c.originalEndLineNumber === 0 ? [] : range(c.originalStartLineNumber, c.originalEndLineNumber);
    const mLines = c.modifiedEndLineNumber === 0 ? [] : range(c.modifiedStartLineNumber, c.modifiedEndLineNumber);
    const marks = (side: 'original' | 'modified', n: number) =>
      (c.charChanges ?? [])
        .filter((cc) => (side === 'original' ? cc.originalStartLineNumber : cc.modifiedStartLineNumber) === n)
        .map((cc) =>
          side === 'original'
            ? original.getValueInRange({
                startLineNumber: cc.originalStartLineNumber,
                startColumn: cc.originalStartColumn,
                endLineNumber: cc.originalEndLineNumber,
                endColumn: cc.originalEndColumn,
              })
            : modified.getValueInRange({
                startLineNumber: cc.modifiedStartLineNumber,
                startColumn: cc.modifiedStartColumn,
                endLineNumber: cc.modifiedEndLineNumber,
                endColumn: cc.modifiedEndColumn,
              }),
        )
        .filter((t) => t.length > 0);
    for (let i = 0; i < Math.max(oLines.length, mLines.length); i++) {
      const a = oLines[i];
      const b = mLines[i];
      const am = a === undefined ? [] : marks('original', a);
      const bm = b === undefined ? [] : marks('modified', b);
      rows.push([
        a === undefined ? null : line(original, a, am, am.length === 0),
        b === undefined ? null : line(modified, b, bm, bm.length === 0),
      ]);
    }
    o = (oLines.at(-1) ?? oStart - 1) + 1;
    mo = (mLines.at(-1) ?? mStart - 1) + 1;
  }
  while (o <= original.getLineCount() && mo <= modified.getLineCount())
    rows.push([line(original, o++, [], false), line(modified, mo++, [], false)]);
  function range(a: number, b: number) {
    return Array.from({ length: b - a + 1 }, (_, i) => a + i);
  }
  return rows;
};

export function shownRows(page: Page, peer: PeerPage): Promise<ShownRow[]> {
  // tsx may wrap named functions in a `__name` helper, which the page does not have.
  if (peer === 'monaco') return page.evaluate('window.__name ??= (f) => f').then(() => page.evaluate(monacoReader));
  if (peer === 'diff2html' || peer === 'diff2html-lines') return page.evaluate(diff2htmlReader);
  return page.evaluate(READERS[peer]);
}

const words = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** Words the view marks as changed: inside word marks, or in a line marked changed as a whole. */
export function changedWords(rows: readonly ShownRow[]): number {
  let n = 0;
  for (const row of rows)
    for (const side of row)
      if (side) n += side.whole ? words(side.text) : side.marked.reduce((k, m) => k + words(m), 0);
  return n;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** How many of these clause pairs (older text, newer text) the view stands side by side in one row. */
export function pairsShown(rows: readonly ShownRow[], pairs: ReadonlyArray<[string, string]>): number {
  const level = rows.map(([l, r]) => [squash(l?.text ?? ''), squash(r?.text ?? '')] as const);
  return pairs.filter(([a, b]) => {
    const [x, y] = [squash(a).slice(0, 60), squash(b).slice(0, 60)];
    return level.some(([l, r]) => l.includes(x) && r.includes(y));
  }).length;
}
