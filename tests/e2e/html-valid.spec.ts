/**
 * Every built page is valid HTML, checked by the W3C's Nu validator (vnu.jar, from the vnu-jar
 * package, run with the machine's Java). Its install script, which would download a Java runtime,
 * stays denied in package.json: the tests use the system's Java and never download one.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { ROOT } from '../support/content-files';
import { DIST } from '../support/site-pages';

interface VnuMessage {
  type: string;
  url: string;
  message: string;
  lastLine?: number;
}

/**
 * Astro's island runtime writes `<style>astro-island,...{display:contents}</style>` into the body
 * before the first island; the validator flags a body <style> that is not its parent's first child.
 * It is Astro's markup, harmless to browsers, and the only message allowed.
 */
const KNOWN_ASTRO_OUTPUT = /^A “style” element in “body” must be the first child of its parent\.$/;

function javaPath(): string {
  try {
    execFileSync('java', ['-version'], { stdio: 'ignore' });
    return 'java';
  } catch {
    throw new Error(
      'No Java found for the HTML validator: install a Java runtime (apt-get install -y default-jre-headless).',
    );
  }
}

test('every page is valid HTML', () => {
  const jar = join(ROOT, 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');
  // vnu writes its JSON report to stderr.
  const run = spawnSync(
    javaPath(),
    ['-jar', jar, '--skip-non-html', '--errors-only', '--format', 'json', '--exit-zero-always', DIST],
    {
      encoding: 'utf8',
      maxBuffer: 32 * 1024 * 1024,
    },
  );
  const output = run.stderr;
  const report = output.trim() ? (JSON.parse(output) as { messages: VnuMessage[] }) : { messages: [] };
  const problems = report.messages
    .filter((m) => !KNOWN_ASTRO_OUTPUT.test(m.message))
    .map((m) => `${m.url.replace(/^file:.*?\/dist/, '')}:${m.lastLine ?? '?'} ${m.type}: ${m.message}`);
  expect(problems).toEqual([]);
});
