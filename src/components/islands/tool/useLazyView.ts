/**
 * A view that loads only when it is first needed (the quiz's result, the simulator's debrief), so
 * a tool's first screen ships without it. A failed load is reported; `retry` tries again.
 */
import type { ComponentType } from 'preact';
import { useEffect } from 'preact/hooks';
import { useSignal } from '@preact/signals';

export interface LazyView<P> {
  View: ComponentType<P> | null;
  failed: boolean;
  retry: () => void;
}

export function useLazyView<P>(load: () => Promise<{ default: ComponentType<P> }>, needed: boolean): LazyView<P> {
  const view = useSignal<ComponentType<P> | null>(null);
  const failed = useSignal(false);
  useEffect(() => {
    if (!needed || view.value) return;
    load()
      .then((module) => (view.value = module.default))
      .catch(() => (failed.value = true));
  }, [needed, failed.value]);
  return { View: view.value, failed: failed.value, retry: () => (failed.value = false) };
}
