// Monaco's diff editor (VS Code's) as a user would set it up for prose: side by side, word wrap.
import * as monaco from 'monaco-editor/editor/editor.api';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import { markRendered, pair } from './texts';

(self as unknown as { MonacoEnvironment: object }).MonacoEnvironment = { getWorker: () => new EditorWorker() };

const { oldText, newText } = pair();
const root = document.getElementById('root')!;
root.style.height = '100vh';
const editor = monaco.editor.createDiffEditor(root, {
  wordWrap: 'on',
  diffWordWrap: 'on',
  renderSideBySide: true,
  readOnly: true,
  originalEditable: false,
  automaticLayout: true,
});
editor.setModel({
  original: monaco.editor.createModel(oldText, 'plaintext'),
  modified: monaco.editor.createModel(newText, 'plaintext'),
});
const done = editor.onDidUpdateDiff(() => {
  done.dispose();
  markRendered();
});
(window as unknown as { diffEditor: unknown }).diffEditor = editor;
