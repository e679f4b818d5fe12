/**
 * The meters over the run as an SVG line chart, with the same numbers in a table beneath it (the
 * chart's text equivalent). Each line is labelled at its end and drawn with its own dash pattern,
 * so lines are told apart without colour.
 */
import type { MeterSeries } from '../../../lib/simulator/debrief';

const W = 640;
const H = 260;
const PAD = { left: 36, right: 150, top: 12, bottom: 30 };
const DASHES = ['', '8 4', '2 4', '12 4 2 4', '4 4'];

/** End-of-line label positions, nudged apart so labels of lines that end close together never overlap. */
function labelPositions(ends: number[], gap: number, top: number, bottom: number): number[] {
  const order = ends.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y);
  const placed: number[] = [];
  for (const [k, item] of order.entries()) placed[k] = Math.max(item.y, k > 0 ? placed[k - 1]! + gap : top);
  // If the last label ran past the bottom, shift the stack up.
  const overflow = (placed.at(-1) ?? 0) - bottom;
  const result = new Array<number>(ends.length);
  order.forEach((item, k) => (result[item.i] = placed[k]! - Math.max(0, overflow)));
  return result;
}

export default function MeterChart({ series }: { series: MeterSeries[] }) {
  const steps = Math.max(1, (series[0]?.values.length ?? 1) - 1);
  const x = (i: number) => PAD.left + (i / steps) * (W - PAD.left - PAD.right);
  const y = (v: number) => PAD.top + (1 - v / 100) * (H - PAD.top - PAD.bottom);
  const labelY = labelPositions(
    series.map((s) => y(s.values.at(-1) ?? 0) + 4),
    14,
    PAD.top + 4,
    H - PAD.bottom,
  );
  const summary = series.map((s) => `${s.label} from ${s.values[0]} to ${s.values.at(-1)}`).join('; ');
  return (
    <figure class="sim-chart">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={`The meters over the run: ${summary}. The table below has every value.`}
      >
        {[0, 25, 50, 75, 100].map((v) => (
          <g key={v}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} class="sim-chart__grid" />
            <text x={PAD.left - 6} y={y(v) + 4} class="sim-chart__tick" text-anchor="end">
              {v}
            </text>
          </g>
        ))}
        {Array.from({ length: steps + 1 }, (_, i) => (
          <text key={i} x={x(i)} y={H - 10} class="sim-chart__tick" text-anchor="middle">
            {i === 0 ? 'start' : i}
          </text>
        ))}
        {series.map((s, n) => (
          <g key={s.id} class={`sim-chart__series sim-chart__series--${n}`}>
            <polyline
              points={s.values.map((v, i) => `${x(i)},${y(v)}`).join(' ')}
              fill="none"
              stroke-dasharray={DASHES[n % DASHES.length]}
            />
            <text x={W - PAD.right + 6} y={labelY[n]} class="sim-chart__label">
              {s.label} {s.values.at(-1)}
            </text>
          </g>
        ))}
      </svg>
      <figcaption>Meters after each decision (0 to 100). The same values as a table:</figcaption>
      <div class="table-scroll" tabIndex={0} role="region" aria-label="Meters after each decision, as a table">
        <table class="sim-table">
          <thead>
            <tr>
              <th scope="col">Meter</th>
              <th scope="col">Start</th>
              {Array.from({ length: steps }, (_, i) => (
                <th scope="col" key={i}>
                  {i + 1}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {series.map((s) => (
              <tr key={s.id}>
                <th scope="row">{s.label}</th>
                {s.values.map((v, i) => (
                  <td key={i}>{v}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
