/** A run in progress: where you are, the meters, what the last decision did, and the next decision. */
import type { RefObject } from 'preact';
import type { SimulatorModel } from '../../../lib/simulator/model';
import { MAX_TURNS } from '../../../lib/simulator/lookup';
import { roleName, stageKind, stageName } from '../../../lib/simulator/text';
import { seedText } from '../../../lib/simulator/tool-data';
import Meters from './Meters';
import RoleMark from './RoleMark';
import TurnReport from './TurnReport';

interface Props {
  model: SimulatorModel;
  headingRef: RefObject<HTMLHeadingElement>;
}

export default function Play({ model, headingRef }: Props) {
  const state = model.state.value;
  const campaign = model.campaign.value;
  const decision = model.decision.value;
  if (!state || !campaign || !decision) return null;
  const number = state.history.length + 1;
  return (
    <section class="sim-screen" aria-labelledby="sim-decision-title">
      <header class={`sim-bar sim-bar--${state.role}`}>
        <p>
          <RoleMark role={state.role} /> <strong>{roleName(state.role)}</strong> · {state.scenario.title} · world{' '}
          {seedText(state.seed)}
        </p>
        <button type="button" class="button button--quiet" onClick={model.leave}>
          Choose another initiative
        </button>
      </header>
      {state.history.length === 0 && (
        <div class="sim-brief">
          <h3>Your brief</h3>
          <p>{campaign.brief}</p>
          {campaign.unwinnable && (
            <p>
              <strong>Be warned:</strong> {campaign.unwinnable}
            </p>
          )}
        </div>
      )}
      <Meters campaign={campaign} values={state.meters} />
      <div aria-live="polite" class="sim-live">
        <TurnReport state={state} campaign={campaign} />
      </div>
      <section class="sim-decision" aria-labelledby="sim-decision-title">
        <p class="sim-stage">
          Decision {number} (at most {MAX_TURNS}) · {stageName(decision.stage)}, a {stageKind(decision.stage)}
        </p>
        <h2 id="sim-decision-title" ref={headingRef} tabIndex={-1}>
          {decision.title}
        </h2>
        <p>{decision.prompt}</p>
        {decision.controls && <p class="sim-controls">{decision.controls}</p>}
        <div class="sim-choices">
          {decision.choices.map((choice) => (
            <button type="button" class="button sim-choice" key={choice.id} onClick={() => model.choose(choice.id)}>
              {choice.label}
            </button>
          ))}
        </div>
      </section>
    </section>
  );
}
