// The key a prerendered page is found by, the same at build time (prerenderPlugin.ts) and when
// serving (serve.mjs): the path, then the search params sorted by name.
export function pageKey(pathname, search) {
  const params = [...search.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return params.length ? `${pathname}?${new URLSearchParams(params).toString()}` : pathname;
}
