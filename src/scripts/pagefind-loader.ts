import { withBase } from '../lib/site/href';
/**
 * Loads Pagefind's Component UI (its script and stylesheet) once, on first use, and then its
 * search index, and says clearly when either fails so the caller can show a message and a retry.
 * A failed load leaves nothing behind: the next call starts again, with no reload.
 */
const BUNDLE = withBase('/pagefind/');
/** A request that neither answers nor fails (a dropping school network) counts as failed after this. */
const TIMEOUT_MS = 20_000;
let loading: Promise<void> | undefined;

export interface PagefindInstance {
  triggerLoad(): Promise<void>;
  triggerSearch(term: string): void;
  on(event: 'search', callback: (term: string) => void, owner?: unknown): void;
  on(event: 'error', callback: (error: { message?: string }) => void, owner?: unknown): void;
}
interface PagefindComponents {
  getInstanceManager(): { getInstance(name: string): PagefindInstance };
}

/** Why search is not available: `offline` when the browser knows it has no network. */
export class SearchUnavailable extends Error {
  constructor(readonly offline: boolean) {
    super(
      offline
        ? 'You are offline, and search is not saved on this device yet. Pages you have opened still work.'
        : 'Search could not load. Check your connection, then try again.',
    );
    this.name = 'SearchUnavailable';
  }
}

function withTimeout<T>(promise: Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timed out')), TIMEOUT_MS);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

export function loadPagefindComponents(): Promise<void> {
  loading ??= withTimeout(
    new Promise<void>((resolve, reject) => {
      if ('PagefindComponents' in window) {
        resolve();
        return;
      }
      const stylesheet = document.createElement('link');
      stylesheet.rel = 'stylesheet';
      stylesheet.href = `${BUNDLE}pagefind-component-ui.css`;
      const script = document.createElement('script');
      script.src = `${BUNDLE}pagefind-component-ui.js`;
      script.onload = () => resolve();
      script.onerror = () => {
        // A failed script element is dead: remove it (and its stylesheet) so a retry adds fresh ones.
        script.remove();
        stylesheet.remove();
        reject(new Error('search script failed'));
      };
      document.head.append(stylesheet, script);
    }),
  ).catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

async function fetchOk(url: string): Promise<Response> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response;
}

interface PagefindEntry {
  languages: Record<string, { hash: string; wasm?: string | null }>;
}

let indexChecked: Promise<void> | undefined;
/**
 * Fetches the files Pagefind needs before its first answer (its library, the index entry, the
 * index metadata, the WebAssembly) before Pagefind itself asks for them. Pagefind does not recover
 * from a failure of these inside a page (it answers "Searching for..." for good); checked first,
 * a failure stays ours to report and retry, and Pagefind then reads them from the browser's cache.
 */
function checkIndexFiles(): Promise<void> {
  indexChecked ??= (async () => {
    // Fetched, not imported: Pagefind imports it next, from the browser's cache (an import() here
    // would also pull the bundler's preload helper into every page).
    await (await fetchOk(`${BUNDLE}pagefind.js`)).arrayBuffer();
    const entry = (await (await fetchOk(`${BUNDLE}pagefind-entry.json`)).json()) as PagefindEntry;
    const languages = entry.languages;
    const language = languages[document.documentElement.lang] ?? Object.values(languages)[0];
    if (!language) throw new Error('The search index has no language.');
    await Promise.all(
      [`${BUNDLE}pagefind.${language.hash}.pf_meta`, `${BUNDLE}wasm.${language.wasm ?? 'unknown'}.pagefind`].map(
        async (url) => (await fetchOk(url)).arrayBuffer(),
      ),
    );
  })().catch((error: unknown) => {
    indexChecked = undefined;
    throw error;
  });
  return indexChecked;
}

/** The named Pagefind instance, with its index and WebAssembly loaded. Throws SearchUnavailable. */
export async function loadSearch(name: string): Promise<PagefindInstance> {
  try {
    await withTimeout(Promise.all([loadPagefindComponents(), checkIndexFiles()]));
    await withTimeout(customElements.whenDefined('pagefind-input'));
    const components = (window as unknown as { PagefindComponents: PagefindComponents }).PagefindComponents;
    const instance = components.getInstanceManager().getInstance(name);
    // Pagefind reports a bundle it cannot import through 'error' (and resolves); a missing index
    // or WebAssembly file rejects. Either way, the next triggerLoad() tries again from the start.
    let failed = false;
    instance.on(
      'error',
      () => {
        failed = true;
      },
      'which-pm-loader',
    );
    await withTimeout(instance.triggerLoad());
    if (failed) throw new Error('search bundle failed');
    return instance;
  } catch {
    throw new SearchUnavailable(!navigator.onLine);
  }
}
