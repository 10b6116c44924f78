// The same with matching: 'lines', diff2html's pairing of changed lines by similarity.
import { renderDiff2html } from './diff2html';

renderDiff2html('lines');
