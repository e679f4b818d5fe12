import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_FLAGS, findChromium } from './tests/support/chromium';
import { randomTestPort } from './tests/support/ports';

/**
 * Each run serves the built site on a port of its own, so neither a running `npm start` nor a
 * second test run can get in the way. Workers inherit the port through the environment.
 */
process.env.E2E_PORT ??= String(randomTestPort(4400, 1000));
const PORT = Number(process.env.E2E_PORT);

export default defineConfig({
  testDir: 'tests/e2e',
  // The sub-path build has its own configuration and server (playwright.subpath.config.ts).
  testIgnore: 'subpath.spec.ts',
  fullyParallel: true,
  // Two cores on every machine here (developers' and CI's alike).
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${PORT}`,
    // A failing test keeps its trace (test-results/), so a CI failure can be replayed with `npx playwright show-trace`.
    trace: 'retain-on-failure',
    // The service worker would answer requests that tests intercept or count; offline.spec.ts allows it.
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: { executablePath: findChromium(), args: CHROMIUM_FLAGS },
      },
    },
  ],
  webServer: {
    // --ignore-lock: the test server must start even while someone has `npm start` running.
    command: `npx astro preview --port ${PORT} --ignore-lock`,
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
  },
});
