import { useEffect, useRef } from 'react';

const KEYS: Array<[string, string]> = [
  ['n or j', 'next change (compare view)'],
  ['p or k', 'previous change (compare view)'],
  ['v', 'switch split / inline view'],
  ['s', 'swap the two revisions'],
  ['/', 'go to phrase search'],
  ['?', 'show or hide this help'],
  ['Esc', 'close this help'],
];

/** The keyboard help, as a modal dialog that takes and returns focus. */
export function HelpOverlay({ onClose }: { onClose: () => void }) {
  const ref = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    ref.current?.focus();
    return () => previous?.focus();
  }, []);
  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-labelledby="help-title" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <div className="overlay-box">
        <h2 id="help-title">Keyboard shortcuts</h2>
        <dl>
          {KEYS.map(([k, what]) => (
            <div key={k}><dt><kbd>{k}</kbd></dt><dd>{what}</dd></div>
          ))}
        </dl>
        <button ref={ref} type="button" onClick={onClose}>Close</button>
      </div>
    </div>
  );
}
