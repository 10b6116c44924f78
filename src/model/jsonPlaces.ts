/**
 * Where things stand in a JSON text, so a diagnostic can point at `index.json:14:5` rather than at
 * line 1: the start of each element of a top-level array, and of each key inside those elements.
 * A small scanner (strings and escapes respected); the text is already known to be valid JSON.
 */

export interface Place {
  line: number;
  column: number;
}

export interface ElementPlaces {
  at: Place;
  keys: Map<string, Place>;
}

function placeOf(text: string, offset: number): Place {
  let line = 1;
  let last = -1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) [line, last] = [line + 1, i];
  return { line, column: offset - last };
}

/** The elements of the array under top-level key `key`, with the places of their own keys. */
export function arrayElementPlaces(text: string, key: string): ElementPlaces[] {
  const out: ElementPlaces[] = [];
  let depth = 0;
  let inArray = false;
  let pendingKey: string | null = null;
  let current: ElementPlaces | null = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      const value = JSON.parse(text.slice(i, j + 1)) as string;
      let k = j + 1;
      while (/\s/.test(text[k] ?? '')) k++;
      const isKey = text[k] === ':';
      if (isKey && depth === 1 && !inArray) pendingKey = value;
      if (isKey && inArray && depth === 3 && current) current.keys.set(value, placeOf(text, i));
      if (inArray && depth === 2 && !isKey) out.push({ at: placeOf(text, i), keys: new Map() });
      i = j;
      continue;
    }
    if (/\s|,|:/.test(ch)) continue;
    if (inArray && depth === 2 && ch !== ']') {
      // An element starts: an object, an array or a bare value (null, a number).
      current = { at: placeOf(text, i), keys: new Map() };
      out.push(current);
      if (ch !== '{' && ch !== '[') while (i + 1 < text.length && !/[\s,\]]/.test(text[i + 1]!)) i++;
    }
    if (ch === '{' || ch === '[') {
      depth++;
      if (ch === '[' && depth === 2 && pendingKey === key) inArray = true;
    } else if (ch === '}' || ch === ']') {
      depth--;
      if (depth === 1 && inArray) inArray = false;
      if (depth === 1) pendingKey = null;
    }
  }
  return out;
}
