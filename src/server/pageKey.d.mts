export function pageKey(pathname: string, search: URLSearchParams): string;
