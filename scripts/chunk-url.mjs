// @ts-check
/**
 * `import url from './module.ts?chunk-url'` gives the address of that module, bundled as a chunk of
 * its own, without loading it. A page can then load the module only when a reader asks for it (the
 * search opener) with `import(/* @vite-ignore *\/ url)`.
 *
 * Why not `import('./module.ts')`: Vite wraps every dynamic import of a path in its preload helper
 * and adds that helper (about 0.9 kB gzip) to the page, even with nothing to preload; that alone
 * would put a content page over its 3 kB budget. An import of an address it cannot see is left as
 * it is. The address comes from the bundler's standard way to refer to an emitted chunk
 * (`import.meta.ROLLUP_FILE_URL_<id>`), so it carries the chunk's hash and the site's base path.
 *
 * @returns {import('vite').Plugin}
 */
export function chunkUrl() {
  const QUERY = '?chunk-url';
  return {
    name: 'which-pm:chunk-url',
    async resolveId(source, importer) {
      if (!source.endsWith(QUERY)) return null;
      const resolved = await this.resolve(source.slice(0, -QUERY.length), importer, { skipSelf: true });
      return resolved ? `${resolved.id}${QUERY}` : null;
    },
    load(id) {
      if (!id.endsWith(QUERY)) return null;
      const file = id.slice(0, -QUERY.length);
      // The dev server serves every source file at its own path, so there the path is the address.
      if (this.environment.mode === 'dev') {
        return `export default ${JSON.stringify(`/@fs${file}`)};`;
      }
      const reference = this.emitFile({ type: 'chunk', id: file });
      return `export default import.meta.ROLLUP_FILE_URL_${reference};`;
    },
  };
}
