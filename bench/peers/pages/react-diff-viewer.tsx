// react-diff-viewer-continued as a user would set it up for prose: split view, word diff.
import { useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import ReactDiffViewer, { DiffMethod } from 'react-diff-viewer-continued';
import { markWhenShown, pair } from './texts';

const { from, to, oldText, newText } = pair();

function App() {
  useEffect(() => markWhenShown('td[class*="-content"]'), []);
  return (
    <ReactDiffViewer
      oldValue={oldText}
      newValue={newText}
      splitView
      compareMethod={DiffMethod.WORDS}
      leftTitle={from}
      rightTitle={to}
    />
  );
}

createRoot(document.getElementById('root')!).render(<App />);
