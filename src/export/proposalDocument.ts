/**
 * The proposal as a neutral document — blocks of marked runs — built once from the model and
 * rendered by the Word, HTML and Markdown writers (the parser/renderer split of diff2html).
 * Layout of an ITU contribution: the header block (assembly, meeting, document and addendum, date,
 * original language, source, title, abstract), then the resolution text in full with each changed part
 * preceded by its mark and number (`MOD EXA/42/2`) and followed by "Reasons:". Footnotes are real
 * footnotes, their reference marks tracked with the clause they belong to. A moved clause is one MOD:
 * inserted where it now stands, struck where it stood, each place saying where the other is.
 */
import {
  contributionDate,
  documentLine,
  documentReference,
  fullHeader,
  newSideText,
  proposalLines,
  type Change,
  type Draft,
  type ProposalLine,
  type Revision,
} from '../model';
import { changeRuns, labelRuns, plain, visible, type Block, type ExportDocument, type Run } from './blocks';

/** How a footnote's reference mark is marked: with its text, if that was all inserted or all deleted. */
function referenceOp(changes: readonly Change[]): Run['op'] {
  const ops = new Set(changes.filter((c) => c.text).map((c) => c.op));
  return ops.size === 1 && !ops.has('equal') ? [...ops][0]! : 'equal';
}

/** A moved clause's wording at its new place, whole: the newer side of its diff, inserted. */
const insertedWhole = (changes: Change[]): Change[] => {
  const text = newSideText({ changes });
  return text ? [{ op: 'insert', text }] : [];
};

/** The header block of an ITU contribution, from the draft's header. */
function coverBlocks(base: Revision, draft: Draft): Block[] {
  const h = fullHeader(draft.header);
  const line = (style: Block['style'], text: string): Block => ({ style, runs: plain(text) });
  const blocks = [
    line(
      'cover',
      `World Telecommunication Standardization Assembly${h.assembly.trim() ? ` (${h.assembly.trim()})` : ''}`,
    ),
    line('cover', (h.meeting.trim() || 'Plenary Meeting').toUpperCase()),
  ];
  const document = documentLine(h);
  if (document) blocks.push(line('docInfo', document));
  blocks.push(line('docInfo', contributionDate(h.date || draft.updatedAt.slice(0, 10))));
  blocks.push(line('docInfo', `Original: ${h.language.trim() || 'English'}`));
  blocks.push(line('cover', `Source: ${h.source.trim() || '—'}`));
  blocks.push(line('cover', `Title: ${h.title.trim() || '—'}`));
  if (h.abstract.trim()) blocks.push(line('cover', `Abstract: ${h.abstract.trim()}`));
  const status =
    base.meta.status === 'source text' ? 'source text' : 'reconstruction, not verified against the adopted text';
  blocks.push(line('cover', `Base text: ${base.resolutionLine.replace(/\s+/g, ' ')} (${status})`));
  return blocks;
}

const styleOf = (line: ProposalLine): Block['style'] =>
  line.kind === 'heading'
    ? 'heading'
    : ['number', 'title', 'history', 'assembly'].includes(line.id)
      ? 'titleBlock'
      : 'clause';

export function proposalDocument(base: Revision, draft: Draft): ExportDocument {
  const header = fullHeader(draft.header);
  const title = header.title.trim() || `Proposal on Resolution ${base.number}`;
  const body: Block[] = [...coverBlocks(base, draft), { style: 'title', runs: plain(title) }];
  const footnotes: Run[][] = [];
  const references = (list: Change[][]): Run[] =>
    list.map((f) => {
      footnotes.push(changeRuns(f));
      return { op: referenceOp(f), text: '', footnote: footnotes.length - 1 };
    });
  for (const line of proposalLines(base, draft)) {
    if (line.mark) body.push({ style: 'mark', runs: plain(`${line.mark}\t${line.number}`) });
    if (line.kind === 'moved-away') {
      body.push({
        style: 'clause',
        runs: [...labelRuns(line.fromLabel, ''), ...changeRuns(line.changes), ...references(line.footnotes)],
        comment: `Moved by ${line.movedTo}: this is where the clause stood.`,
      });
      continue;
    }
    const moved = line.movedFrom !== undefined;
    const runs = moved
      ? [
          ...labelRuns('', line.toLabel),
          ...changeRuns(insertedWhole(line.changes)),
          ...references(line.footnotes.map(insertedWhole)),
        ]
      : [...labelRuns(line.fromLabel, line.toLabel), ...changeRuns(line.changes), ...references(line.footnotes)];
    body.push({
      style: styleOf(line),
      runs,
      ...(moved ? { comment: `Moved here from where it stood as ${line.movedFrom}.` } : {}),
    });
    if (line.mark) body.push({ style: 'reasons', runs: plain(`Reasons:\t${line.reason.trim()}`) });
  }
  return {
    title,
    author: header.source.trim() || 'Resolution 75 viewer',
    date: draft.updatedAt,
    reference: documentReference(header) ?? undefined,
    front: [],
    body: body.map((b) => ({ ...b, runs: visible(b.runs) })),
    footnotes: footnotes.map(visible),
  };
}
