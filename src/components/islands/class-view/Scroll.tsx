/** A table that scrolls sideways inside its box on a narrow screen, reachable by keyboard. */
import type { ComponentChildren } from 'preact';

export default function Scroll({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div class="class-table-wrap" tabIndex={0} role="region" aria-label={`${label} (scrolls sideways)`}>
      {children}
    </div>
  );
}
