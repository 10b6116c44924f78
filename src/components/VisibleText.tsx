import { splitInvisibles } from '../model';

/** Text with bidirectional and zero-width controls shown as marks instead of acting on the display. */
export function VisibleText({ text }: { text: string }) {
  const pieces = splitInvisibles(text);
  if (pieces.length === 1 && 'text' in pieces[0]!) return <>{text}</>;
  return (
    <>
      {pieces.map((p, i) =>
        'text' in p ? (
          <span key={i}>{p.text}</span>
        ) : (
          <abbr key={i} className="control-char" title={`${p.name} (${p.code}), an invisible character`}>
            {p.code}
          </abbr>
        ),
      )}
    </>
  );
}
