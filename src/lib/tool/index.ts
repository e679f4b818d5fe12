/** What every tool island shares: URL state, notices, copy link, data loading and sentence helpers. */
export * from './url-state';
export * from './notices';
export * from './text';
export * from './copy-link';
export * from './load-json';
export * from './saved-progress';
