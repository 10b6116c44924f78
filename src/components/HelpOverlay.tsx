import { useLocation } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { shortcutPage, shortcutsOf } from '../app/keymap';

/** The keyboard help, as a modal dialog that takes and returns focus: the keys of the page it is opened on. */
export function HelpOverlay({ onClose }: { onClose: () => void }) {
  const ref = useRef<HTMLButtonElement>(null);
  const page = shortcutPage(useLocation().pathname);
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    ref.current?.focus();
    return () => previous?.focus();
  }, []);
  return (
    <div
      className="overlay"
      role="dialog"
      aria-modal="true"
      aria-labelledby="help-title"
      onKeyDown={(e) => e.key === 'Escape' && onClose()}
    >
      <div className="overlay-box">
        <h2 id="help-title">Keyboard shortcuts{page !== 'every page' && ` on the ${page} page`}</h2>
        <dl>
          {shortcutsOf(page).map((s) => (
            <div key={s.keys}>
              <dt>
                <kbd>{s.keys}</kbd>
              </dt>
              <dd>{s.what}</dd>
            </div>
          ))}
        </dl>
        <button ref={ref} type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </div>
  );
}
