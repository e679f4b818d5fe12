/** One row per student, labelled by the name the instructor typed or the line number. */
import type { QuizSubmission, RunSubmission } from '../../../lib/class-view';
import { outcomeText, type Quiz } from '../../../lib/quiz';
import { roleName } from '../../../lib/simulator';
import { leaning } from './format';
import Scroll from './Scroll';

interface Props {
  quiz: Quiz | null;
  quizzes: readonly QuizSubmission[];
  runs: readonly RunSubmission[];
}

export default function StudentTables({ quiz, quizzes, runs }: Props) {
  return (
    <section class="class-section" aria-labelledby="class-students">
      <h3 id="class-students">Student by student</h3>
      {quiz && quizzes.length > 0 && (
        <Scroll label="Quiz results">
          <table class="class-table">
            <caption>Quiz results</caption>
            <thead>
              <tr>
                <th scope="col">Student</th>
                <th scope="col">Result</th>
                <th scope="col">Overall</th>
                {quiz.dimensions.map((d) => (
                  <th scope="col" key={d.id}>
                    {d.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {quizzes.map((s) => (
                <tr key={s.line}>
                  <th scope="row">{s.label}</th>
                  <td>{outcomeText(quiz, s.result)?.headline ?? '–'}</td>
                  <td>{leaning(s.result.position)}</td>
                  {s.result.dimensions.map((d) => (
                    <td key={d.dimension}>{leaning(d.score)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </Scroll>
      )}
      {runs.length > 0 && (
        <Scroll label="Simulator runs">
          <table class="class-table">
            <caption>Simulator runs</caption>
            <thead>
              <tr>
                <th scope="col">Student</th>
                <th scope="col">Scenario</th>
                <th scope="col">Chair</th>
                <th scope="col">Seed</th>
                <th scope="col">Ending</th>
                <th scope="col" class="num">
                  Meters in danger
                </th>
              </tr>
            </thead>
            <tbody>
              {runs.map((s) => (
                <tr key={s.line}>
                  <th scope="row">{s.label}</th>
                  <td>{s.state.scenario.title}</td>
                  <td>{roleName(s.run.role)}</td>
                  <td>{s.run.seed.toString(36)}</td>
                  <td>
                    {s.outcome.ending.title}
                    {s.outcome.finished ? '' : ' (unfinished)'}
                  </td>
                  <td class="num">{s.outcome.dangerCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Scroll>
      )}
    </section>
  );
}
