/**
 * The box that says which part of a link (or of saved progress) could not be used. It takes focus
 * once, when it first appears and the reader has not started using the page, so a screen reader
 * hears it before the tool.
 */
import { useEffect, useRef } from 'preact/hooks';
import { NOTICE_TITLE, type Notice } from '../../../lib/tool/notices';

interface Props {
  notices: readonly Notice[];
  onDismiss: () => void;
  title?: string;
  /** Unique per page, for the box's accessible name. */
  id: string;
  /** An extra class naming the tool's box (a hook for its tests, not for styles). */
  class?: string;
}

export default function NoticeBox({ notices, onDismiss, title = NOTICE_TITLE, id, class: extra }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const shown = notices.length > 0;
  useEffect(() => {
    if (shown && document.activeElement === document.body) box.current?.focus();
  }, [shown]);
  if (!shown) return null;
  return (
    <div class={extra ? `notice ${extra}` : 'notice'} ref={box} tabIndex={-1} aria-labelledby={`${id}-title`}>
      <p id={`${id}-title`} class="notice__title">
        {title}
      </p>
      <ul>
        {notices.map((n) => (
          <li key={n.kind}>{n.message}</li>
        ))}
      </ul>
      <button type="button" class="button button--quiet" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
