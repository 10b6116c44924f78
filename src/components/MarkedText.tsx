import type { TextRange } from '../model';
import { VisibleText } from './VisibleText';

/** Text with the found phrase marked (`<mark>`), invisible controls shown as marks as everywhere else. */
export function MarkedText({ text, ranges }: { text: string; ranges: readonly TextRange[] }) {
  if (ranges.length === 0) return <VisibleText text={text} />;
  const out: React.ReactNode[] = [];
  let at = 0;
  for (const r of ranges) {
    if (r.start > at) out.push(<VisibleText key={`t${at}`} text={text.slice(at, r.start)} />);
    out.push(
      <mark key={`m${r.start}`}>
        <VisibleText text={text.slice(r.start, r.end)} />
      </mark>,
    );
    at = r.end;
  }
  if (at < text.length) out.push(<VisibleText key={`t${at}`} text={text.slice(at)} />);
  return <>{out}</>;
}
