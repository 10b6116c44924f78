// diff2html as a user would set it up for prose: side by side, word diff, on jsdiff's patch of the two files.
import { createTwoFilesPatch } from 'diff';
import { html } from 'diff2html';
import 'diff2html/bundles/css/diff2html.min.css';
import { markRendered, pair } from './texts';

export function renderDiff2html(matching: 'none' | 'lines') {
  const { from, to, oldText, newText } = pair();
  const patch = createTwoFilesPatch(from, to, oldText, newText, '', '', { context: 3 });
  document.getElementById('root')!.innerHTML = html(patch, {
    outputFormat: 'side-by-side',
    diffStyle: 'word',
    matching,
    drawFileList: false,
  });
  markRendered();
}
