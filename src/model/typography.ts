/**
 * Typography-only differences (a no-break space for a space, a non-breaking hyphen, curly quotes)
 * are not changes of wording and are folded away — unless the reader asks to see them, or a
 * tracked-changes document must reject to the exact older text. `splitTypography` turns each `equal`
 * run whose two published texts differ into equal pieces and marked delete/insert pieces, character
 * by character (runs of spaces as one), so only what differs is marked.
 */
import { foldChar } from './normalize';
import type { Change } from './types';

function push(out: Change[], piece: Change) {
  if (!piece.text) return;
  const last = out[out.length - 1];
  if (last && last.op === piece.op && Boolean(last.typography) === Boolean(piece.typography)) last.text += piece.text;
  else out.push(piece);
}

/** A run of spaces, one invisible character, or one other character, with what it folds to. */
function units(text: string): Array<{ text: string; folded: string }> {
  const out: Array<{ text: string; folded: string }> = [];
  for (const ch of text) {
    const folded = foldChar(ch);
    const last = out[out.length - 1];
    if (folded === ' ' && last?.folded === ' ') last.text += ch;
    else out.push({ text: ch, folded });
  }
  return out;
}

/**
 * Walks the two texts of an equal run side by side, unit by unit: units that fold alike but differ are
 * marked, invisible characters and spaces present on one side only are marked, the rest is equal.
 * (Folding whole runs trimmed their edges: " a)" against "a) " paired the wrong characters.)
 */
function splitRun(older: string, newer: string, out: Change[]) {
  const a = units(older);
  const b = units(newer);
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    if (x && (x.folded === '' || (!y && x.folded === ' '))) {
      push(out, { op: 'delete', text: x.text, typography: true });
      i++;
    } else if (y && (y.folded === '' || (!x && y.folded === ' '))) {
      push(out, { op: 'insert', text: y.text, typography: true });
      j++;
    } else if (x && y && x.folded === y.folded) {
      if (x.text === y.text) push(out, { op: 'equal', text: y.text });
      else {
        push(out, { op: 'delete', text: x.text, typography: true });
        push(out, { op: 'insert', text: y.text, typography: true });
      }
      i++;
      j++;
    } else if (x && x.folded === ' ') {
      push(out, { op: 'delete', text: x.text, typography: true });
      i++;
    } else if (y && y.folded === ' ') {
      push(out, { op: 'insert', text: y.text, typography: true });
      j++;
    } else {
      // Not the same text once folded: cannot happen for an equal run; marked whole rather than lost.
      push(out, {
        op: 'delete',
        text: a
          .slice(i)
          .map((u) => u.text)
          .join(''),
        typography: true,
      });
      push(out, {
        op: 'insert',
        text: b
          .slice(j)
          .map((u) => u.text)
          .join(''),
        typography: true,
      });
      return;
    }
  }
}

export function splitTypography(changes: readonly Change[]): Change[] {
  const out: Change[] = [];
  for (const c of changes) {
    if (c.op === 'equal' && c.fromText !== undefined && c.fromText !== c.text) splitRun(c.fromText, c.text, out);
    else push(out, { op: c.op, text: c.text });
  }
  return out;
}

/** Whether a row differs in typography anywhere (with or without wording changes). */
export function hasTypography(changes: readonly Change[]): boolean {
  return changes.some((c) => c.op === 'equal' && c.fromText !== undefined && c.fromText !== c.text);
}
