/**
 * The quiz side of the class: how many students got each outcome (bars), and where the class sits
 * on each dimension (one stacked bar per dimension, product end on the left). Each chart has a
 * table with the same numbers beside it, for screen readers, for print and for copying.
 */
import { BIN_LABELS, type QuizSummary } from '../../../lib/class-view';
import { leaning, percent, plural } from './format';
import Scroll from './Scroll';

const OUTCOME_CLASS: Record<string, string> = {
  'leans-product': 'bar--product',
  'leans-project': 'bar--project',
  'close-call': 'bar--neutral',
  hybrid: 'bar--hybrid',
};
/** The charts' drawing width: narrow, so their words stay readable on a phone. */
const WIDTH = 420;
/** Height of one dimension's row in the profile chart. */
const ROW = 74;
const BIN_CLASS = ['seg--product-strong', 'seg--product', 'seg--middle', 'seg--project', 'seg--project-strong'];

export default function QuizCharts({ summary }: { summary: QuizSummary }) {
  const max = Math.max(1, ...summary.outcomes.map((o) => o.count));
  const rowHeight = 34;
  const labelWidth = 120;
  const barSpace = WIDTH - labelWidth - 70;
  return (
    <section class="class-section" aria-labelledby="class-quiz">
      <h3 id="class-quiz">Quiz results ({plural(summary.total, 'student')})</h3>
      <figure class="class-figure">
        <figcaption id="class-outcomes-caption">How many students got each outcome.</figcaption>
        <svg
          class="class-chart"
          viewBox={`0 0 ${WIDTH} ${summary.outcomes.length * rowHeight + 8}`}
          role="img"
          aria-labelledby="class-outcomes-caption"
        >
          {summary.outcomes.map((o, i) => {
            const y = i * rowHeight + 4;
            const width = (o.count / max) * barSpace;
            return (
              <g key={o.id}>
                <text x={labelWidth - 8} y={y + 20} text-anchor="end" class="chart-label">
                  {o.name}
                </text>
                <rect
                  x={labelWidth}
                  y={y + 4}
                  width={Math.max(width, 1)}
                  height={rowHeight - 12}
                  class={OUTCOME_CLASS[o.id]}
                />
                <text x={labelWidth + width + 6} y={y + 20} class="chart-value">
                  {o.count} ({percent(o.share)})
                </text>
              </g>
            );
          })}
        </svg>
      </figure>
      <Scroll label="Outcomes, as a table">
        <table class="class-table">
          <caption>Outcomes, as a table</caption>
          <thead>
            <tr>
              <th scope="col">Outcome</th>
              <th scope="col" class="num">
                Students
              </th>
              <th scope="col" class="num">
                Share
              </th>
            </tr>
          </thead>
          <tbody>
            {summary.outcomes.map((o) => (
              <tr key={o.id}>
                <th scope="row">{o.name}</th>
                <td class="num">{o.count}</td>
                <td class="num">{percent(o.share)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Scroll>
      <p>
        The class’s mean position overall: <strong>{leaning(summary.meanPosition)}</strong> (on a scale from 1 toward
        product to 1 toward project).
      </p>

      <h3 id="class-profile">The class’s profile, dimension by dimension</h3>
      <figure class="class-figure">
        <figcaption id="class-profile-caption">
          For each dimension, the share of students in each of five bands, from strongly product (left) to strongly
          project (right). The upright bar marks the class’s mean.
        </figcaption>
        <ul class="class-legend" aria-hidden="true">
          {BIN_LABELS.map((label, i) => (
            <li key={label}>
              <svg viewBox="0 0 12 12" width="12" height="12">
                <rect width="12" height="12" class={BIN_CLASS[i]} />
              </svg>
              {label}
            </li>
          ))}
        </ul>
        <svg
          class="class-chart"
          viewBox={`0 0 ${WIDTH} ${summary.dimensions.length * ROW + 4}`}
          role="img"
          aria-labelledby="class-profile-caption"
        >
          {summary.dimensions.map((d, row) => {
            const y = row * ROW;
            let x = 0;
            return (
              <g key={d.id}>
                <text x="0" y={y + 14} class="chart-label">
                  {d.name} (n = {d.n})
                </text>
                {d.bins.map((count, i) => {
                  const width = d.n === 0 ? 0 : (count / d.n) * WIDTH;
                  const rect = (
                    <rect key={i} x={x} y={y + 22} width={width} height="22" class={BIN_CLASS[i]}>
                      <title>
                        {BIN_LABELS[i]}: {count}
                      </title>
                    </rect>
                  );
                  x += width;
                  return rect;
                })}
                {d.mean !== null && (
                  <rect x={((d.mean + 1) / 2) * WIDTH - 2} y={y + 18} width="4" height="30" class="chart-mean" />
                )}
                <text x="0" y={y + 58} class="chart-end">
                  {d.productLabel}
                </text>
                <text x={WIDTH} y={y + 58} text-anchor="end" class="chart-end">
                  {d.projectLabel}
                </text>
              </g>
            );
          })}
        </svg>
      </figure>
      <Scroll label="The profile, as a table (students per band)">
        <table class="class-table">
          <caption>The profile, as a table (students per band)</caption>
          <thead>
            <tr>
              <th scope="col">Dimension</th>
              {BIN_LABELS.map((label) => (
                <th scope="col" class="num" key={label}>
                  {label}
                </th>
              ))}
              <th scope="col">Mean</th>
            </tr>
          </thead>
          <tbody>
            {summary.dimensions.map((d) => (
              <tr key={d.id}>
                <th scope="row">{d.name}</th>
                {d.bins.map((count, i) => (
                  <td class="num" key={i}>
                    {count}
                  </td>
                ))}
                <td>{leaning(d.mean)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Scroll>
    </section>
  );
}
