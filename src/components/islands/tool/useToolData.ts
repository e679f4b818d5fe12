/**
 * Fetches a tool's data file once the island mounts, with a retry that works without reloading.
 * While it loads or after it fails, the island keeps showing its server-rendered fallback.
 */
import { useEffect } from 'preact/hooks';
import { useSignal } from '@preact/signals';
import { loadJson } from '../../../lib/tool/load-json';
import { withBase } from '../../../lib/site/href';

export interface ToolData<T> {
  data: T | null;
  /** The sentence to show when loading failed, '' otherwise. */
  failure: string;
  retry: () => void;
}

export function useToolData<T>(path: string, isData: (value: unknown) => value is T): ToolData<T> {
  const data = useSignal<T | null>(null);
  const failure = useSignal('');
  const attempt = useSignal(0);
  useEffect(() => {
    let live = true;
    failure.value = '';
    void loadJson(fetch, withBase(path), isData).then((result) => {
      if (!live) return;
      if (result.ok) data.value = result.data;
      else failure.value = result.message;
    });
    return () => {
      live = false;
    };
  }, [attempt.value]);
  return { data: data.value, failure: failure.value, retry: () => attempt.value++ };
}
