/** The class summary: what was read and dropped, the quiz charts, the simulator groups, a table per student. */
import { countReasons, type Decoded, type QuizSubmission, type RunSubmission } from '../../../lib/class-view';
import type { Quiz } from '../../../lib/quiz';
import { summarizeQuiz, summarizeRuns } from '../../../lib/class-view';
import QuizCharts from './QuizCharts';
import RunGroups from './RunGroups';
import StudentTables from './StudentTables';
import { plural } from './format';
import Scroll from './Scroll';

interface Props {
  decoded: Decoded;
  quiz: Quiz | null;
  /** Milliseconds the decoding took, shown so an instructor knows it is instant. */
  took: number;
}

export default function ClassReport({ decoded, quiz, took }: Props) {
  const quizzes = decoded.submissions.filter((s): s is QuizSubmission => s.kind === 'quiz');
  const runs = decoded.submissions.filter((s): s is RunSubmission => s.kind === 'simulator');
  const reasons = countReasons(decoded.rejected);
  const quizSummary = quiz && quizzes.length > 0 ? summarizeQuiz(quiz, quizzes) : null;
  const groups = summarizeRuns(runs);

  return (
    <section class="class-report" aria-labelledby="class-report-title">
      <h2 id="class-report-title">The class</h2>
      <p class="class-report__counts" role="status">
        Read {plural(decoded.lines, 'line')}: {plural(quizzes.length, 'quiz result')} and{' '}
        {plural(runs.length, 'simulator run')}
        {decoded.rejected.length > 0 ? `; ${plural(decoded.rejected.length, 'line')} could not be used` : ''}. Worked
        out in this browser in {took < 1 ? 'under 1' : Math.round(took)} ms; nothing was sent anywhere.
      </p>
      <div class="tool-actions class-report__actions">
        <button type="button" class="button" onClick={() => window.print()}>
          Print the class summary
        </button>
      </div>

      {decoded.repeated > 0 && (
        <p class="notice">
          {plural(decoded.repeated, 'line')} without a name repeat a link from an earlier line. Two students who chose
          alike hand in the same link, so each counts; if one student handed in twice, remove the repeat or add names.
        </p>
      )}
      {reasons.length > 0 && (
        <details class="class-report__dropped" open>
          <summary>{plural(decoded.rejected.length, 'line')} not used, by reason</summary>
          <Scroll label="Lines not used, by reason">
            <table class="class-table">
              <caption class="visually-hidden">Lines not used, by reason</caption>
              <thead>
                <tr>
                  <th scope="col">Reason</th>
                  <th scope="col" class="num">
                    Lines
                  </th>
                </tr>
              </thead>
              <tbody>
                {reasons.map((r) => (
                  <tr key={r.reason}>
                    <th scope="row">{r.label}</th>
                    <td class="num">{r.count}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Scroll>
          <Scroll label="Each line not used">
            <table class="class-table class-table--lines">
              <caption>Each line not used</caption>
              <thead>
                <tr>
                  <th scope="col">Line</th>
                  <th scope="col">Student</th>
                  <th scope="col">Why</th>
                </tr>
              </thead>
              <tbody>
                {decoded.rejected.map((r) => (
                  <tr key={r.line}>
                    <td class="num">{r.line}</td>
                    <td>{r.label}</td>
                    <td>{r.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Scroll>
        </details>
      )}

      {decoded.submissions.length === 0 && (
        <p class="empty-state">
          No line held a quiz result or a simulator run this page could read. Each link should end in{' '}
          <code>?r=v1.…</code> (a quiz result) or <code>?run=…</code> (a simulator run).
        </p>
      )}
      {quizSummary && <QuizCharts summary={quizSummary} />}
      {groups.length > 0 && <RunGroups groups={groups} />}
      {decoded.submissions.length > 0 && <StudentTables quiz={quiz} quizzes={quizzes} runs={runs} />}
    </section>
  );
}
