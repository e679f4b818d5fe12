/**
 * A position on the product-to-project scale with its band, drawn in SVG. The ends are labelled in
 * words and marked with the site's shapes (circle product, diamond project) as well as colours,
 * and the figure has a text equivalent, so nothing depends on colour or on seeing the drawing.
 */
import type { Band } from '../../../lib/quiz/dimension';

interface Props {
  position: number;
  band: Band;
  productLabel: string;
  projectLabel: string;
  /** The sentence a screen reader hears instead of the drawing. */
  description: string;
  /** A smaller drawing for the dimension profile. */
  compact?: boolean;
}

const WIDTH = 400;
const PAD = 16;
const x = (value: number) => PAD + ((value + 1) / 2) * (WIDTH - 2 * PAD);

export default function LeanScale({ position, band, productLabel, projectLabel, description, compact = false }: Props) {
  const height = compact ? 44 : 64;
  const mid = height / 2;
  return (
    <figure class={compact ? 'lean lean--compact' : 'lean'}>
      <div class="lean__ends" aria-hidden="true">
        <span class="lean__end lean__end--product">
          <span class="shape shape--product" /> {productLabel}
        </span>
        <span class="lean__end lean__end--project">
          {projectLabel} <span class="shape shape--project" />
        </span>
      </div>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={description} class="lean__svg">
        <line x1={x(-1)} x2={x(1)} y1={mid} y2={mid} class="lean__axis" />
        <line x1={x(0)} x2={x(0)} y1={mid - 12} y2={mid + 12} class="lean__middle" />
        <circle cx={x(-1)} cy={mid} r={6} class="lean__mark--product" />
        <rect
          x={x(1) - 5}
          y={mid - 5}
          width={10}
          height={10}
          transform={`rotate(45 ${x(1)} ${mid})`}
          class="lean__mark--project"
        />
        <rect
          x={x(band.low)}
          y={mid - 9}
          width={Math.max(2, x(band.high) - x(band.low))}
          height={18}
          rx={4}
          class="lean__band"
        />
        <line x1={x(position)} x2={x(position)} y1={mid - 16} y2={mid + 16} class="lean__position" />
      </svg>
      <figcaption class="visually-hidden">{description}</figcaption>
    </figure>
  );
}
