/**
 * What the class view needs only once an instructor asks it to read links: the decoder (the quiz's
 * and the simulator's own rules) and the report. Loaded on first use, so the page opens with the
 * form alone.
 */
export { decodeClass } from '../../../lib/class-view';
export { default as ClassReport } from './ClassReport';
