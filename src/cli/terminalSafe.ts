/** Text for a terminal: every control character written out as ⟦U+…⟧, but for line breaks, tabs and (on a TTY) our colour codes. */
import { showInvisibles } from '../model';

const COLOUR = /\u001b\[[0-9;]*m/g;

export function terminalSafe(text: string, keepColour: boolean): string {
  if (!keepColour) return showInvisibles(text);
  let out = '';
  let last = 0;
  for (const m of text.matchAll(COLOUR)) {
    out += showInvisibles(text.slice(last, m.index)) + m[0];
    last = m.index! + m[0].length;
  }
  return out + showInvisibles(text.slice(last));
}
