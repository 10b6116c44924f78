import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';

/** Renders a provenance badge and opens it as a reader does: its citations are made when it is opened. */
export async function openBadge(badge: ReactElement) {
  const view = render(badge);
  await userEvent.click(view.container.querySelector('summary')!);
  return view;
}
