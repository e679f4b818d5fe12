/**
 * One screen of questions: each a fieldset with its statement as the legend and the five labelled
 * answers as real radio buttons (arrow keys move between them). The scale's range is in the
 * question, and its order never changes.
 */
import type { RefObject } from 'preact';
import type { QuizModel } from '../../../lib/quiz/model';
import type { Likert, Quiz } from '../../../lib/quiz/types';
import QuizProgress from './QuizProgress';
import QuizNav from './QuizNav';

interface Props {
  model: QuizModel;
  quiz: Quiz;
  page: number;
  headingRef: RefObject<HTMLHeadingElement>;
}

const POINTS: Likert[] = [1, 2, 3, 4, 5];

export default function QuizQuestions({ model, quiz, page, headingRef }: Props) {
  const pages = model.pages.value;
  const items = pages[page - 1] ?? [];
  const first = quiz.items.indexOf(items[0]!) + 1;
  const last = first + items.length - 1;
  const answers = model.answers.value;
  return (
    <section class="quiz-screen" aria-labelledby="quiz-q-title">
      <QuizProgress model={model} quiz={quiz} />
      <h2 id="quiz-q-title" ref={headingRef} tabIndex={-1}>
        Questions {first} to {last} of {quiz.items.length}
      </h2>
      <p class="quiz-hint">
        {quiz.question} From 1, “{quiz.scale[0]}”, to 5, “{quiz.scale[4]}”.
      </p>
      <form class="quiz-items" onSubmit={(e) => e.preventDefault()}>
        {items.map((item) => {
          const number = quiz.items.indexOf(item) + 1;
          return (
            <fieldset class="quiz-item" key={item.id}>
              <legend>
                <span class="quiz-item__number">{number}.</span> {item.text}
              </legend>
              <div class="quiz-scale">
                {POINTS.map((point) => (
                  <label class="quiz-scale__option" key={point}>
                    <input
                      type="radio"
                      name={`quiz-${item.id}`}
                      value={point}
                      checked={answers[item.id] === point}
                      onChange={() => model.answer(item.id, point)}
                    />
                    <span>{quiz.scale[point - 1]}</span>
                  </label>
                ))}
              </div>
            </fieldset>
          );
        })}
      </form>
      <QuizNav
        onBack={model.back}
        onNext={model.next}
        nextLabel={page < pages.length ? 'Next' : `Next: ${quiz.tiebreaks.pairs.length} quick choices`}
      />
      {items.some((i) => answers[i.id] === undefined) && (
        <p class="quiz-aside">You can skip a question and come back to it; the result uses what you answer.</p>
      )}
    </section>
  );
}
