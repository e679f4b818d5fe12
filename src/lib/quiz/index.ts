/** The career-fit quiz's rules: data checks, scoring, the outcome rule, the result link and the result's words. */
export * from './types';
export * from './validate';
export * from './stats';
export * from './dimension';
export * from './flags';
export * from './outcome';
export * from './score';
export * from './url';
export * from './text';
export * from './items';
export * from './reliability';
