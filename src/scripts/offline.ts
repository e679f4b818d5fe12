/**
 * Registers the service worker (public behaviour in src/scripts/service-worker.js) and shows the
 * "new version" notice. Everything here is optional: if the browser has no service workers, or
 * registration fails (a private window, a host that does not serve sw.js), the page works as before.
 */
import { withBase } from '../lib/site/href';

function showUpdateNotice(worker: ServiceWorker): void {
  const notice = document.querySelector<HTMLElement>('[data-update-notice]');
  if (!notice) return;
  notice.hidden = false;
  notice.querySelector('button')?.addEventListener('click', () => {
    // The page reloads once the new worker has taken over (controllerchange below).
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

async function register(): Promise<void> {
  const hadController = Boolean(navigator.serviceWorker.controller);
  const registration = await navigator.serviceWorker.register(withBase('/sw.js'), { scope: withBase('/') });
  let reloading = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    // Only a worker that replaced another one (the reader pressed "Reload") reloads the page.
    if (!hadController || reloading) return;
    reloading = true;
    location.reload();
  });
  if (registration.waiting && hadController) showUpdateNotice(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const incoming = registration.installing;
    incoming?.addEventListener('statechange', () => {
      if (incoming.state === 'installed' && navigator.serviceWorker.controller) showUpdateNotice(incoming);
    });
  });
  const ready = await navigator.serviceWorker.ready;
  if (ready.active) keepThisPage(ready.active);
}

if ('serviceWorker' in navigator && import.meta.env.PROD) {
  register().catch(() => {
    // Offline reading is an extra; the page needs none of it.
  });
}
