import { renderDiff2html } from './diff2html';

renderDiff2html('none');
