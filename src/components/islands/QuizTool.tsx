/**
 * The career-fit quiz (hydrated `client:load`: a result link must show its result at once). Until
 * its data (/quiz/data.json) has loaded, and for readers without JavaScript, it shows its children:
 * the printable worksheet. Rules live in src/lib/quiz, state in its model; this file wires the model
 * to the URL and to the answers saved in the browser, and picks the screen to render.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { useModel, useSignalEffect } from '@preact/signals';
import { QuizModel } from '../../lib/quiz/model';
import { QUIZ_DATA_PATH, isQuizData } from '../../lib/quiz/tool-data';
import { SAVED_DROPPED_MESSAGE, SAVED_KEY, parseSavedAnswers, type SavedAnswers } from '../../lib/quiz/saved';
import type { Quiz } from '../../lib/quiz/types';
import { savedProgress, type StorageLike } from '../../lib/tool/saved-progress';
import { useToolData } from './tool/useToolData';
import { useToolUrl } from './tool/useToolUrl';
import { useLazyView } from './tool/useLazyView';
import LoadState from './tool/LoadState';
import NoticeBox from './tool/NoticeBox';
import QuizStart from './quiz/QuizStart';
import QuizQuestions from './quiz/QuizQuestions';
import QuizChoices from './quiz/QuizChoices';
import type { Props as QuizResultProps } from './quiz/QuizResult';

interface Props {
  /** The worksheet, shown until the quiz has loaded and without JavaScript. */
  children?: ComponentChildren;
}

export default function QuizTool({ children }: Props) {
  const { data, failure, retry } = useToolData(QUIZ_DATA_PATH, isQuizData);
  if (data) return <QuizApp quiz={data} />;
  return (
    <div class="quiz">
      <LoadState failure={failure} onRetry={retry} loadingText="Loading the quiz…" />
      {children}
    </div>
  );
}

/** localStorage, or nothing where the browser blocks it (reading the property itself can throw). */
function browserStorage(): StorageLike | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

function QuizApp({ quiz }: { quiz: Quiz }) {
  const model = useModel(() => new QuizModel(quiz));
  const saved = useRef(
    savedProgress<SavedAnswers>(
      browserStorage(),
      SAVED_KEY,
      quiz.version,
      (value) => parseSavedAnswers(quiz, value),
      SAVED_DROPPED_MESSAGE,
    ),
  );
  const heading = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);
  /** True while the screen is the one the page opened on: a result opened from a link does not take focus. */
  const openedWith = useRef(true);

  useToolUrl({
    load: (search) => {
      const stored = saved.current.read();
      return model.load(
        search,
        stored.kind === 'ok' ? stored.value : null,
        stored.kind === 'dropped' ? stored.message : null,
      );
    },
    search: model.search,
    // Every screen is a step: Back returns to the previous one.
    mode: 'push',
  });

  // Keep the reader's own answers in the browser; a result opened from someone's link is not saved over them.
  useSignalEffect(() => {
    const answers = model.answers.value;
    const tiebreaks = model.tiebreaks.value;
    if (model.shared.value) return;
    saved.current.write({ answers, tiebreaks });
  });

  // A new screen moves focus to its heading, so keyboard and screen-reader users start at the top of it.
  const screenKey = JSON.stringify(model.screen.value);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    openedWith.current = false;
    heading.current?.focus();
  }, [screenKey]);

  // The result view (its drawing and texts) loads only when a result is shown.
  const result = useLazyView<QuizResultProps>(() => import('./quiz/QuizResult'), model.screen.value.kind === 'result');

  const screen = model.screen.value;
  const ResultView = result.View;
  return (
    <div class="quiz quiz--ready">
      <NoticeBox
        id="quiz-notice"
        title="Part of this link or your saved answers could not be used"
        notices={model.notices.value}
        onDismiss={() => {
          model.dismissNotices();
          heading.current?.focus();
        }}
      />
      {screen.kind === 'start' && <QuizStart model={model} quiz={quiz} headingRef={heading} />}
      {screen.kind === 'questions' && (
        <QuizQuestions model={model} quiz={quiz} page={screen.page} headingRef={heading} />
      )}
      {screen.kind === 'choices' && <QuizChoices model={model} quiz={quiz} headingRef={heading} />}
      {screen.kind === 'result' && ResultView && (
        <ResultView
          model={model}
          quiz={quiz}
          headingRef={heading}
          focusOnMount={!openedWith.current}
          onRestart={() => {
            saved.current.clear();
            model.restart();
          }}
        />
      )}
      {screen.kind === 'result' && !ResultView && (
        <LoadState
          failure={
            result.failed
              ? 'Your result could not be drawn: part of the page did not load. Check your connection and try again; your answers are safe in the link.'
              : ''
          }
          onRetry={result.retry}
          loadingText="Working out your result…"
        />
      )}
    </div>
  );
}
