/** The "which would you rather do this week?" pairs. They only break ties: said on screen, as on /quiz/method/. */
import type { RefObject } from 'preact';
import type { QuizModel } from '../../../lib/quiz/model';
import type { End, Quiz } from '../../../lib/quiz/types';
import { pairOrder } from '../../../lib/quiz/items';
import QuizProgress from './QuizProgress';
import QuizNav from './QuizNav';

interface Props {
  model: QuizModel;
  quiz: Quiz;
  headingRef: RefObject<HTMLHeadingElement>;
}

export default function QuizChoices({ model, quiz, headingRef }: Props) {
  const chosen = model.tiebreaks.value;
  return (
    <section class="quiz-screen" aria-labelledby="quiz-choices-title">
      <QuizProgress model={model} quiz={quiz} />
      <h2 id="quiz-choices-title" ref={headingRef} tabIndex={-1}>
        {quiz.tiebreaks.question}
      </h2>
      <p class="quiz-hint">
        Pick one of each pair. These only tip the wording of a close result; they never change a score.
      </p>
      <form class="quiz-items" onSubmit={(e) => e.preventDefault()}>
        {quiz.tiebreaks.pairs.map((pair, index) => (
          <fieldset class="quiz-item" key={pair.id}>
            <legend>
              <span class="quiz-item__number">Choice {index + 1}.</span> Which would you rather do?
            </legend>
            <div class="quiz-pair">
              {/* The two options alternate sides from pair to pair, as on the worksheet, so neither end is always first. */}
              {pairOrder(index).map((end: End) => (
                <label class="quiz-scale__option quiz-pair__option" key={end}>
                  <input
                    type="radio"
                    name={`quiz-${pair.id}`}
                    value={end}
                    checked={chosen[pair.id] === end}
                    onChange={() => model.choose(pair.id, end)}
                  />
                  <span>{pair[end]}</span>
                </label>
              ))}
            </div>
          </fieldset>
        ))}
      </form>
      <QuizNav onBack={model.back} onNext={model.next} nextLabel="See my result" />
    </section>
  );
}
