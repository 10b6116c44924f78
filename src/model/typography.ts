/**
 * Typography-only differences (a no-break space for a space, a non-breaking hyphen, curly quotes)
 * are not changes of wording and are folded away — unless the reader asks to see them, or a
 * tracked-changes document must reject to the exact older text. `splitTypography` turns each `equal`
 * run whose two published texts differ into equal pieces and marked delete/insert pieces, character
 * by character along the fold maps, so only what differs is marked.
 */
import { foldWithMap } from './normalize';
import type { Change } from './types';

function push(out: Change[], piece: Change) {
  if (!piece.text) return;
  const last = out[out.length - 1];
  if (last && last.op === piece.op && Boolean(last.typography) === Boolean(piece.typography)) last.text += piece.text;
  else out.push(piece);
}

function splitRun(older: string, newer: string, out: Change[]) {
  const a = foldWithMap(older);
  const b = foldWithMap(newer);
  if (a.folded !== b.folded) {
    push(out, { op: 'delete', text: older, typography: true });
    push(out, { op: 'insert', text: newer, typography: true });
    return;
  }
  const n = a.folded.length;
  for (let i = 0; i < n; i++) {
    const segA = older.slice(i === 0 ? 0 : a.toPublished[i]!, i === n - 1 ? older.length : a.toPublished[i + 1]!);
    const segB = newer.slice(i === 0 ? 0 : b.toPublished[i]!, i === n - 1 ? newer.length : b.toPublished[i + 1]!);
    if (segA === segB) push(out, { op: 'equal', text: segB });
    else {
      push(out, { op: 'delete', text: segA, typography: true });
      push(out, { op: 'insert', text: segB, typography: true });
    }
  }
  if (n === 0 && older !== newer) {
    push(out, { op: 'delete', text: older, typography: true });
    push(out, { op: 'insert', text: newer, typography: true });
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
