import { splitTypography, type Change } from '../model';
import { VisibleText } from './VisibleText';

/** Typographic pieces made visible: a no-break space as ⍽, a plain space as ␣. */
const showSpaces = (text: string) => text.replace(/\u00a0/g, '⍽').replace(/ /g, '␣');

/** One side (or both, inline) of a word diff: ITU revision marks, readable without colour. */
export function DiffText({ changes, side, typography = false }: { changes: readonly Change[]; side: 'from' | 'to' | 'inline'; typography?: boolean }) {
  const shown = typography ? splitTypography(changes) : changes;
  return (
    <>
      {shown.map((c, i) => {
        if (c.typography) {
          if ((c.op === 'delete' && side === 'to') || (c.op === 'insert' && side === 'from')) return null;
          const Mark = c.op === 'delete' ? 'del' : 'ins';
          return <Mark key={i} className="typo"><span className="sr-only">[typography {c.op === 'delete' ? 'was' : 'now'}: </span>{showSpaces(c.text)}<span className="sr-only">]</span></Mark>;
        }
        if (c.op === 'equal') return <span key={i}><VisibleText text={side === 'from' ? c.fromText ?? c.text : c.text} /></span>;
        if (c.op === 'delete') {
          return side === 'to' ? null : (
            <del key={i}>
              <span className="sr-only">[deleted: </span>
              <VisibleText text={c.text} />
              <span className="sr-only">]</span>
            </del>
          );
        }
        return side === 'from' ? null : (
          <ins key={i}>
            <span className="sr-only">[inserted: </span>
            <VisibleText text={c.text} />
            <span className="sr-only">]</span>
          </ins>
        );
      })}
    </>
  );
}
