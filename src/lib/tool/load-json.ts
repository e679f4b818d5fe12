/**
 * A tool's data, fetched once from a static JSON file next to its page (so the page's HTML does not
 * carry it twice). A failed request becomes a sentence and a retry, never a hang: the fetch is
 * given up after `timeoutMs`.
 */
export type LoadResult<T> = { ok: true; data: T } | { ok: false; message: string };

export type FetchLike = (
  url: string,
  init?: { signal?: AbortSignal },
) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>;

export const LOAD_FAILED_MESSAGE =
  'The interactive version could not load its data. Check your connection and try again; the table below still works.';

export async function loadJson<T>(
  fetchFn: FetchLike,
  url: string,
  isData: (value: unknown) => value is T,
  timeoutMs = 15_000,
): Promise<LoadResult<T>> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetchFn(url, { signal: controller.signal });
    if (!response.ok) return { ok: false, message: LOAD_FAILED_MESSAGE };
    const value = await response.json();
    return isData(value) ? { ok: true, data: value } : { ok: false, message: LOAD_FAILED_MESSAGE };
  } catch {
    return { ok: false, message: LOAD_FAILED_MESSAGE };
  } finally {
    clearTimeout(timer);
  }
}
