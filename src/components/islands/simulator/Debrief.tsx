/**
 * The debrief, where the learning is: how the run ended (a profile over the meters, no single
 * score), the meters over the run, the run decision by decision, the chain of causes, luck against
 * skill, reflection questions, and the actions. It is also the printable run report.
 */
import type { RefObject } from 'preact';
import { useEffect, useMemo } from 'preact/hooks';
import { debrief } from '../../../lib/simulator/debrief';
import type { SimulatorModel } from '../../../lib/simulator/model';
import { DEBRIEF_SEEDS } from '../../../lib/simulator/model';
import { choiceOf, decisionOf, eventOf, otherRole } from '../../../lib/simulator/lookup';
import { effectsInWords, roleName, stageKind, stageName } from '../../../lib/simulator/text';
import { seedText } from '../../../lib/simulator/tool-data';
import { withBase } from '../../../lib/site/href';
import CopyLink from '../tool/CopyLink';
import MeterChart from './MeterChart';
import RoleMark from './RoleMark';

export interface Props {
  model: SimulatorModel;
  headingRef: RefObject<HTMLHeadingElement>;
  newSeed: () => number;
  /** Move focus to the heading once shown (not when a finished run is opened from a link). */
  focusOnMount: boolean;
}

const TONE: Record<string, string> = { win: 'A win', mixed: 'A mixed result', loss: 'A loss' };

export default function Debrief({ model, headingRef, newSeed, focusOnMount }: Props) {
  const state = model.state.value;
  const campaign = model.campaign.value;
  const report = useMemo(() => (state ? debrief(state, DEBRIEF_SEEDS) : undefined), [state]);
  useEffect(() => {
    if (focusOnMount) headingRef.current?.focus();
  }, []);
  if (!state || !campaign || !report) return null;
  const { outcome } = report;
  const other = roleName(otherRole(state.role)).toLowerCase();
  const replays = report.luck.replays.length;
  const sameEnding = report.luck.replays.filter((r) => r.outcome.ending.id === outcome.ending.id).length;

  return (
    <section class="sim-screen sim-debrief" aria-labelledby="sim-debrief-title">
      <header class={`sim-bar sim-bar--${state.role}`}>
        <p>
          <RoleMark role={state.role} /> <strong>{roleName(state.role)}</strong> · {state.scenario.title} · world{' '}
          {seedText(state.seed)}
        </p>
      </header>
      <p class="sim-stage">Debrief · {TONE[outcome.ending.tone] ?? outcome.ending.tone}</p>
      <h2 id="sim-debrief-title" ref={headingRef} tabIndex={-1}>
        {outcome.ending.title}
      </h2>
      <p>{outcome.ending.text}</p>
      {outcome.unwinnable && (
        <p class="notice">
          <span>
            <strong>This campaign cannot be fully won.</strong> {outcome.unwinnable}
          </span>
        </p>
      )}

      <h3>Where the meters ended</h3>
      <div class="table-scroll" tabIndex={0} role="region" aria-label="Where the meters ended">
        <table class="sim-table">
          <thead>
            <tr>
              <th scope="col">Meter</th>
              <th scope="col">Start</th>
              <th scope="col">End</th>
              <th scope="col">Verdict</th>
            </tr>
          </thead>
          <tbody>
            {outcome.meters.map((m) => (
              <tr key={m.id}>
                <th scope="row">{m.label}</th>
                <td>{m.start}</td>
                <td>{m.value}</td>
                <td>
                  {m.trend === 'same' ? 'unchanged' : m.trend}
                  {m.inDanger && (
                    <strong>
                      {' '}
                      · <span aria-hidden="true">⚠</span> in danger
                    </strong>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h3>The meters over the run</h3>
      <MeterChart series={report.series} />

      <h3>Your run, decision by decision</h3>
      <ol class="sim-timeline">
        {state.history.map((turn, i) => {
          const decision = decisionOf(campaign, turn.decision);
          const choice = decision && choiceOf(decision, turn.choice);
          if (!decision || !choice) return null;
          return (
            <li key={i}>
              <p>
                <span class="sim-tag">
                  {stageName(decision.stage)} ({stageKind(decision.stage)})
                </span>{' '}
                <strong>{decision.title}:</strong> {choice.label}.{' '}
                {effectsInWords(campaign, turn.deltas)
                  .map((w) => w.text)
                  .join(', ')}
              </p>
              {turn.events.map((fired) => {
                const event = eventOf(campaign, fired.id);
                return event ? (
                  <p key={fired.id} class="sim-timeline__event">
                    {event.kind === 'good' ? 'Good news' : 'Bad news'}: {event.title} ({Math.round(fired.odds * 100)}%
                    chance).{' '}
                    {effectsInWords(campaign, fired.deltas)
                      .map((w) => w.text)
                      .join(', ')}
                  </p>
                ) : null;
              })}
            </li>
          );
        })}
      </ol>

      <h3>What led to what</h3>
      {report.chain.length > 0 ? (
        <ul class="sim-chain">
          {report.chain.map((link, i) => (
            <li key={i}>
              {link.sentence}{' '}
              <span class="sim-tag">
                {stageName(link.from.stage)} → {stageName(link.to.stage)}
              </span>
              {link.from.teaches && (
                <>
                  {' '}
                  <a href={withBase(link.from.teaches)}>Read about it</a>
                </>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p>No event in this run was caused by an earlier choice: what happened came from each decision itself.</p>
      )}

      <h3>Luck or skill?</h3>
      <p>
        Your same choices, played in {replays} other worlds (other seeds): {sameEnding} of {replays} ended as yours did
        (“
        {outcome.ending.title}”). The more often the same ending comes back, the more it was your decisions and the less
        it was luck.
      </p>
      <div class="table-scroll" tabIndex={0} role="region" aria-label="Your choices in other worlds, by ending">
        <table class="sim-table">
          <caption>Your choices in {DEBRIEF_SEEDS} other worlds</caption>
          <thead>
            <tr>
              <th scope="col">Ending</th>
              <th scope="col">Runs</th>
            </tr>
          </thead>
          <tbody>
            {report.luck.endings.map((e) => (
              <tr key={e.id}>
                <th scope="row">{e.title}</th>
                <td>{e.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div class="table-scroll" tabIndex={0} role="region" aria-label="Other strategies in your world">
        <table class="sim-table">
          <caption>Other ways of playing, in your world (the same seed)</caption>
          <thead>
            <tr>
              <th scope="col">Strategy</th>
              <th scope="col">Ending</th>
              <th scope="col">Meters in danger</th>
            </tr>
          </thead>
          <tbody>
            {report.bots.map(({ bot, outcome: o }) => (
              <tr key={bot.id}>
                <th scope="row">
                  {bot.label}
                  <span class="sim-table__note">{bot.description}</span>
                </th>
                <td>{o.ending.title}</td>
                <td>{o.dangerCount}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">You</th>
              <td>{outcome.ending.title}</td>
              <td>{outcome.dangerCount}</td>
            </tr>
          </tbody>
        </table>
      </div>

      <h3>Think it over</h3>
      <ol class="sim-reflect">
        {report.reflection.map((q) => (
          <li key={q}>{q}</li>
        ))}
      </ol>

      <p class="sim-print-link">Replay link: {typeof window === 'undefined' ? '' : window.location.href}</p>
      <div class="sim-actions">
        <CopyLink
          id="sim-link"
          linkKey={model.search.value}
          copiedMessage="Link copied. Whoever opens it replays exactly this run: hand it in, or compare it with a classmate's."
          fallbackLabel="Link to this run"
        >
          <button type="button" class="button button--quiet" onClick={() => window.print()}>
            Print the run report
          </button>
          <button type="button" class="button button--quiet" onClick={model.otherChair}>
            Same world, other chair (as {other})
          </button>
          <button type="button" class="button button--quiet" onClick={() => model.playAgain(newSeed())}>
            Play again in a new world
          </button>
          <button type="button" class="button button--quiet" onClick={model.leave}>
            Choose another initiative
          </button>
        </CopyLink>
      </div>
    </section>
  );
}
