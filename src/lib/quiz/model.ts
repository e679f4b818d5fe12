/**
 * The quiz island's state as signals, next to the rules (the same shape as the comparison's
 * model). No DOM: the island passes in the query string and the saved answers, writes the URL
 * through the tools' URL hook and saves answers through src/lib/tool/saved-progress.ts.
 */
import { action, computed, createModel, signal } from '@preact/signals-core';
import { scoreQuiz } from './score';
import { outcomeText } from './text';
import { encodeAnswers } from './url';
import { parseQuizSearch, questionPages, screenToSearch, type QuizNotice, type Screen } from './screens';
import type { SavedAnswers } from './saved';
import type { Answers, End, Likert, Quiz, Tiebreaks } from './types';

export const QuizModel = createModel((quiz: Quiz) => {
  const pages = questionPages(quiz.items);
  const answers = signal<Answers>({});
  const tiebreaks = signal<Tiebreaks>({});
  const screen = signal<Screen>({ kind: 'start' });
  const notices = signal<QuizNotice[]>([]);
  /** True while showing a result opened from a link: the reader's own saved answers are left alone. */
  const shared = signal(false);

  const result = computed(() => scoreQuiz(quiz, answers.value, tiebreaks.value));
  const text = computed(() => outcomeText(quiz, result.value));
  const code = computed(() => encodeAnswers(quiz, answers.value, tiebreaks.value));
  const answeredCount = computed(() => quiz.items.filter((i) => answers.value[i.id] !== undefined).length);
  /** 0..1, for the progress bar: items and tie-breaks together. */
  const progress = computed(() => {
    const total = quiz.items.length + quiz.tiebreaks.pairs.length;
    const chosen = quiz.tiebreaks.pairs.filter((p) => tiebreaks.value[p.id] !== undefined).length;
    return (answeredCount.value + chosen) / total;
  });
  const search = computed(() => screenToSearch(screen.value));

  /** The first screen with an unanswered question, or the choices when every question is answered. */
  const resumeScreen = (): Screen => {
    const index = pages.findIndex((page) => page.some((item) => answers.peek()[item.id] === undefined));
    return index === -1 ? { kind: 'choices' } : { kind: 'questions', page: index + 1 };
  };

  return {
    pages: computed(() => pages),
    answers,
    tiebreaks,
    screen,
    notices,
    shared,
    result,
    text,
    code,
    answeredCount,
    progress,
    search,
    /**
     * Restores the state from a query string and the saved answers (null when none). A result link
     * shows that result without touching the saved answers. True when the URL had to be corrected.
     */
    load: action((query: string, saved: SavedAnswers | null, savedNotice: string | null): boolean => {
      const parsed = parseQuizSearch(quiz, query);
      const dropped: QuizNotice[] = savedNotice ? [{ kind: 'saved-dropped', message: savedNotice }] : [];
      if (parsed.kind === 'result') {
        answers.value = parsed.answers;
        tiebreaks.value = parsed.tiebreaks;
        shared.value = true;
        // The canonical code (lower case, no spaces), so the link on screen is the one the result came from.
        screen.value = { kind: 'result', code: encodeAnswers(quiz, parsed.answers, parsed.tiebreaks) };
        notices.value = dropped;
        return screenToSearch(screen.value) !== `?r=${encodeURIComponent(parsed.code)}`;
      }
      answers.value = saved?.answers ?? {};
      tiebreaks.value = saved?.tiebreaks ?? {};
      shared.value = false;
      screen.value = parsed.screen;
      notices.value = [...parsed.notices, ...dropped];
      return parsed.notices.length > 0;
    }),
    answer: action((itemId: string, value: Likert) => {
      answers.value = { ...answers.value, [itemId]: value };
    }),
    choose: action((pairId: string, end: End) => {
      tiebreaks.value = { ...tiebreaks.value, [pairId]: end };
    }),
    /** Starts or carries on: the first screen with an unanswered question. */
    begin: action(() => {
      screen.value = resumeScreen();
    }),
    goTo: action((next: Screen) => {
      screen.value = next;
    }),
    next: action(() => {
      const current = screen.value;
      if (current.kind === 'questions') {
        screen.value =
          current.page < pages.length ? { kind: 'questions', page: current.page + 1 } : { kind: 'choices' };
      } else if (current.kind === 'choices') {
        screen.value = { kind: 'result', code: code.value };
      }
    }),
    back: action(() => {
      const current = screen.value;
      if (current.kind === 'questions') {
        screen.value = current.page > 1 ? { kind: 'questions', page: current.page - 1 } : { kind: 'start' };
      } else if (current.kind === 'choices') {
        screen.value = { kind: 'questions', page: pages.length };
      }
    }),
    /** Back to the questions to change answers; a result opened from a link becomes the reader's own. */
    editAnswers: action(() => {
      shared.value = false;
      screen.value = { kind: 'questions', page: 1 };
    }),
    /** Clears every answer and starts at the first question. */
    restart: action(() => {
      answers.value = {};
      tiebreaks.value = {};
      shared.value = false;
      notices.value = [];
      screen.value = { kind: 'questions', page: 1 };
    }),
    dismissNotices: action(() => {
      notices.value = [];
    }),
  };
});

export type QuizModel = InstanceType<typeof QuizModel>;
