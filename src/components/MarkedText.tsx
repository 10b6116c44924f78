import { Fragment } from 'react';
import type { TextRange } from '../model';
import { visibleText } from './VisibleText';

/** Text with the found phrase marked (`<mark>`), invisible controls shown as marks as everywhere else. */
export function markedText(text: string, ranges: readonly TextRange[]): React.ReactNode {
  if (ranges.length === 0) return visibleText(text);
  const out: React.ReactNode[] = [];
  let at = 0;
  const plain = (key: string, piece: string) => <Fragment key={key}>{visibleText(piece)}</Fragment>;
  for (const r of ranges) {
    if (r.start > at) out.push(plain(`t${at}`, text.slice(at, r.start)));
    out.push(<mark key={`m${r.start}`}>{visibleText(text.slice(r.start, r.end))}</mark>);
    at = r.end;
  }
  if (at < text.length) out.push(plain(`t${at}`, text.slice(at)));
  return out;
}

export function MarkedText({ text, ranges }: { text: string; ranges: readonly TextRange[] }) {
  return <>{markedText(text, ranges)}</>;
}
