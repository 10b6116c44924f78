import { phraseRanges, type Change, type Clause } from '../model';
import { DiffText } from './DiffText';
import { ProvenanceBadge } from './ProvenanceBadge';
import { MarkedText } from './MarkedText';

/** A clause's label, its text (plain or marked), its footnotes and its provenance. */
interface Props {
  clauses: readonly Clause[];
  changes?: readonly Change[];
  side: 'from' | 'to' | 'inline';
  /** Whose provenance to show: these clauses' own (default), or none when the caller shows both sides'. */
  provenance?: 'own' | 'none';
  /** Mark typography-only differences too. */
  typography?: boolean;
  /** A phrase to mark wherever it stands (Find in this comparison). */
  mark?: string;
}

export function ClauseText({ clauses, changes, side, provenance = 'own', typography = false, mark }: Props) {
  if (clauses.length === 0) return <p className="absent">—</p>;
  return (
    <div className="clause-text">
      <p>
        {clauses
          .filter((c) => c.labelPath.length > 0)
          .map((c) => (
            <span key={c.key} className="label">
              {`${c.labelPath.join(' ')} `}
            </span>
          ))}
        {changes ? (
          <DiffText changes={changes} side={side} typography={typography} mark={mark} />
        ) : (
          <Marked text={clauses.map((c) => c.text).join(' ')} phrase={mark} />
        )}
      </p>
      {clauses
        .flatMap((c) => c.footnotes)
        .map((f) => (
          <p key={f.mark} className="footnote">
            <sup>{f.mark}</sup> <Marked text={f.text} phrase={mark} />
          </p>
        ))}
      {provenance === 'own' && clauses.map((c) => <ProvenanceBadge key={c.key} provenance={c.provenance} />)}
    </div>
  );
}

function Marked({ text, phrase }: { text: string; phrase?: string }) {
  return <MarkedText text={text} ranges={phrase ? phraseRanges(text, phrase) : []} />;
}
