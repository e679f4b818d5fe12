/**
 * The meters, always in view while playing: each a number, a bar with its danger zone marked, and
 * words ("in danger", "lower is better"), so nothing rests on colour.
 */
import type { Campaign } from '../../../lib/simulator/types';
import { inDanger } from '../../../lib/simulator/lookup';
import { dangerInWords } from '../../../lib/simulator/text';

interface Props {
  campaign: Campaign;
  values: Record<string, number>;
}

export default function Meters({ campaign, values }: Props) {
  return (
    <section class="sim-meters" aria-label="Meters">
      <ul>
        {campaign.meters.map((meter) => {
          const value = values[meter.id] ?? meter.start;
          const danger = inDanger(meter, value);
          return (
            <li key={meter.id} class={danger ? 'sim-meter sim-meter--danger' : 'sim-meter'}>
              <span class="sim-meter__label">{meter.label}</span>
              <span class="sim-meter__value">
                {value}
                <span class="visually-hidden"> of 100</span>
              </span>
              <span class="sim-meter__bar" aria-hidden="true">
                {meter.danger.below !== undefined && (
                  <span class="sim-meter__zone" style={{ left: 0, width: `${meter.danger.below}%` }} />
                )}
                {meter.danger.above !== undefined && (
                  <span class="sim-meter__zone" style={{ left: `${meter.danger.above}%`, right: 0 }} />
                )}
                <span class="sim-meter__fill" style={{ width: `${value}%` }} />
              </span>
              <span class="sim-meter__words">
                {danger ? <strong>In danger</strong> : 'OK'} · {dangerInWords(meter)} ·{' '}
                {meter.good === 'up' ? 'higher is better' : 'lower is better'}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
