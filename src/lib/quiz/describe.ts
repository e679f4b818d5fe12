/** Words for numbers on the product-to-project scale, for text equivalents and the result's summary. */
import type { Band } from './dimension';

/** "slightly toward project", "clearly toward product", "in the middle". */
export function leanWords(position: number): string {
  const size = Math.abs(position);
  if (size < 0.1) return 'in the middle';
  const side = position < 0 ? 'product' : 'project';
  const strength = size < 0.3 ? 'slightly' : size < 0.6 ? 'clearly' : 'strongly';
  return `${strength} toward ${side}`;
}

/** A scale point as a signed percentage of the way to an end: -0.42 is "42% toward product". */
function percent(value: number): string {
  const size = Math.round(Math.abs(value) * 100);
  return size === 0 ? 'the middle' : `${size}% toward ${value < 0 ? 'product' : 'project'}`;
}

/** The text equivalent of a drawn scale: where the mark is and where its band runs. */
export function scaleDescription(name: string, position: number, band: Band, confidence: number): string {
  return `${name}: ${leanWords(position)} (${percent(position)}); the ${Math.round(confidence * 100)}% band runs from ${percent(
    band.low,
  )} to ${percent(band.high)}.`;
}
