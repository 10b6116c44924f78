import { splitTypography, type Change } from '../model';
import { VisibleText } from './VisibleText';

/** Typographic pieces made visible: a no-break space as ⍽, a plain space as ␣. */
const showSpaces = (text: string) => text.replace(/\u00a0/g, '⍽').replace(/ /g, '␣');

/** One side (or both, inline) of a word diff: ITU revision marks, readable without colour. */
export function DiffText({
  changes,
  side,
  typography = false,
}: {
  changes: readonly Change[];
  side: 'from' | 'to' | 'inline';
  typography?: boolean;
}) {
  const shown = typography ? splitTypography(changes) : changes;
  return (
    <>
      {shown.map((c, i) => {
        if (c.op === 'equal')
          return (
            <span key={i}>
              <VisibleText text={side === 'from' ? (c.fromText ?? c.text) : c.text} />
            </span>
          );
        if ((c.op === 'delete' && side === 'to') || (c.op === 'insert' && side === 'from')) return null;
        const Mark = c.op === 'delete' ? 'del' : 'ins';
        const what = c.typography
          ? `typography ${c.op === 'delete' ? 'was' : 'now'}`
          : c.op === 'delete'
            ? 'deleted'
            : 'inserted';
        return (
          <Mark key={i} className={c.typography ? 'typo' : undefined}>
            <span className="sr-only">[{what}: </span>
            {c.typography ? showSpaces(c.text) : <VisibleText text={c.text} />}
            <span className="sr-only">]</span>
          </Mark>
        );
      })}
    </>
  );
}
