import type { Change } from '../model';
import { VisibleText } from './VisibleText';

/** One side (or both, inline) of a word diff: ITU revision marks, readable without colour. */
export function DiffText({ changes, side }: { changes: readonly Change[]; side: 'from' | 'to' | 'inline' }) {
  return (
    <>
      {changes.map((c, i) => {
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
