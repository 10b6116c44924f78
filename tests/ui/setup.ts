import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => cleanup());

// The app fetches the stored texts as build assets; in the test DOM they are read from disk.
const realFetch = globalThis.fetch;
globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
  const url = String(input instanceof Request ? input.url : input);
  const match = /\/revisions\/([^/?#]+)/.exec(url);
  if (match) {
    const { readFileSync } = await import('node:fs');
    return new Response(readFileSync(`revisions/${decodeURIComponent(match[1]!)}`, 'utf8'), { status: 200 });
  }
  return realFetch(input, init);
}) as typeof fetch;
