/** The progress bar, and a way back to any question (the list of all questions and whether each is answered). */
import type { QuizModel } from '../../../lib/quiz/model';
import type { Quiz } from '../../../lib/quiz/types';

interface Props {
  model: QuizModel;
  quiz: Quiz;
}

export default function QuizProgress({ model, quiz }: Props) {
  const answered = model.answeredCount.value;
  const total = quiz.items.length;
  const pages = model.pages.value;
  return (
    <div class="quiz-progress">
      <label class="quiz-progress__label" for="quiz-progress">
        {answered} of {total} questions answered
      </label>
      <progress id="quiz-progress" max={100} value={Math.round(model.progress.value * 100)} />
      <details class="quiz-jump">
        <summary>Go to any question</summary>
        <ol class="quiz-jump__list">
          {quiz.items.map((item, index) => {
            const page = pages.findIndex((p) => p.includes(item)) + 1;
            const done = model.answers.value[item.id] !== undefined;
            return (
              <li key={item.id}>
                <button
                  type="button"
                  class={done ? 'quiz-jump__item quiz-jump__item--done' : 'quiz-jump__item'}
                  onClick={() => model.goTo({ kind: 'questions', page })}
                >
                  {index + 1}
                  <span class="visually-hidden">{done ? ', answered' : ', not answered yet'}</span>
                </button>
              </li>
            );
          })}
        </ol>
      </details>
    </div>
  );
}
