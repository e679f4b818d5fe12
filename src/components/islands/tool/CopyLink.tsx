/**
 * "Copy link" with its fallback: when the browser refuses the clipboard, the link appears in a
 * selected box to copy by hand. The status line is polite, so the result is announced.
 */
import { useRef } from 'preact/hooks';
import { useSignal } from '@preact/signals';
import { copyLink } from '../../../lib/tool/copy-link';

interface Props {
  /** What whoever opens the link will see: "Link copied. Anyone who opens it sees this table." */
  copiedMessage: string;
  /** The label of the fallback box: "Link to this table". */
  fallbackLabel: string;
  id: string;
  /** Other buttons shown beside Copy link (Reset, Print...). */
  children?: preact.ComponentChildren;
  /** Changes whenever the link changes, so a stale "copied" message is cleared. */
  linkKey: string;
  /** An extra class for the status line (a hook for the tool's tests). */
  statusClass?: string;
}

export default function CopyLink({ copiedMessage, fallbackLabel, id, children, linkKey, statusClass }: Props) {
  const message = useSignal('');
  const fallbackUrl = useSignal('');
  const shownFor = useSignal(linkKey);
  const input = useRef<HTMLInputElement>(null);
  if (shownFor.peek() !== linkKey) {
    shownFor.value = linkKey;
    message.value = '';
    fallbackUrl.value = '';
  }

  const copy = async () => {
    const result = await copyLink(window.location.href, navigator.clipboard, copiedMessage);
    message.value = result.message;
    fallbackUrl.value = result.copied ? '' : result.fallbackUrl;
    if (!result.copied) queueMicrotask(() => input.current?.select());
  };

  return (
    <div class="tool-actions">
      <button type="button" class="button" onClick={() => void copy()}>
        Copy link
      </button>
      {children}
      <p class={statusClass ? `tool-actions__status ${statusClass}` : 'tool-actions__status'} role="status">
        {message.value}
      </p>
      {fallbackUrl.value && (
        <div class="field tool-actions__fallback">
          <label for={id}>{fallbackLabel}</label>
          <input
            id={id}
            ref={input}
            type="text"
            readOnly
            value={fallbackUrl.value}
            onFocus={(e) => e.currentTarget.select()}
          />
        </div>
      )}
    </div>
  );
}
