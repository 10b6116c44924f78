/** The compact form of an alignment pinned in tests/golden: one line per row a reviewer can read. */
import type { Alignment } from '../../src/model';

export const GOLDEN_PAIRS: Array<[string, string]> = [
  ['2008-johannesburg', '2012-dubai'],
  ['2012-dubai', '2016-hammamet'],
  ['2016-hammamet', '2022-geneva'],
  ['2008-johannesburg', '2022-geneva'],
];

export function goldenRows(al: Alignment): string[] {
  return al.pairs.map((p) => {
    const aspects = [
      p.aspects.text ? 'text' : '',
      p.aspects.label ? 'label' : '',
      p.aspects.move ? `move:${p.aspects.move}` : '',
    ]
      .filter(Boolean)
      .join(',');
    return `${p.status} ${p.from.map((c) => c.key).join('+') || '-'} -> ${p.to.map((c) => c.key).join('+') || '-'}${aspects ? ` [${aspects}]` : ''}`;
  });
}
