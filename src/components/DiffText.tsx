import { phraseRanges, rangesWithin, splitTypography, type Change, type TextRange } from '../model';
import { markedText } from './MarkedText';

/**
 * Typographic pieces made visible: a no-break space as ⍽, a plain space as ␣. Each glyph is followed by
 * a line-break opportunity (`<wbr>`): a glyph is no space, so "/ICT␣development" would otherwise be one
 * long word, which the cell's `overflow-wrap: anywhere` breaks between two letters ("/ICT␣d evelopment").
 */
function showSpaces(text: string): React.ReactNode[] {
  const out: React.ReactNode[] = [];
  let word = '';
  for (const ch of text) {
    if (ch === ' ' || ch === '\u00a0') {
      out.push(word + (ch === ' ' ? '␣' : '⍽'), <wbr key={out.length} />);
      word = '';
    } else word += ch;
  }
  if (word) out.push(word);
  return out;
}

/** Which side's text a run belongs to: the older side has equal and deleted runs, the newer equal and inserted. */
const fromText = (c: Change) => (c.op === 'insert' ? null : c.op === 'equal' ? (c.fromText ?? c.text) : c.text);
const toText = (c: Change) => (c.op === 'delete' ? null : c.text);

/**
 * For each run, where `phrase` stands in it: found in one side's whole text (a phrase may run across
 * marks), then cut to the run. Runs the side does not hold get none.
 */
function sideMarks(changes: readonly Change[], phrase: string, textOf: (c: Change) => string | null): TextRange[][] {
  const offsets: Array<number | null> = [];
  let whole = '';
  for (const c of changes) {
    const t = textOf(c);
    offsets.push(t === null ? null : whole.length);
    if (t !== null) whole += t;
  }
  const ranges = phraseRanges(whole, phrase);
  return changes.map((c, i) => (offsets[i] === null ? [] : rangesWithin(ranges, offsets[i]!, textOf(c)!.length)));
}

/** The marks of each run as this side shows it; inline, a deleted run's come from the older text. */
function marksOf(changes: readonly Change[], side: 'from' | 'to' | 'inline', phrase?: string): TextRange[][] {
  if (!phrase) return changes.map(() => []);
  if (side === 'from') return sideMarks(changes, phrase, fromText);
  const newer = sideMarks(changes, phrase, toText);
  if (side === 'to') return newer;
  const older = sideMarks(changes, phrase, fromText);
  return changes.map((c, i) => (c.op === 'delete' ? older[i]! : newer[i]!));
}

/** One side (or both, inline) of a word diff: ITU revision marks, readable without colour; a found phrase marked. */
export function DiffText({
  changes,
  side,
  typography = false,
  mark,
}: {
  changes: readonly Change[];
  side: 'from' | 'to' | 'inline';
  typography?: boolean;
  /** A phrase to mark (`<mark>`) wherever it stands, as "Find in this comparison" found it. */
  mark?: string;
}) {
  const shown = typography ? splitTypography(changes) : changes;
  const marks = marksOf(shown, side, mark);
  // The screen-reader words are one string each, so each mark is two text nodes fewer to hydrate (#16).
  return (
    <>
      {shown.map((c, i) => {
        if (c.op === 'equal')
          return <span key={i}>{markedText(side === 'from' ? (c.fromText ?? c.text) : c.text, marks[i]!)}</span>;
        if ((c.op === 'delete' && side === 'to') || (c.op === 'insert' && side === 'from')) return null;
        const Mark = c.op === 'delete' ? 'del' : 'ins';
        const what = c.typography
          ? `typography ${c.op === 'delete' ? 'was' : 'now'}`
          : c.op === 'delete'
            ? 'deleted'
            : 'inserted';
        return (
          <Mark key={i} className={c.typography ? 'typo' : undefined}>
            <span className="sr-only">{`[${what}: `}</span>
            {c.typography ? showSpaces(c.text) : markedText(c.text, marks[i]!)}
            <span className="sr-only">]</span>
          </Mark>
        );
      })}
    </>
  );
}
