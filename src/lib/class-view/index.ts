/** The class view's logic: read pasted links, decode them with the tools' own code, and summarize. Pure, no DOM. */
export * from './parse';
export * from './decode';
export * from './quiz-summary';
export * from './run-summary';
