/**
 * The proposal as a neutral document — blocks of marked runs — built once from the model and
 * rendered by the Word, HTML and Markdown writers (the parser/renderer split of diff2html).
 * Layout after ITU proposals: a cover block, then the resolution text in full with each changed
 * part preceded by its mark and number (`MOD EXA/42/2`) and followed by "Reasons:".
 */
import { proposalLines, showControls, type Draft, type Revision } from '../model';
import { changeRuns, labelRuns, plain, type Block } from './blocks';

export function proposalDocument(base: Revision, draft: Draft): Block[] {
  const { header } = draft;
  const blocks: Block[] = [
    { style: 'cover', runs: plain(`Source: ${header.source || '—'}`) },
    { style: 'cover', runs: plain(`Title: ${header.title || '—'}`) },
    { style: 'cover', runs: plain(`Proposal for: ${header.assembly || '—'}`) },
    { style: 'cover', runs: plain(`Base text: ${base.resolutionLine.replace(/\s+/g, ' ')} (${base.meta.status === 'source text' ? 'source text' : 'reconstruction, not verified against the adopted text'})`) },
    { style: 'title', runs: plain(header.title || `Proposal on Resolution ${base.number}`) },
  ];
  for (const line of proposalLines(base, draft)) {
    if (line.mark) blocks.push({ style: 'mark', runs: plain(`${line.mark}\t${line.number}`) });
    const style = line.kind === 'heading' ? 'heading' : ['number', 'title', 'history', 'assembly'].includes(line.id) ? 'titleBlock' : 'clause';
    blocks.push({ style, runs: [...labelRuns(line.fromLabel, line.toLabel), ...changeRuns(line.changes)] });
    line.footnotes.forEach((f, i) => blocks.push({ style: 'footnote', runs: [{ op: 'equal', text: `${i + 1} ` }, ...changeRuns(f)] }));
    if (line.mark && line.reason) blocks.push({ style: 'reasons', runs: plain(`Reasons:\t${line.reason}`) });
  }
  // Invisible bidirectional and zero-width controls are written out, never passed on to Word or a browser.
  return blocks.map((b) => ({ ...b, runs: b.runs.map((r) => ({ ...r, text: showControls(r.text) })) }));
}
