import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_FLAGS, findChromium } from './tests/support/chromium';
import { SUBPATH_BASE, SUBPATH_OUT } from './scripts/build-subpath.mjs';
import { randomTestPort } from './tests/support/ports';

/**
 * The site as a school publishes it under a sub-path: `npm run test:subpath` builds it with
 * BASE_PATH=/which-pm/ into a folder of its own (scripts/build-subpath.mjs), and this serves that
 * folder under the sub-path, on a port of its own, for tests/e2e/subpath.spec.ts.
 */
process.env.E2E_SUBPATH_PORT ??= String(randomTestPort(5400, 1000));
const PORT = Number(process.env.E2E_SUBPATH_PORT);
process.env.SUBPATH_BASE = SUBPATH_BASE;
process.env.SUBPATH_OUT = SUBPATH_OUT;

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: 'subpath.spec.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    // Relative paths in the tests (`page.goto('compare/')`) resolve under the sub-path.
    baseURL: `http://localhost:${PORT}${SUBPATH_BASE}`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium-subpath',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: { executablePath: findChromium(), args: CHROMIUM_FLAGS },
      },
    },
  ],
  webServer: {
    command: `npx astro preview --port ${PORT} --ignore-lock`,
    env: { BASE_PATH: SUBPATH_BASE, OUT_DIR: SUBPATH_OUT },
    url: `http://localhost:${PORT}${SUBPATH_BASE}`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
  },
});
