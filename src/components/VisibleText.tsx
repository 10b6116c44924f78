import { splitInvisibles } from '../model';

/**
 * Text with bidirectional and zero-width controls shown as marks instead of acting on the display.
 * A function as well as a component: a comparison calls it for every run of every clause, and plain
 * text (nearly all of it) stays one text node with no component of its own to hydrate (#16).
 */
export function visibleText(text: string): React.ReactNode {
  const pieces = splitInvisibles(text);
  if (pieces.length === 1 && 'text' in pieces[0]!) return text;
  return pieces.map((p, i) =>
    'text' in p ? (
      <span key={i}>{p.text}</span>
    ) : (
      <abbr key={i} className="control-char" title={`${p.name} (${p.code}), an invisible character`}>
        {p.code}
      </abbr>
    ),
  );
}

export function VisibleText({ text }: { text: string }) {
  return <>{visibleText(text)}</>;
}
