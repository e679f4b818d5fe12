/**
 * The `_headers` file the build ships for Netlify and Cloudflare Pages (public/_headers, filled in
 * by scripts/site-build.mjs): it parses, every page gets the security headers, its policy is the
 * pages' own plus frame-ancestors, hashed assets are cached for good, and no header is set twice for
 * one path (both hosts would join the two values).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { DIST, sitemapPaths } from '../support/site-pages';

interface Rule {
  path: string;
  headers: [name: string, value: string][];
}

/** Parses `_headers` as both hosts read it; throws on a line that is neither a path, a header nor a comment. */
function parseHeaders(text: string): Rule[] {
  const rules: Rule[] = [];
  text.split('\n').forEach((line, index) => {
    if (!line.trim() || line.trim().startsWith('#')) return;
    if (line.startsWith('/')) {
      rules.push({ path: line.trim(), headers: [] });
      return;
    }
    const header = /^\s+([A-Za-z-]+):\s*(\S.*)$/.exec(line);
    const rule = rules.at(-1);
    if (!header || !rule) throw new Error(`_headers line ${index + 1} is not a path, a header or a comment: ${line}`);
    rule.headers.push([header[1]!.toLowerCase(), header[2]!.trim()]);
  });
  return rules;
}

function matches(pattern: string, path: string): boolean {
  const regex = new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  return regex.test(path);
}

/** The headers a host sends for a path, every matching rule joined; fails on a header two rules set. */
function headersFor(rules: Rule[], path: string): Map<string, string> {
  const result = new Map<string, string>();
  for (const rule of rules.filter((r) => matches(r.path, path))) {
    for (const [name, value] of rule.headers) {
      expect(result.has(name), `${name} set twice for ${path}`).toBe(false);
      result.set(name, value);
    }
  }
  return result;
}

function directives(policy: string): string[] {
  return policy
    .split(';')
    .map((d) => d.trim().replace(/\s+/g, ' '))
    .filter(Boolean)
    .sort();
}

function metaPolicy(html: string): string {
  const match = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html);
  expect(match, 'the page has a CSP meta tag').not.toBeNull();
  return match![1]!.replaceAll('&#39;', "'");
}

const rules = parseHeaders(readFileSync(join(DIST, '_headers'), 'utf8'));

test('the parser rejects a malformed line and reads a good file', () => {
  expect(() => parseHeaders('/*\nX-Frame-Options DENY')).toThrow(/line 2/);
  expect(parseHeaders('# c\n/*\n  A: b\n/x/*\n  C: d e')).toEqual([
    { path: '/*', headers: [['a', 'b']] },
    { path: '/x/*', headers: [['c', 'd e']] },
  ]);
  expect(rules.length).toBeGreaterThan(3);
  expect(readFileSync(join(DIST, '_headers'), 'utf8')).not.toContain('PAGES_POLICY');
});

test('every page gets the security headers, with the policy of its own meta tag plus frame-ancestors', () => {
  const pages = [...sitemapPaths(), '/404.html', '/search/'];
  expect(pages.length).toBeGreaterThan(10);
  for (const path of pages) {
    const headers = headersFor(rules, path);
    const file = path.endsWith('/') ? join(DIST, path, 'index.html') : join(DIST, path);
    const meta = directives(metaPolicy(readFileSync(file, 'utf8')));
    expect(directives(headers.get('content-security-policy') ?? ''), path).toEqual(
      [...meta, "frame-ancestors 'none'"].sort(),
    );
    expect(headers.get('x-content-type-options'), path).toBe('nosniff');
    expect(headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin');
    expect(headers.get('permissions-policy'), path).toContain('camera=()');
    expect(headers.get('cross-origin-opener-policy'), path).toBe('same-origin');
    expect(headers.get('cache-control'), `${path}: pages keep the host's revalidating default`).toBeUndefined();
  }
});

test('hashed assets are cached for a year; the service worker is always checked', () => {
  const assets = readdirSync(join(DIST, '_astro'));
  expect(assets.length).toBeGreaterThan(5);
  for (const name of assets) {
    expect(headersFor(rules, `/_astro/${name}`).get('cache-control')).toBe('public, max-age=31536000, immutable');
  }
  const fragment = readdirSync(join(DIST, 'pagefind', 'fragment'))[0]!;
  expect(headersFor(rules, `/pagefind/fragment/${fragment}`).get('cache-control')).toContain('immutable');
  expect(headersFor(rules, '/pagefind/pagefind.js').get('cache-control')).toBeUndefined();
  expect(headersFor(rules, '/sw.js').get('cache-control')).toBe('no-cache');
});
