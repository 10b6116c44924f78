import { citation as cite, type AlignedPair, type Alignment } from '../../model';

/** What a screen reader hears on a row: which clause, and what happened to it. */
export function rowLabel(al: Alignment, p: AlignedPair): string {
  const to = p.to.map((c) => cite(al.to, c)).join(' and ');
  const from = p.from.map((c) => cite(al.from, c)).join(' and ');
  const words =
    p.diff.insertedWords + p.diff.deletedWords > 0
      ? `, ${p.diff.insertedWords} words inserted, ${p.diff.deletedWords} deleted`
      : '';
  if (p.status === 'added') return `${to}: added${words}`;
  if (p.status === 'removed') return `${from}: removed${words}`;
  return `${to || from}: ${p.status}${from !== to ? ` (was ${from})` : ''}${words}`;
}
