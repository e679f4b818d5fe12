/**
 * The hook that ties a tool's model to the address bar, through the tested adapter in
 * src/lib/tool/url-state.ts. The state is read from the URL during the first render (so the
 * reader never sees a default state flash before theirs), a corrected URL is rewritten once
 * mounted, each later change is written with the tool's mode, and Back and Forward reload the
 * state, so a pushed step can be undone.
 */
import { useEffect, useRef } from 'preact/hooks';
import { useSignalEffect, type ReadonlySignal } from '@preact/signals';
import { createUrlState, writeAfterLoad, type UrlState, type WriteMode } from '../../../lib/tool/url-state';

export interface ToolUrlOptions {
  /** Reads a query string into the model; returns true when the URL had to be corrected. */
  load: (search: string) => boolean;
  /** The query string for the model's current state. */
  search: ReadonlySignal<string>;
  /** How a change is written: 'replace' for filters, 'push' for steps, or decided per change. */
  mode: WriteMode | (() => WriteMode);
  /** Called after every write, e.g. to clear a "link copied" message. */
  onWrite?: () => void;
}

export function useToolUrl({ load, search, mode, onWrite }: ToolUrlOptions): void {
  const url = useRef<UrlState | null>(null);
  /** The query the address bar holds for the state on screen; that state is never written again. */
  const current = useRef('');
  const corrected = useRef(false);
  /** True while the model is being loaded from the URL, so loading never writes. */
  const loading = useRef(false);

  const loadFromUrl = (state: UrlState): boolean => {
    loading.current = true;
    try {
      const wasCorrected = load(state.read());
      current.current = search.peek();
      return wasCorrected;
    } finally {
      loading.current = false;
    }
  };

  if (url.current === null) {
    url.current = createUrlState(window.location, window.history);
    corrected.current = loadFromUrl(url.current);
  }

  useEffect(() => {
    if (url.current && corrected.current) writeAfterLoad(url.current, current.current, true);
    const onPop = () => {
      if (url.current) loadFromUrl(url.current);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
    // The model and its load function live as long as the island.
  }, []);

  useSignalEffect(() => {
    const next = search.value;
    if (loading.current || !url.current || next === current.current) return;
    current.current = next;
    const result = url.current.write(next, typeof mode === 'function' ? mode() : mode);
    if (result !== 'unchanged') onWrite?.();
  });
}
