/**
 * Decoding a class's links with the tools' own code: `decodeAnswers` and `scoreQuiz` for quiz
 * results, `decodeRun` and `outcome` for simulator runs. This module holds no rule of either tool;
 * it sorts what they return into readable submissions and counted rejections.
 */
import { decodeAnswers, scoreQuiz, type Answers, type Quiz, type QuizResult, type Tiebreaks } from '../quiz';
import { decodeRun, outcome, type Outcome, type RunLink, type RunState, type Scenario } from '../simulator';
import { MAX_LINES, MAX_LINE_LENGTH, classify, splitLines, type PastedLine } from './parse';

interface Labelled {
  line: number;
  /** The typed name, or "Line 12". */
  label: string;
}

export interface QuizSubmission extends Labelled {
  kind: 'quiz';
  code: string;
  answers: Answers;
  tiebreaks: Tiebreaks;
  result: QuizResult;
}

export interface RunSubmission extends Labelled {
  kind: 'simulator';
  code: string;
  run: RunLink;
  state: RunState;
  outcome: Outcome;
}

export type Submission = QuizSubmission | RunSubmission;

/** Why a line was dropped. The quiz's and the simulator's own reasons are kept, under their tool. */
export type RejectReason =
  | 'not-a-link'
  | 'other-tool'
  | 'too-long'
  | 'too-many-lines'
  | 'duplicate'
  | 'no-data'
  | `quiz:${string}`
  | `simulator:${string}`;

export interface Rejected extends Labelled {
  reason: RejectReason;
  /** A sentence for the instructor. */
  message: string;
}

export interface Decoded {
  submissions: Submission[];
  rejected: Rejected[];
  /** Non-blank lines read. */
  lines: number;
  /** Unnamed lines whose link appeared earlier: two students who chose alike, or one who handed in twice. */
  repeated: number;
}

/** The tools' data; either may be missing when its file failed to load. */
export interface ToolData {
  quiz: Quiz | null;
  scenarios: readonly Scenario[] | null;
}

function labelOf(line: PastedLine): string {
  return line.name !== '' ? line.name : `Line ${line.line}`;
}

/** Decodes every line of pasted text. Never throws. */
export function decodeClass(text: string, data: ToolData): Decoded {
  const lines = splitLines(text);
  const submissions: Submission[] = [];
  const rejected: Rejected[] = [];
  const seen = new Map<string, number>();
  let repeated = 0;
  for (const [i, line] of lines.entries()) {
    const base = { line: line.line, label: labelOf(line) };
    const reject = (reason: RejectReason, message: string) => rejected.push({ ...base, reason, message });
    if (i >= MAX_LINES) {
      reject('too-many-lines', `Only the first ${MAX_LINES} lines are read.`);
      continue;
    }
    if (line.text.length > MAX_LINE_LENGTH) {
      reject('too-long', 'This line is too long to be a link from the site.');
      continue;
    }
    const found = classify(line.token);
    if (found.kind === 'not-a-link') {
      reject('not-a-link', 'No quiz result or simulator run link on this line.');
      continue;
    }
    if (found.kind === 'other-tool') {
      reject('other-tool', `A link to ${found.tool}, not a quiz result or a simulator run.`);
      continue;
    }
    // The same link under the same name is a student handing in twice: counted once. Without a name,
    // two students who chose alike hand in the same run link, so both count (and the summary says so).
    const key = `${found.kind}:${found.code.trim().toLowerCase()}`;
    const named = `${key}:${line.name.toLowerCase()}`;
    const first = seen.get(named);
    if (line.name !== '' && first !== undefined) {
      reject('duplicate', `The same name and link as line ${first}; counted once.`);
      continue;
    }
    if (line.name === '' && seen.has(key)) repeated += 1;
    seen.set(named, line.line);
    seen.set(key, line.line);
    if (found.kind === 'quiz') {
      if (!data.quiz) {
        reject('no-data', 'The quiz’s data did not load, so quiz links cannot be read. Reload the page to try again.');
        continue;
      }
      const decoded = decodeAnswers(data.quiz, found.code);
      if (!decoded.ok) {
        reject(`quiz:${decoded.reason}`, decoded.message);
        continue;
      }
      const result = scoreQuiz(data.quiz, decoded.answers, decoded.tiebreaks);
      if (result.outcome === null) {
        reject('quiz:incomplete', 'Too few answers for a result: the student stopped before the quiz could score.');
        continue;
      }
      submissions.push({ ...base, kind: 'quiz', code: found.code, ...decoded, result });
    } else {
      if (!data.scenarios) {
        reject(
          'no-data',
          'The simulator’s data did not load, so run links cannot be read. Reload the page to try again.',
        );
        continue;
      }
      const decoded = decodeRun(data.scenarios, found.code);
      if (!decoded.ok) {
        reject(`simulator:${decoded.reason}`, decoded.message);
        continue;
      }
      submissions.push({
        ...base,
        kind: 'simulator',
        code: found.code,
        run: decoded.run,
        state: decoded.state,
        outcome: outcome(decoded.state),
      });
    }
  }
  return { submissions, rejected, lines: lines.length, repeated };
}

/** What each kind of rejection is called in the summary. */
export function reasonLabel(reason: RejectReason): string {
  const fixed: Record<string, string> = {
    'not-a-link': 'Not a link to a result or a run',
    'other-tool': 'A link to another page or tool',
    'too-long': 'Line too long',
    'too-many-lines': 'Beyond the line limit',
    duplicate: 'The same name and link twice',
    'no-data': 'Tool data did not load',
    'quiz:empty': 'Quiz: empty result',
    'quiz:not-a-result': 'Quiz: not a result code',
    'quiz:old-version': 'Quiz: older version of the quiz',
    'quiz:newer-version': 'Quiz: newer version of the quiz',
    'quiz:wrong-length': 'Quiz: cut short or too long',
    'quiz:bad-characters': 'Quiz: changed or damaged',
    'quiz:incomplete': 'Quiz: too few answers for a result',
    'simulator:malformed': 'Simulator: damaged link',
    'simulator:unknown-scenario': 'Simulator: unknown scenario',
    'simulator:old-version': 'Simulator: older version of the scenario',
    'simulator:bad-role': 'Simulator: unknown role',
    'simulator:bad-seed': 'Simulator: unusable seed',
    'simulator:bad-choice': 'Simulator: changed or impossible choices',
  };
  return fixed[reason] ?? reason;
}

/** Rejections counted by reason, most frequent first. */
export function countReasons(rejected: readonly Rejected[]): { reason: RejectReason; label: string; count: number }[] {
  const counts = new Map<RejectReason, number>();
  for (const r of rejected) counts.set(r.reason, (counts.get(r.reason) ?? 0) + 1);
  return [...counts]
    .map(([reason, count]) => ({ reason, label: reasonLabel(reason), count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}
