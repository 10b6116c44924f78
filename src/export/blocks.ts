/**
 * The neutral document every export is written from — front matter, body blocks of marked runs,
 * footnotes — and the helpers that turn labels and word diffs into runs. Writers (docx.ts, html.ts,
 * markdown.ts, terminal.ts) render an ExportDocument only; they decide nothing about what changed.
 */
import { showInvisibles, splitTypography, type Change } from '../model';

/**
 * `legend`: what the marks mean; its runs are Word's words, and each writer says it in its own terms.
 * `caveat`: a warning about the wording shown (reconstructed, unverified), said plainly by every writer.
 * `cover` and `docInfo`: an ITU contribution's header block; `docInfo` (document number, date, original
 * language) stands on the right.
 */
export type BlockStyle =
  | 'cover'
  | 'docInfo'
  | 'legend'
  | 'caveat'
  | 'title'
  | 'mark'
  | 'titleBlock'
  | 'heading'
  | 'clause'
  | 'footnote'
  | 'reasons'
  | 'note';

export interface Run {
  op: Change['op'];
  text: string;
  /** A tab between a clause's label and its text. */
  tab?: boolean;
  /** This run is the reference mark of `ExportDocument.footnotes[footnote]` (its text is empty). */
  footnote?: number;
  /** A typography-only difference (a no-break space for a space), marked or not as the reader chose. */
  typography?: boolean;
}

/** In which texts a paragraph break stands: both, only the older (a deleted break), only the newer. */
export type Presence = 'both' | 'old' | 'new';

export interface Block {
  style: BlockStyle;
  runs: Run[];
  /** A remark on the block that is not part of the text ("relabelled b) → e)"): a comment in Word. */
  comment?: string;
  /**
   * In which texts this paragraph's break stands, when it differs from what its runs say (a clause split
   * in two: the first part's break is new). By default a paragraph all inserted is new, all deleted old.
   */
  presence?: Presence;
}

/** Whether tracked changes are made of typography-only differences (a no-break space for a space). */
export type TypographyMode = 'hide' | 'show';

export interface ExportDocument {
  title: string;
  /** Author of the tracked changes and of the file. */
  author: string;
  /** ISO date of the tracked changes. */
  date: string;
  /** The document's own number (`WTSA-24/43(Add.16)-E`): the running head of every page but the first. */
  reference?: string;
  /** What the document says about itself (title, legend, caveats): a page header in Word, never body text. */
  front: Block[];
  body: Block[];
  /** Footnote texts as runs, referred to by `Run.footnote`. */
  footnotes: Run[][];
}

export const plain = (text: string): Run[] => [{ op: 'equal', text }];

/** Invisible bidirectional and zero-width controls written out, never passed on to Word, a browser or a terminal. */
export const visible = (runs: readonly Run[]): Run[] => runs.map((r) => ({ ...r, text: showInvisibles(r.text) }));

/** A label, or an old label struck and a new one inserted when the clause was relettered. */
export function labelRuns(fromLabel: string, toLabel: string): Run[] {
  if (!fromLabel && !toLabel) return [];
  if (fromLabel === toLabel)
    return [
      { op: 'equal', text: toLabel },
      { op: 'equal', text: '', tab: true },
    ];
  const runs: Run[] = [];
  if (fromLabel) runs.push({ op: 'delete', text: fromLabel }, { op: 'delete', text: '', tab: true });
  if (toLabel) runs.push({ op: 'insert', text: toLabel }, { op: 'insert', text: '', tab: true });
  return runs;
}

/**
 * Runs of a change list: each typography-only difference a marked deletion and insertion of just the
 * characters that differ, so Reject All gives the older text to the character (see `withTypography`).
 */
export function changeRuns(changes: readonly Change[]): Run[] {
  return splitTypography(changes).map((c) =>
    c.typography ? { op: c.op, text: c.text, typography: true } : { op: c.op, text: c.text },
  );
}

/**
 * Typography shown: as marked. Hidden: the newer text's typography stands unmarked, as in the compare
 * view set to Ignore. Applied last, after runs are cut by offsets that need both sides exact.
 */
export function withTypography(runs: readonly Run[], mode: TypographyMode): Run[] {
  if (mode === 'show') return [...runs];
  const out: Run[] = [];
  for (const r of runs) {
    if (!r.typography) out.push(r);
    else if (r.op === 'insert') out.push({ op: 'equal', text: r.text });
  }
  return out;
}

/** Where a paragraph's break stands: as declared, or as its runs say. */
export function presenceOf(block: Block): Presence {
  if (block.presence) return block.presence;
  const ops = new Set(block.runs.filter((r) => r.text || r.tab || r.footnote !== undefined).map((r) => r.op));
  if (ops.size === 1 && ops.has('insert')) return 'new';
  if (ops.size === 1 && ops.has('delete')) return 'old';
  return 'both';
}
