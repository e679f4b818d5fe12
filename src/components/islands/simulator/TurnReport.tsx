/**
 * What the last decision did: the choice, each meter change in words and numbers, why, how the
 * other chair would see it, and a card for each event that fired, with the odds it had.
 */
import type { Campaign, RunState } from '../../../lib/simulator/types';
import { choiceOf, decisionOf, eventOf, otherRole } from '../../../lib/simulator/lookup';
import { effectsInWords, roleName } from '../../../lib/simulator/text';
import { withBase } from '../../../lib/site/href';

interface Props {
  state: RunState;
  campaign: Campaign;
}

function Deltas({ campaign, effects }: { campaign: Campaign; effects: Record<string, number> }) {
  const words = effectsInWords(campaign, effects);
  if (words.length === 0) return <p class="sim-deltas">No meter moved.</p>;
  return (
    <ul class="sim-deltas">
      {words.map((w) => (
        <li key={w.meter} class={`sim-delta sim-delta--${w.verdict}`}>
          <span aria-hidden="true">{w.verdict === 'better' ? '▲' : '▼'} </span>
          {w.label} {w.signed} <span class="sim-delta__verdict">({w.verdict})</span>
        </li>
      ))}
    </ul>
  );
}

export default function TurnReport({ state, campaign }: Props) {
  const turn = state.history.at(-1);
  if (!turn) return null;
  const decision = decisionOf(campaign, turn.decision);
  const choice = decision && choiceOf(decision, turn.choice);
  if (!decision || !choice) return null;
  return (
    <section class="sim-turn" aria-labelledby="sim-turn-title">
      <h3 id="sim-turn-title">
        Decision {state.history.length}: you chose “{choice.label}”
      </h3>
      <Deltas campaign={campaign} effects={turn.deltas} />
      <p>{choice.why}</p>
      <p class="sim-other">
        <strong>How the {roleName(otherRole(state.role)).toLowerCase()} would see it:</strong> {choice.otherRole}
      </p>
      <p class="sim-teaches">
        <a href={withBase(choice.teaches)}>Where the site teaches this</a>
      </p>
      {turn.events.map((fired) => {
        const event = eventOf(campaign, fired.id);
        if (!event) return null;
        return (
          <div class={`sim-event sim-event--${event.kind}`} key={fired.id}>
            <p class="sim-event__title">
              <span aria-hidden="true">{event.kind === 'good' ? '☀ ' : '⚠ '}</span>
              {event.kind === 'good' ? 'Good news' : 'Bad news'}: {event.title}
            </p>
            <p>{event.text}</p>
            <Deltas campaign={campaign} effects={fired.deltas} />
            <p class="sim-event__odds">
              It had a {Math.round(fired.odds * 100)}% chance this turn
              {fired.causes.length > 0 ? ', raised or made possible by earlier events and choices.' : '.'} {event.why}
            </p>
          </div>
        );
      })}
    </section>
  );
}
