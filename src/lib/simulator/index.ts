/** The role simulator's rules: scenario types, the engine, checks, run links, bots and the debrief. Pure TypeScript, no DOM. */
export * from './types';
export * from './rng';
export * from './lookup';
export * from './engine';
export * from './outcome';
export * from './validate';
export * from './run-link';
export * from './bots';
export * from './debrief';
export * from './text';
