// What a reader would call a false mark in a list of changes: a deletion followed by an insertion of
// the same words, or a typography mark that is not typography (" w" struck and "w" inserted).
import { fold, type Change } from '../../src/model';
import { foldChar } from '../../src/model/normalize';

/** Folds one character at a time, keeping the edges: " w" and "w" stay different. */
const typographyFold = (text: string) => [...text].map(foldChar).join('').replace(/ +/g, ' ');

/** Descriptions of every false mark in `changes` (empty when there is none). */
export function falseMarks(changes: readonly Change[]): string[] {
  const found: string[] = [];
  for (let i = 0; i + 1 < changes.length; i++) {
    const [x, y] = [changes[i]!, changes[i + 1]!];
    if (x.op !== 'delete' || y.op !== 'insert') continue;
    if (x.typography && y.typography) {
      if (typographyFold(x.text) !== typographyFold(y.text))
        found.push(`typography mark that is not typography: ${JSON.stringify(x.text)} / ${JSON.stringify(y.text)}`);
    } else if (fold(x.text) === fold(y.text))
      found.push(`deletion and insertion of the same text: ${JSON.stringify(x.text)}`);
  }
  for (const c of changes) {
    if (c.op === 'equal' && c.fromText !== undefined && typographyFold(c.fromText) !== typographyFold(c.text))
      found.push(`equal run that differs: ${JSON.stringify(c.fromText)} / ${JSON.stringify(c.text)}`);
  }
  return found;
}
