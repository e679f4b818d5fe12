/** The quiz island's model and screens: URL steps, result links, saved answers, and the walk through the quiz. */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { encodeAnswers, type Likert, type Quiz } from '../../src/lib/quiz';
import { QuizModel } from '../../src/lib/quiz/model';
import { QUESTIONS_PER_SCREEN, parseQuizSearch, questionPages, screenToSearch } from '../../src/lib/quiz/screens';
import { parseSavedAnswers } from '../../src/lib/quiz/saved';
import { quizSchema } from '../../src/schemas/quiz';

const quiz: Quiz = quizSchema.parse(parse(readFileSync('src/content/quiz.yaml', 'utf8')));
const PAGES = Math.ceil(quiz.items.length / QUESTIONS_PER_SCREEN);
const allAnswers = (value: Likert) => Object.fromEntries(quiz.items.map((i) => [i.id, value]));

describe('screens and their URLs', () => {
  it('splits the items into screens in order, none lost', () => {
    const pages = questionPages(quiz.items);
    expect(pages).toHaveLength(PAGES);
    expect(pages.flat()).toEqual(quiz.items);
    expect(pages.every((p) => p.length >= 1 && p.length <= QUESTIONS_PER_SCREEN)).toBe(true);
  });

  it('round-trips every screen through its query string', () => {
    const code = encodeAnswers(quiz, allAnswers(4), {});
    const screens = [
      { kind: 'start' } as const,
      ...Array.from({ length: PAGES }, (_, i) => ({ kind: 'questions', page: i + 1 }) as const),
      { kind: 'choices' } as const,
    ];
    for (const screen of screens) {
      const parsed = parseQuizSearch(quiz, screenToSearch(screen));
      expect(parsed).toEqual({ kind: 'screen', screen, notices: [] });
    }
    const result = parseQuizSearch(quiz, screenToSearch({ kind: 'result', code }));
    expect(result.kind).toBe('result');
  });

  it('turns a step that does not exist into the start screen with a notice', () => {
    for (const step of ['0', String(PAGES + 1), 'banana', '-1', '1e2']) {
      const parsed = parseQuizSearch(quiz, `?step=${step}`);
      expect(parsed).toMatchObject({ kind: 'screen', screen: { kind: 'start' } });
      expect(parsed.kind === 'screen' && parsed.notices[0]?.kind).toBe('bad-step');
    }
  });

  it('never throws and always yields a screen or a result, whatever the query (property)', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const parsed = parseQuizSearch(quiz, text);
        expect(['screen', 'result']).toContain(parsed.kind);
      }),
    );
  });
});

describe('saved answers', () => {
  it('keeps what this version wrote and refuses anything else', () => {
    const good = { answers: { [quiz.items[0]!.id]: 4 }, tiebreaks: { [quiz.tiebreaks.pairs[0]!.id]: 'project' } };
    expect(parseSavedAnswers(quiz, good)).toEqual(good);
    for (const bad of [
      null,
      'text',
      { answers: { nope: 3 }, tiebreaks: {} },
      { answers: { [quiz.items[0]!.id]: 9 }, tiebreaks: {} },
      { answers: {}, tiebreaks: { [quiz.tiebreaks.pairs[0]!.id]: 'maybe' } },
      { answers: {} },
    ]) {
      expect(parseSavedAnswers(quiz, bad)).toBeNull();
    }
  });
});

describe('QuizModel', () => {
  it('walks from the start through every screen to the result, and back', () => {
    const model = new QuizModel(quiz);
    expect(model.load('', null, null)).toBe(false);
    model.begin();
    expect(model.screen.value).toEqual({ kind: 'questions', page: 1 });
    for (const item of quiz.items) model.answer(item.id, item.end === 'project' ? 5 : 1);
    for (let page = 1; page < PAGES; page++) model.next();
    expect(model.screen.value).toEqual({ kind: 'questions', page: PAGES });
    model.next();
    expect(model.screen.value).toEqual({ kind: 'choices' });
    model.next();
    expect(model.screen.value.kind).toBe('result');
    expect(model.result.value.outcome).toBe('leans-project');
    expect(model.search.value).toBe(`?r=${encodeURIComponent(model.code.value)}`);
    model.goTo({ kind: 'choices' });
    model.back();
    expect(model.screen.value).toEqual({ kind: 'questions', page: PAGES });
  });

  it('resumes at the first screen with an unanswered question', () => {
    const model = new QuizModel(quiz);
    const middle: Likert = 3;
    const firstTwoScreens = Object.fromEntries(
      quiz.items.slice(0, 2 * QUESTIONS_PER_SCREEN).map((i) => [i.id, middle] as const),
    );
    model.load('', { answers: firstTwoScreens, tiebreaks: {} }, null);
    expect(model.answeredCount.value).toBe(2 * QUESTIONS_PER_SCREEN);
    model.begin();
    expect(model.screen.value).toEqual({ kind: 'questions', page: 3 });
  });

  it('shows a result link as a shared result, leaving saved answers out of it', () => {
    const model = new QuizModel(quiz);
    const code = encodeAnswers(quiz, allAnswers(2), {});
    const corrected = model.load(`?r=${code}`, { answers: allAnswers(5), tiebreaks: {} }, null);
    expect(corrected).toBe(false);
    expect(model.shared.value).toBe(true);
    expect(model.answers.value).toEqual(allAnswers(2));
    model.editAnswers();
    expect(model.shared.value).toBe(false);
  });

  it('rewrites a result link written in another case, and reports a bad link and dropped progress', () => {
    const model = new QuizModel(quiz);
    const code = encodeAnswers(quiz, allAnswers(3), {});
    expect(model.load(`?r=${code.toUpperCase()}`, null, null)).toBe(true);
    expect(model.screen.value).toEqual({ kind: 'result', code });
    expect(model.load('?r=v1.123', null, 'dropped')).toBe(true);
    expect(model.screen.value).toEqual({ kind: 'start' });
    expect(model.notices.value.map((n) => n.kind)).toEqual(['bad-result', 'saved-dropped']);
  });

  it('restart clears every answer', () => {
    const model = new QuizModel(quiz);
    model.load('', { answers: allAnswers(4), tiebreaks: {} }, null);
    model.restart();
    expect(model.answeredCount.value).toBe(0);
    expect(model.screen.value).toEqual({ kind: 'questions', page: 1 });
  });
});
