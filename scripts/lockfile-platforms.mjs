// Records other platforms' optional packages in package-lock.json.
//
// Why: the registry this project installs from here serves only the Linux x64 builds of packages that
// ship per-platform binaries (@astrojs/compiler-binding-*, @pagefind/*). npm then writes a lockfile
// without the other platforms' entries, and `npm ci` refuses that lockfile ("Missing: ... from lock
// file"). An entry with the package's os/cpu lets `npm ci` validate the tree and skip the package on a
// machine it does not fit, exactly as it would with a lockfile written against the full registry.
// Run after any `npm install` that changes the lockfile: `node scripts/lockfile-platforms.mjs`.
import { readFileSync, writeFileSync } from 'node:fs';

const LOCKFILE = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(LOCKFILE, 'utf8'));
const packages = lock.packages;

/** os and cpu read off a platform package's name, e.g. "darwin-arm64", "win32-x64-msvc", "linux-arm64-musl". */
function platformOf(name) {
  const tail = name.split('/').pop();
  const os = ['android', 'darwin', 'freebsd', 'linux', 'win32', 'windows', 'wasm32'].find((o) => tail.includes(o));
  const cpu = ['arm64', 'x64', 'ia32', 'arm', 'wasm32'].find((c) => tail.includes(`-${c}`) || tail.startsWith(c));
  if (!os || !cpu) return null;
  if (os === 'wasm32') return { cpu: ['wasm32'] };
  const entry = { os: [os === 'windows' ? 'win32' : os], cpu: [cpu] };
  if (tail.endsWith('-musl')) entry.libc = ['musl'];
  if (tail.endsWith('-gnu')) entry.libc = ['glibc'];
  return entry;
}

let added = 0;
for (const [path, meta] of Object.entries(packages)) {
  for (const [dep, version] of Object.entries(meta.optionalDependencies ?? {})) {
    const nested = `${path}/node_modules/${dep}`;
    const hoisted = `node_modules/${dep}`;
    if (packages[nested] || packages[hoisted]) continue;
    const platform = platformOf(dep);
    if (!platform) continue;
    packages[hoisted] = {
      version,
      ...(meta.dev ? { dev: true } : {}),
      optional: true,
      ...platform,
    };
    added += 1;
  }
}
lock.packages = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
);
writeFileSync(LOCKFILE, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`lockfile-platforms: recorded ${added} other-platform optional package(s).`);
