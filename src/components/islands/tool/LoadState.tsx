/** What a tool shows until its data has loaded: a polite "loading" line, or the failure with a retry. */
interface Props {
  failure: string;
  onRetry: () => void;
  loadingText: string;
  class?: string;
}

export default function LoadState({ failure, onRetry, loadingText, class: extra }: Props) {
  return failure ? (
    <div class="notice" role="alert">
      <p>{failure}</p>
      <button type="button" class="button button--quiet" onClick={onRetry}>
        Try again
      </button>
    </div>
  ) : (
    <p class={extra ? `tool-status ${extra}` : 'tool-status'} role="status" aria-live="polite">
      {loadingText}
    </p>
  );
}
