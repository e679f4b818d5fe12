/**
 * Registers the service worker (public behaviour in src/scripts/service-worker.js) and shows the
 * "new version" notice. Everything here is optional: if the browser has no service workers, or
 * registration fails (a private window, a host that does not serve sw.js), the page works as before.
 */
function showUpdateNotice(worker: ServiceWorker): void {
  const notice = document.querySelector<HTMLElement>('[data-update-notice]');
  if (!notice) return;
  notice.hidden = false;
  notice.querySelector('button')?.addEventListener('click', () => {
    // Another tab may have let the new version in already; otherwise ask it to take over, and
    // reload once it has, so the page and its files come from the same build.
    if (worker.state === 'activated') {
      location.reload();
      return;
    }
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
    worker.postMessage({ type: 'skip-waiting' });
  });
}

/** The page the reader opened before the worker ran, and what it loaded, kept for offline reading. */
function keepThisPage(worker: ServiceWorker): void {
  const urls = [
    location.pathname,
    ...performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((url) => url.startsWith(location.origin)),
  ];
  worker.postMessage({ type: 'cache-urls', urls });
}

async function register(worker: string, scope: string): Promise<void> {
  const registration = await navigator.serviceWorker.register(worker, { scope });
  if (registration.waiting && navigator.serviceWorker.controller) showUpdateNotice(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const incoming = registration.installing;
    incoming?.addEventListener('statechange', () => {
      if (incoming.state === 'installed' && navigator.serviceWorker.controller) showUpdateNotice(incoming);
    });
  });
  const ready = await navigator.serviceWorker.ready;
  if (ready.active) keepThisPage(ready.active);
}

// The worker's address and scope come from the page (SiteNotices.astro), which knows the site's base path.
const { worker, scope } = document.querySelector<HTMLElement>('[data-update-notice]')?.dataset ?? {};
if ('serviceWorker' in navigator && import.meta.env.PROD && worker && scope) {
  register(worker, scope).catch(() => {
    // Offline reading is an extra; the page needs none of it.
  });
}
