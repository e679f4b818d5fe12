/**
 * Finds a Chromium to drive. Playwright must never download a browser here (the only network
 * is the package registries), so the order is: CHROMIUM_PATH, then Debian's /usr/bin/chromium,
 * then a browser Playwright already installed. With none, the error says how to get one.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const CHROMIUM_FLAGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

export function findChromium(
  env: NodeJS.ProcessEnv = process.env,
  exists: (path: string) => boolean = existsSync,
): string {
  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv) {
    if (exists(fromEnv)) return fromEnv;
    throw new Error(
      `CHROMIUM_PATH is set to "${fromEnv}", but no file is there. Point it at a Chromium binary, or unset it.`,
    );
  }
  if (exists('/usr/bin/chromium')) return '/usr/bin/chromium';
  let bundled: string | undefined;
  try {
    bundled = chromium.executablePath();
  } catch {
    bundled = undefined;
  }
  if (bundled && exists(bundled)) return bundled;
  throw new Error(
    "No Chromium found for the end-to-end tests. Install Debian's package (sudo apt-get install -y chromium), " +
      'or set CHROMIUM_PATH to a Chromium binary. The tests never download a browser.',
  );
}
