/**
 * The proposal as a neutral document — blocks of marked runs — built once from the model and
 * rendered by the Word, HTML and Markdown writers (the parser/renderer split of diff2html).
 * Layout after ITU proposals: a cover block, then the resolution text in full with each changed
 * part preceded by its mark and number (`MOD EXA/42/2`) and followed by "Reasons:". Footnotes are
 * real footnotes, their reference marks tracked with the clause they belong to.
 */
import { proposalLines, type Change, type Draft, type Revision } from '../model';
import { changeRuns, labelRuns, plain, visible, type Block, type ExportDocument, type Run } from './blocks';

/** How a footnote's reference mark is marked: with its text, if that was all inserted or all deleted. */
function referenceOp(changes: readonly Change[]): Run['op'] {
  const ops = new Set(changes.filter((c) => c.text).map((c) => c.op));
  return ops.size === 1 && !ops.has('equal') ? [...ops][0]! : 'equal';
}

export function proposalDocument(base: Revision, draft: Draft): ExportDocument {
  const { header } = draft;
  const title = header.title || `Proposal on Resolution ${base.number}`;
  const body: Block[] = [
    { style: 'cover', runs: plain(`Source: ${header.source || '—'}`) },
    { style: 'cover', runs: plain(`Title: ${header.title || '—'}`) },
    { style: 'cover', runs: plain(`Proposal for: ${header.assembly || '—'}`) },
    {
      style: 'cover',
      runs: plain(
        `Base text: ${base.resolutionLine.replace(/\s+/g, ' ')} (${base.meta.status === 'source text' ? 'source text' : 'reconstruction, not verified against the adopted text'})`,
      ),
    },
    { style: 'title', runs: plain(title) },
  ];
  const footnotes: Run[][] = [];
  for (const line of proposalLines(base, draft)) {
    if (line.mark) body.push({ style: 'mark', runs: plain(`${line.mark}\t${line.number}`) });
    const style =
      line.kind === 'heading'
        ? 'heading'
        : ['number', 'title', 'history', 'assembly'].includes(line.id)
          ? 'titleBlock'
          : 'clause';
    const refs: Run[] = line.footnotes.map((f) => {
      footnotes.push(changeRuns(f));
      return { op: referenceOp(f), text: '', footnote: footnotes.length - 1 };
    });
    body.push({ style, runs: [...labelRuns(line.fromLabel, line.toLabel), ...changeRuns(line.changes), ...refs] });
    if (line.mark && line.reason) body.push({ style: 'reasons', runs: plain(`Reasons:\t${line.reason}`) });
  }
  return {
    title,
    author: header.source || 'Resolution 75 viewer',
    date: draft.updatedAt,
    front: [],
    body: body.map((b) => ({ ...b, runs: visible(b.runs) })),
    footnotes: footnotes.map(visible),
  };
}
