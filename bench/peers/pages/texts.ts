// The stored texts as the peers get them: the files of revisions/, bundled as ours are.
import j2008 from '../../../revisions/2008-johannesburg.txt?raw';
import d2012 from '../../../revisions/2012-dubai.txt?raw';
import h2016 from '../../../revisions/2016-hammamet.txt?raw';
import g2022 from '../../../revisions/2022-geneva.txt?raw';

const TEXTS: Record<string, string> = {
  '2008-johannesburg': j2008,
  '2012-dubai': d2012,
  '2016-hammamet': h2016,
  '2022-geneva': g2022,
};

/** The pair named in the URL (`?from=…&to=…`), as the page's diff is asked for it. */
export function pair(): { from: string; to: string; oldText: string; newText: string } {
  const q = new URLSearchParams(location.search);
  const from = q.get('from') ?? '2008-johannesburg';
  const to = q.get('to') ?? '2022-geneva';
  return { from, to, oldText: TEXTS[from]!, newText: TEXTS[to]! };
}

/** Marks the diff committed to the DOM — the moment ours marks `compare-rendered` (in its effect). */
export function markRendered() {
  performance.mark('diff-rendered');
}

/**
 * Marks the diff once its rows are in the DOM: a peer may compute its diff after the first commit (in a
 * Web Worker, as react-diff-viewer-continued does), and a view without its rows is not rendered yet.
 */
export function markWhenShown(selector: string) {
  const root = document.getElementById('root')!;
  if (root.querySelector(selector)) return markRendered();
  const observer = new MutationObserver(() => {
    if (!root.querySelector(selector)) return;
    observer.disconnect();
    markRendered();
  });
  observer.observe(root, { childList: true, subtree: true });
}
