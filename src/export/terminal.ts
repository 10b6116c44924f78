/**
 * An ExportDocument for a terminal: deletions `[-…-]`, insertions `{+…+}` (as git's word diff
 * writes them), coloured and struck or underlined when the output is a terminal that takes colour;
 * remarks on their own line under the clause, footnotes numbered at the end.
 */
import type { Block, ExportDocument, Run } from './blocks';

const ANSI = {
  red: '\u001b[31m',
  green: '\u001b[32m',
  strike: '\u001b[9m',
  underline: '\u001b[4m',
  dim: '\u001b[2m',
  bold: '\u001b[1m',
  reset: '\u001b[0m',
};

export interface TerminalOptions {
  /** ANSI colours and styles (a TTY without NO_COLOR); plain marks otherwise. */
  colour: boolean;
}

const styled = (colour: boolean) => (codes: string, text: string) =>
  colour && text ? `${codes}${text}${ANSI.reset}` : text;

/** Marked runs on one line: `[-deleted-]{+inserted+}`. */
export function terminalRuns(list: readonly Run[], { colour }: TerminalOptions): string {
  const style = styled(colour);
  return list
    .map((r) => {
      const text = r.footnote !== undefined ? `[${r.footnote + 1}]` : r.tab ? '\t' : r.text;
      if (r.op === 'equal' || !text || r.tab) return text;
      return r.op === 'delete'
        ? style(ANSI.red + ANSI.strike, `[-${text}-]`)
        : style(ANSI.green + ANSI.underline, `{+${text}+}`);
    })
    .join('');
}

export function terminalText(doc: ExportDocument, options: TerminalOptions): string {
  const style = styled(options.colour);
  const runs = (b: Block) => terminalRuns(b.runs, options);
  const out: string[] = [];
  const block = (b: Block) => {
    if (b.style === 'legend') out.push('Deletions are [-in brackets-]; insertions are {+in braces+}.');
    else if (b.style === 'caveat') out.push(`Note: ${runs(b)}`);
    else if (b.style === 'title') out.push(style(ANSI.bold, runs(b)));
    else if (b.style === 'heading' || b.style === 'mark') out.push('', style(ANSI.bold, runs(b).replace(/\t/, ' ')));
    else if (b.style === 'reasons') out.push(runs(b).replace(/\t/, ' '), '');
    else out.push(runs(b));
    if (b.comment) out.push(style(ANSI.dim, `  [${b.comment}]`));
  };
  doc.front.forEach(block);
  if (doc.front.length) out.push('');
  doc.body.forEach(block);
  if (doc.footnotes.length) out.push('', ...doc.footnotes.map((f, i) => `[${i + 1}] ${terminalRuns(f, options)}`));
  return out.join('\n').replace(/\n{3,}/g, '\n\n') + '\n';
}
