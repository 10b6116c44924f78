/** Files as a drop carries them: a DataTransfer made in the page, to dispatch with a `drop` event. */
import type { Page } from 'playwright-core';

export interface DroppedFile {
  name: string;
  bytes: Uint8Array;
  type?: string;
}

export function filesTransfer(page: Page, files: readonly DroppedFile[]) {
  return page.evaluateHandle(
    (list) => {
      const dt = new DataTransfer();
      for (const f of list) dt.items.add(new File([new Uint8Array(f.bytes)], f.name, { type: f.type }));
      return dt;
    },
    files.map((f) => ({ name: f.name, bytes: [...f.bytes], type: f.type ?? '' })),
  );
}

/** One file as a drop carries it. */
export const fileTransfer = (page: Page, name: string, bytes: Uint8Array, type = '') =>
  filesTransfer(page, [{ name, bytes, type }]);
