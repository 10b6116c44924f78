// @git-diff-view/react (GitHub's look) as a user would set it up for prose: split view, wrapped lines.
import { useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { DiffModeEnum, DiffView } from '@git-diff-view/react';
import { generateDiffFile } from '@git-diff-view/file';
import '@git-diff-view/react/styles/diff-view.css';
import { markWhenShown, pair } from './texts';

const { from, to, oldText, newText } = pair();
const file = generateDiffFile(`${from}.txt`, oldText, `${to}.txt`, newText, 'plaintext', 'plaintext');
file.initTheme('light');
file.init();
file.buildSplitDiffLines();

function App() {
  useEffect(() => markWhenShown('tr.diff-line'), []);
  return <DiffView diffFile={file} diffViewMode={DiffModeEnum.Split} diffViewWrap diffViewHighlight={false} />;
}

createRoot(document.getElementById('root')!).render(<App />);
