/** Rows are fetched a page at a time as the table scrolls: which pages cover rows [first, last]. */
export function pagesFor(first: number, last: number, pageSize: number, total: number): number[] {
  if (total <= 0 || last < first) return [];
  const from = Math.max(0, Math.floor(first / pageSize));
  const to = Math.min(Math.floor((total - 1) / pageSize), Math.floor(last / pageSize));
  const pages: number[] = [];
  for (let p = from; p <= to; p++) pages.push(p);
  return pages;
}

/** Row `index` of a page cache, or undefined while its page is loading. */
export function rowAt<T>(pages: ReadonlyMap<number, T[]>, index: number, pageSize: number): T | undefined {
  return pages.get(Math.floor(index / pageSize))?.[index % pageSize];
}
