import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';

/** Skip links to the rows and to the list of changes, placed first in the page's Tab order once the app runs. */
export function SkipLinks() {
  const [target, setTarget] = useState<HTMLElement | null>(null);
  useEffect(() => setTarget(document.getElementById('skip-links')), []);
  const links = (
    <>
      <a className="skip" href="#comparison">
        Skip to the comparison
      </a>
      <a className="skip" href="#change-list">
        Skip to the list of changes
      </a>
    </>
  );
  return target ? createPortal(links, target) : links;
}
