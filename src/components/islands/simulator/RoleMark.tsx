/** The role's shape beside its name: a circle for product, a diamond for project (colour never alone). */
import type { Role } from '../../../lib/simulator/types';

export default function RoleMark({ role }: { role: Role }) {
  return <span class={`shape shape--${role}`} aria-hidden="true" />;
}
