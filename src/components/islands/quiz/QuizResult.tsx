/**
 * The result: the summary first, the position with its band, the profile per dimension, the answers
 * that drove it, what the matching roles' weeks look like and what not to read into it, the roles
 * to look at next, and the actions (copy the link, print, change answers, start again).
 */
import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';
import type { QuizModel } from '../../../lib/quiz/model';
import type { Quiz } from '../../../lib/quiz/types';
import { endOf } from '../../../lib/quiz/items';
import { leanWords, scaleDescription } from '../../../lib/quiz/describe';
import { withBase } from '../../../lib/site/href';
import CopyLink from '../tool/CopyLink';
import LeanScale from './LeanScale';

export interface Props {
  model: QuizModel;
  quiz: Quiz;
  headingRef: RefObject<HTMLHeadingElement>;
  onRestart: () => void;
  /** Move focus to the heading once shown (not when a result is opened from a link). */
  focusOnMount: boolean;
}

const ONET_PROFILER = 'https://www.mynextmove.org/explore/ip';

export default function QuizResult({ model, quiz, headingRef, onRestart, focusOnMount }: Props) {
  useEffect(() => {
    if (focusOnMount) headingRef.current?.focus();
  }, []);
  const result = model.result.value;
  const text = model.text.value;
  const items = new Map(quiz.items.map((item, index) => [item.id, { item, number: index + 1 }]));

  if (!text || result.position === null || result.band === null) {
    const missing = result.dimensions.filter((d) => d.score === null);
    return (
      <section class="quiz-screen" aria-labelledby="quiz-result-title">
        <h2 id="quiz-result-title" ref={headingRef} tabIndex={-1}>
          Not enough answers for a result yet
        </h2>
        <p>
          A result needs at least three answers in each part of the quiz, with at least one at each end. Still short:{' '}
          {missing.map((d) => quiz.dimensions.find((q) => q.id === d.dimension)?.name ?? d.dimension).join('; ')}.
        </p>
        <div class="quiz-nav">
          <button type="button" class="button" onClick={model.begin}>
            Back to the questions
          </button>
        </div>
      </section>
    );
  }

  const overall = scaleDescription('Overall', result.position, result.band, result.confidence);
  return (
    <section class="quiz-screen quiz-result" aria-labelledby="quiz-result-title">
      {model.shared.value && (
        <p class="quiz-shared">
          This result was opened from a link: it is recomputed from the answers the link holds. Your own saved answers,
          if any, are untouched.
        </p>
      )}
      <h2 id="quiz-result-title" ref={headingRef} tabIndex={-1}>
        {text.headline}
      </h2>
      <p class="quiz-result__summary">{text.summary}</p>
      {text.checks.length > 0 && (
        <div class="notice">
          <p class="notice__title">Is this what you meant?</p>
          {text.checks.map((check) => (
            <p key={check}>{check}</p>
          ))}
        </div>
      )}

      <LeanScale
        position={result.position}
        band={result.band}
        productLabel="Product"
        projectLabel="Project"
        description={overall}
      />
      <p class="quiz-aside" aria-hidden="true">
        {overall} The shaded band shows the range your own answers support: the more consistent your answers, the
        narrower it is. A band that touches the middle line means no clear lean.
      </p>

      <h3>Your profile, part by part</h3>
      <ul class="quiz-profile">
        {result.dimensions.map((score) => {
          const dimension = quiz.dimensions.find((d) => d.id === score.dimension)!;
          const product = endOf(dimension, 'product');
          const project = endOf(dimension, 'project');
          return (
            <li key={dimension.id}>
              <p class="quiz-profile__name">
                {dimension.name}: {score.score === null ? 'not enough answers' : leanWords(score.score)}
              </p>
              {score.score !== null && score.band !== null && (
                <LeanScale
                  compact
                  position={score.score}
                  band={score.band}
                  productLabel={product.label}
                  projectLabel={project.label}
                  description={scaleDescription(
                    `${dimension.name} (${product.label} to ${project.label})`,
                    score.score,
                    score.band,
                    result.confidence,
                  )}
                />
              )}
            </li>
          );
        })}
      </ul>

      <h3>Why: the answers that moved it most</h3>
      <dl class="quiz-why">
        {result.dimensions.map((score) => {
          const dimension = quiz.dimensions.find((d) => d.id === score.dimension);
          if (!dimension || score.movers.length === 0) return null;
          return (
            <div key={dimension.id}>
              <dt>{dimension.name}</dt>
              {score.movers.map((mover) => {
                const entry = items.get(mover.itemId);
                if (!entry) return null;
                return (
                  <dd key={mover.itemId}>
                    Question {entry.number} (“{entry.item.text.replace(/[.!?]$/, '')}”): {quiz.scale[mover.answer - 1]},
                    which pulls <strong>toward {mover.effect < 0 ? 'product' : 'project'}</strong>.
                  </dd>
                );
              })}
            </div>
          );
        })}
      </dl>

      <h3>What the work looks like</h3>
      <p>{text.week}</p>
      <h3>What people with this result often find draining</h3>
      <p>{text.draining}</p>
      <h3>What the other side enjoys</h3>
      <p>{text.otherSide}</p>
      <h3>What not to read into it</h3>
      <p>{text.caution}</p>

      <h3>Where to look next</h3>
      <ul>
        {text.roles.map((role) => (
          <li key={role.href}>
            <a href={withBase(role.href)}>{role.label}</a>
          </li>
        ))}
        <li>
          For the broader question of which work suits you, beyond these two jobs: the{' '}
          <a href={ONET_PROFILER} rel="external noopener">
            O*NET Interest Profiler
          </a>{' '}
          (US Department of Labor).
        </li>
      </ul>
      <p class="quiz-disclaimer">
        <strong>For exploration, not for hiring or screening. Not validated yet.</strong>{' '}
        <a href={withBase('/quiz/method/')}>How the quiz scores</a> says what it can and cannot tell.
      </p>

      <div class="quiz-actions">
        <CopyLink
          id="quiz-link"
          linkKey={model.code.value}
          copiedMessage="Link copied. It holds your answers: whoever opens it sees this result, nothing else."
          fallbackLabel="Link to this result"
        >
          <button type="button" class="button button--quiet" onClick={() => window.print()}>
            Print
          </button>
          <button type="button" class="button button--quiet" onClick={model.editAnswers}>
            Change my answers
          </button>
          <button type="button" class="button button--quiet" onClick={onRestart}>
            Take it again
          </button>
        </CopyLink>
      </div>
    </section>
  );
}
