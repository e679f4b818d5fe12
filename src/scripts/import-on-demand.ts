/**
 * Imports a module by its address (a `?chunk-url` import, scripts/chunk-url.mjs) the first time it
 * is needed, and only once. A failed load is not kept: the next call tries again, with a fresh
 * address, because the browser remembers a failed module import for as long as the page is open.
 */
export function importOnDemand<Module>(
  url: string,
  load: (url: string) => Promise<unknown> = (address) => import(/* @vite-ignore */ address),
): () => Promise<Module> {
  let loading: Promise<Module> | undefined;
  let failures = 0;
  return () => {
    loading ??= (load(failures === 0 ? url : `${url}?retry=${failures}`) as Promise<Module>).catch((error: unknown) => {
      failures += 1;
      loading = undefined;
      throw error;
    });
    return loading;
  };
}
