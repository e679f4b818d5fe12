/** The comparison table's rules: data checks, selection, URL state, filtering, and the island's model. */
export * from './types';
export * from './validate';
export * from './selection';
export * from './url';
export * from './filter';
export * from './columns';
export * from './tool-data';
