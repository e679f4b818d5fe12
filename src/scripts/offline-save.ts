/**
 * "Save the whole site for offline" on /offline/: reads the build's list of files (offline.json,
 * written by scripts/site-build.mjs), says how much it will download before anything starts, then
 * stores every file in the cache the service worker reads (src/scripts/service-worker.js), with a
 * progress bar. Files already stored from this build are skipped, so a second run only fills gaps.
 */
import { withBase } from '../lib/site/href';

const CACHE = 'which-pm';
const SAVED_KEY = 'wpm-offline-saved';
const PARALLEL = 4;

interface OfflineFile {
  url: string;
  bytes: number;
  gzip: number;
}
interface OfflineList {
  version: string;
  bytes: number;
  gzip: number;
  pages: OfflineFile[];
  assets: OfflineFile[];
  search: OfflineFile[];
}

/** "1.4 MB", "820 kB". */
export function formatBytes(bytes: number): string {
  return bytes >= 1_000_000 ? `${(bytes / 1_000_000).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1000))} kB`;
}

function savedVersion(): string | null {
  try {
    return localStorage.getItem(SAVED_KEY);
  } catch {
    return null;
  }
}

async function workerReady(): Promise<boolean> {
  if (!('serviceWorker' in navigator) || !('caches' in window)) return false;
  const timeout = new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), 5000));
  const registration = await Promise.race([navigator.serviceWorker.ready, timeout]);
  return Boolean(registration?.active);
}

export function startOfflineSave(): void {
  const root = document.querySelector<HTMLElement>('[data-offline-save]');
  if (!root) return;
  const size = root.querySelector<HTMLElement>('[data-offline-size]')!;
  const start = root.querySelector<HTMLButtonElement>('[data-offline-start]')!;
  const progress = root.querySelector<HTMLProgressElement>('[data-offline-progress]')!;
  const result = root.querySelector<HTMLElement>('[data-offline-result]')!;
  let list: OfflineList | undefined;

  async function describe(): Promise<void> {
    if (!(await workerReady())) {
      size.textContent = 'This browser cannot keep the site for offline use (or has turned it off for this site).';
      return;
    }
    try {
      const response = await fetch(withBase('/offline.json'), { cache: 'no-cache' });
      if (!response.ok) throw new Error(String(response.status));
      list = (await response.json()) as OfflineList;
    } catch {
      size.textContent = 'The list of files could not load. Check your connection, then reload this page.';
      return;
    }
    const files = list.pages.length + list.assets.length + list.search.length;
    size.textContent =
      `The whole site is ${list.pages.length} pages and ${files - list.pages.length} other files: ` +
      `about ${formatBytes(list.gzip)} to download, ${formatBytes(list.bytes)} on this device.`;
    if (savedVersion() === list.version) result.textContent = 'This version of the site is saved on this device.';
    start.disabled = false;
  }

  async function save(): Promise<void> {
    if (!list) return;
    start.disabled = true;
    const files = [...list.pages, ...list.assets, ...list.search];
    const cache = await caches.open(CACHE);
    let done = 0;
    let failed = 0;
    progress.hidden = false;
    progress.max = files.length;
    progress.value = 0;
    result.textContent = `Saving… 0 of ${files.length} files.`;
    const queue = [...files];
    async function worker(): Promise<void> {
      for (let file = queue.shift(); file; file = queue.shift()) {
        try {
          // Pages are always fetched again (they change); hashed files are kept if already stored.
          const isPage = list!.pages.includes(file);
          if (isPage || !(await cache.match(file.url, { ignoreVary: true }))) {
            const response = await fetch(file.url, { cache: 'no-cache' });
            if (!response.ok) throw new Error(String(response.status));
            await cache.put(file.url, response);
          }
        } catch {
          failed += 1;
        }
        done += 1;
        progress.value = done;
        result.textContent = `Saving… ${done} of ${files.length} files.`;
      }
    }
    await Promise.all(Array.from({ length: PARALLEL }, worker));
    if (failed > 0) {
      result.textContent = `${failed} of ${files.length} files could not be saved. Check your connection, then press the button again: it saves only what is missing.`;
    } else {
      result.textContent = 'Done: the whole site is saved on this device and works without a network.';
      try {
        localStorage.setItem(SAVED_KEY, list.version);
      } catch {
        // Only the "saved" note depends on this.
      }
    }
    start.disabled = false;
  }

  start.addEventListener('click', () => void save());
  void describe();
}
