/** The quiz's first screen: what it is, how long it takes, that nothing leaves the browser, and resume. */
import type { RefObject } from 'preact';
import type { QuizModel } from '../../../lib/quiz/model';
import type { Quiz } from '../../../lib/quiz/types';
import { withBase } from '../../../lib/site/href';

interface Props {
  model: QuizModel;
  quiz: Quiz;
  headingRef: RefObject<HTMLHeadingElement>;
}

export default function QuizStart({ model, quiz, headingRef }: Props) {
  const answered = model.answeredCount.value;
  const total = quiz.items.length;
  return (
    <section class="quiz-screen" aria-labelledby="quiz-start-title">
      <h2 id="quiz-start-title" ref={headingRef} tabIndex={-1}>
        Before you start
      </h2>
      <ul class="quiz-facts">
        <li>
          {total} short statements and {quiz.tiebreaks.pairs.length} quick choices: about five minutes.
        </li>
        <li>
          For each one, say how much you would enjoy it. There are no right answers, and you can go back to any
          question.
        </li>
        <li>
          Your answers stay in this browser. Nothing is sent anywhere; the result is a link that holds your answers, so
          you decide who sees it.
        </li>
        <li>It is for exploring, not for hiring or screening, and it has not been validated yet.</li>
      </ul>
      <div class="quiz-nav">
        {answered > 0 ? (
          <>
            <button type="button" class="button" onClick={model.begin}>
              Carry on ({answered} of {total} answered)
            </button>
            <button type="button" class="button button--quiet" onClick={model.restart}>
              Start again
            </button>
          </>
        ) : (
          <button type="button" class="button" onClick={model.begin}>
            Start the quiz
          </button>
        )}
      </div>
      <p class="quiz-aside">
        <a href={withBase('/quiz/method/')}>How the quiz scores</a> ·{' '}
        <a href={withBase('/quiz/worksheet/')}>Paper version for a class without devices</a>
      </p>
    </section>
  );
}
