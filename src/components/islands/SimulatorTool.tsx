/**
 * The role simulator (hydrated `client:load`: a shared run must replay at once). Until its
 * scenarios (/simulator/data.json) have loaded, and for readers without JavaScript, it shows its
 * children: the briefings with each campaign's first decision. The engine, the run link and the
 * debrief live in src/lib/simulator; state in its model; this file picks the screen to render.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { useModel } from '@preact/signals';
import { SimulatorModel } from '../../lib/simulator/model';
import { SIMULATOR_DATA_PATH, isScenarioList } from '../../lib/simulator/tool-data';
import type { Scenario } from '../../lib/simulator/types';
import { useToolData } from './tool/useToolData';
import { useToolUrl } from './tool/useToolUrl';
import { useLazyView } from './tool/useLazyView';
import LoadState from './tool/LoadState';
import NoticeBox from './tool/NoticeBox';
import Picker from './simulator/Picker';
import Play from './simulator/Play';
import type { Props as DebriefProps } from './simulator/Debrief';

interface Props {
  /** The briefings, shown until the simulator has loaded and without JavaScript. */
  children?: ComponentChildren;
}

export default function SimulatorTool({ children }: Props) {
  const { data, failure, retry } = useToolData(SIMULATOR_DATA_PATH, isScenarioList);
  if (data) return <SimulatorApp scenarios={data} />;
  return (
    <div class="sim">
      <LoadState failure={failure} onRetry={retry} loadingText="Loading the simulator…" />
      {children}
    </div>
  );
}

/** A new world: a random seed from the browser's generator (never Math.random, whose seeds repeat across tabs). */
export function freshSeed(): number {
  const value = new Uint32Array(1);
  crypto.getRandomValues(value);
  // Keep seeds short in links: at most 6 base-36 characters.
  return (value[0]! % 2_176_782_335) + 1;
}

function SimulatorApp({ scenarios }: { scenarios: Scenario[] }) {
  const model = useModel(() => new SimulatorModel(scenarios));
  const heading = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);
  /** True while the run on screen is the one the page opened with: its debrief does not take focus. */
  const openedWith = useRef(true);

  useToolUrl({
    load: model.load,
    search: model.search,
    // Every decision is a step: Back undoes it.
    mode: 'push',
  });

  // A new decision (or the debrief) moves focus to its heading, so keyboard and screen-reader users start there.
  const turn = model.state.value
    ? `${model.state.value.scenarioId}.${model.state.value.role}.${model.state.value.seed}.${model.state.value.history.length}`
    : 'picker';
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    openedWith.current = false;
    heading.current?.focus();
  }, [turn]);

  // The debrief (its view, the replays on other seeds and the bots) loads only when a run ends.
  const finished = model.finished.value;
  const debrief = useLazyView<DebriefProps>(() => import('./simulator/Debrief'), finished);

  const state = model.state.value;
  const DebriefView = debrief.View;
  return (
    <div class="sim sim--ready">
      <NoticeBox
        id="sim-notice"
        notices={model.notices.value}
        onDismiss={() => {
          model.dismissNotices();
          heading.current?.focus();
        }}
      />
      {!state && <Picker scenarios={scenarios} model={model} headingRef={heading} newSeed={freshSeed} />}
      {state && !model.finished.value && <Play model={model} headingRef={heading} />}
      {state && finished && DebriefView && (
        <DebriefView model={model} headingRef={heading} newSeed={freshSeed} focusOnMount={!openedWith.current} />
      )}
      {state && finished && !DebriefView && (
        <LoadState
          failure={
            debrief.failed
              ? 'The debrief could not load. Check your connection and try again; your run is safe in the link.'
              : ''
          }
          onRetry={debrief.retry}
          loadingText="Preparing your debrief…"
        />
      )}
    </div>
  );
}
