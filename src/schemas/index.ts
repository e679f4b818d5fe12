export { articleSchema, type Article } from './article';
export { glossarySchema, type GlossaryEntry } from './glossary';
export { processSchema, type Process } from './process';
export { sourceSchema, type Source } from './source';
export { comparisonSchema, type Comparison } from './comparison';
export { quizSchema, type QuizData } from './quiz';
export { scenarioSchema, type ScenarioData } from './scenario';
export { ladderSchema, type Ladder } from './ladder';
