/** Choose an initiative and a chair. An instructor can give a class one seed, so everyone plays the same world. */
import type { RefObject } from 'preact';
import { useSignal } from '@preact/signals';
import type { SimulatorModel } from '../../../lib/simulator/model';
import type { Role, Scenario } from '../../../lib/simulator/types';
import { parseSeed } from '../../../lib/simulator/tool-data';
import { roleName } from '../../../lib/simulator/text';
import RoleMark from './RoleMark';

interface Props {
  scenarios: Scenario[];
  model: SimulatorModel;
  headingRef: RefObject<HTMLHeadingElement>;
  newSeed: () => number;
}

const ROLES: Role[] = ['product', 'project'];

export default function Picker({ scenarios, model, headingRef, newSeed }: Props) {
  const seedText = useSignal('');
  const seedError = useSignal('');
  const play = (scenarioId: string, role: Role) => {
    if (seedText.value.trim() === '') return model.begin(scenarioId, role, newSeed());
    const seed = parseSeed(seedText.value);
    if (seed === null) {
      seedError.value = 'A seed is one to seven letters and digits, as in a run link (for example k3x9p2).';
      document.getElementById('sim-seed')?.focus();
      return;
    }
    seedError.value = '';
    model.begin(scenarioId, role, seed);
  };
  return (
    <section class="sim-screen" aria-labelledby="sim-pick-title">
      <h2 id="sim-pick-title" ref={headingRef} tabIndex={-1}>
        Pick an initiative and a chair
      </h2>
      <p>
        Each initiative can be played as its product manager or as its project manager: the same world, different calls.
        A run is about ten decisions, 15 to 25 minutes. The address bar holds your run, so you can reload, share it or
        hand it in.
      </p>
      <ul class="sim-picks">
        {scenarios.map((scenario) => (
          <li class="sim-pick" key={scenario.id}>
            <h3>{scenario.title}</h3>
            <p>{scenario.summary}</p>
            <div class="sim-pick__roles">
              {ROLES.filter((role) => scenario.campaigns.some((c) => c.role === role)).map((role) => (
                <button
                  type="button"
                  class={`button sim-role sim-role--${role}`}
                  key={role}
                  aria-label={`Play as ${roleName(role).toLowerCase()}: ${scenario.title}`}
                  onClick={() => play(scenario.id, role)}
                >
                  <RoleMark role={role} />
                  Play as {roleName(role).toLowerCase()}
                </button>
              ))}
            </div>
          </li>
        ))}
      </ul>
      <details class="sim-seed">
        <summary>Have a seed from your instructor?</summary>
        <div class="field">
          <label for="sim-seed">Seed (the same seed gives everyone the same world)</label>
          <input
            id="sim-seed"
            type="text"
            autoComplete="off"
            spellcheck={false}
            value={seedText.value}
            aria-describedby={seedError.value ? 'sim-seed-error' : undefined}
            aria-invalid={seedError.value ? true : undefined}
            onInput={(e) => (seedText.value = e.currentTarget.value)}
          />
          {seedError.value && (
            <p id="sim-seed-error" class="field__hint sim-error">
              {seedError.value}
            </p>
          )}
        </div>
      </details>
    </section>
  );
}
