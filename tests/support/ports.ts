/**
 * A random port for a test server. Chromium refuses to load some ports ("ERR_UNSAFE_PORT"):
 * 5060 and 5061 (SIP) and 6000 (X11) fall in the ranges the configs draw from, and one unlucky draw
 * failed a whole run. Those are skipped.
 */
const CHROMIUM_BLOCKED = new Set([4045, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668, 6669, 6697, 10080]);

export function randomTestPort(from: number, span: number): number {
  for (;;) {
    const port = from + Math.floor(Math.random() * span);
    if (!CHROMIUM_BLOCKED.has(port)) return port;
  }
}
