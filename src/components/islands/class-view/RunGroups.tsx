/**
 * The simulator side of the class: runs grouped by scenario, chair and seed, so only runs that met
 * the same events on the same choices are compared. For each group: how the class's choices split
 * at each decision (bars and counts), and what each path the class took led to.
 */
import type { RunGroup } from '../../../lib/class-view';
import { percent, plural } from './format';
import Scroll from './Scroll';

const TONE: Record<string, string> = { win: 'Win', mixed: 'Mixed', loss: 'Loss' };

export default function RunGroups({ groups }: { groups: readonly RunGroup[] }) {
  const [main, ...others] = groups;
  if (!main) return null;
  return (
    <section class="class-section" aria-labelledby="class-runs">
      <h3 id="class-runs">Simulator runs</h3>
      {others.length > 0 && (
        <p class="notice">
          The runs come from {plural(groups.length, 'different game')} (scenario, chair or seed). Choices are compared
          only within the same game, because a different seed brings different events. The largest group comes first.
        </p>
      )}
      {groups.map((g) => (
        <Group key={g.key} group={g} />
      ))}
    </section>
  );
}

function Group({ group }: { group: RunGroup }) {
  const id = `class-run-${group.key.replace(/[^a-z0-9]+/gi, '-')}`;
  return (
    <div class="class-group">
      <h4 id={id}>
        {group.scenarioTitle}, as {group.roleName.toLowerCase()}, seed {group.seed.toString(36)}:{' '}
        {plural(group.runs, 'run')}
        {group.unfinished > 0 ? ` (${group.unfinished} unfinished)` : ''}
      </h4>
      <p class="class-group__endings">
        Endings:{' '}
        {group.endings.map((e, i) => (
          <span key={e.id}>
            {i > 0 ? '; ' : ''}
            {e.title} ({TONE[e.tone] ?? e.tone}): {e.count}
          </span>
        ))}
        .
      </p>
      <Scroll label={`How the choices split, ${group.scenarioTitle}, seed ${group.seed.toString(36)}`}>
        <table class="class-table class-table--splits">
          <caption>How the choices split at each decision</caption>
          <thead>
            <tr>
              <th scope="col">Decision</th>
              <th scope="col">Choice</th>
              <th scope="col" class="num">
                Students
              </th>
              <th scope="col" class="class-table__bar">
                <span class="visually-hidden">Share, as a bar</span>
              </th>
            </tr>
          </thead>
          {group.decisions.map((d) => (
            <tbody key={d.id}>
              {d.choices.map((c, i) => {
                const share = d.reached === 0 ? 0 : c.count / d.reached;
                return (
                  <tr key={c.id}>
                    {i === 0 && (
                      <th scope="rowgroup" rowSpan={d.choices.length}>
                        {d.turn}. {d.title}
                        <span class="class-table__sub">reached by {d.reached}</span>
                      </th>
                    )}
                    <td>{c.label}</td>
                    <td class="num">
                      {c.count} ({percent(share)})
                    </td>
                    <td class="class-table__bar">
                      <svg viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
                        <rect width="100" height="10" class="bar--track" />
                        <rect
                          width={share * 100}
                          height="10"
                          class={group.role === 'product' ? 'bar--product' : 'bar--project'}
                        />
                      </svg>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          ))}
        </table>
      </Scroll>
      <Scroll
        label={`Outcomes per path, ${group.scenarioTitle}, ${group.roleName.toLowerCase()}, seed ${group.seed.toString(36)}`}
      >
        <table class="class-table">
          <caption>Outcomes per path (each path is the choices in order)</caption>
          <thead>
            <tr>
              <th scope="col">Path</th>
              <th scope="col" class="num">
                Students
              </th>
              <th scope="col">Ending</th>
              <th scope="col" class="num">
                Meters in danger
              </th>
            </tr>
          </thead>
          <tbody>
            {group.paths.map((p) => (
              <tr key={p.key}>
                <td>
                  <ol class="class-path">
                    {p.steps.map((s, i) => (
                      <li key={i}>{s}</li>
                    ))}
                  </ol>
                  <span class="class-table__sub">{p.students.join(', ')}</span>
                </td>
                <td class="num">{p.count}</td>
                <td>
                  {p.ending.title} ({TONE[p.ending.tone] ?? p.ending.tone}){p.finished ? '' : ', unfinished'}
                </td>
                <td class="num">{p.dangerCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Scroll>
    </div>
  );
}
