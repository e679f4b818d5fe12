/**
 * The test object every end-to-end test uses. It watches each page for console errors, page
 * errors (an uncaught exception, a CSP violation) and requests that leave the site's origin, and
 * fails the test on any of them, so every test checks these for free.
 */
import { test as base, expect, type Page } from '@playwright/test';

export interface PageProblems {
  consoleErrors: string[];
  pageErrors: string[];
  offOriginRequests: string[];
}

export function watchPage(page: Page, origin: string): PageProblems {
  const problems: PageProblems = { consoleErrors: [], pageErrors: [], offOriginRequests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.pageErrors.push(`${page.url()}: ${error.message}`));
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) problems.offOriginRequests.push(url);
  });
  return problems;
}

export const test = base.extend<{ problems: PageProblems; expectedConsoleErrors: RegExp[] }>({
  /** Console errors a test provokes on purpose (a 404 page logs its own 404), matched by pattern. */
  expectedConsoleErrors: [[], { option: true }],
  problems: [
    async ({ page, baseURL, expectedConsoleErrors }, use) => {
      const problems = watchPage(page, new URL(baseURL!).origin);
      await use(problems);
      const unexpected = problems.consoleErrors.filter(
        (e) => !expectedConsoleErrors.some((pattern) => pattern.test(e)),
      );
      expect(problems.pageErrors, 'page errors').toEqual([]);
      expect(unexpected, 'console errors').toEqual([]);
      expect(problems.offOriginRequests, 'requests that left the site').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
