/**
 * Copy a tool's link to the clipboard. Some browsers refuse (no permission, an insecure origin, an
 * embedded frame); the reader then gets the link in a box to copy by hand, never a silent failure.
 */

/** The part of `navigator.clipboard` this needs; undefined where the browser has none. */
export interface ClipboardLike {
  writeText(text: string): Promise<void>;
}

export type CopyResult = { copied: true; message: string } | { copied: false; message: string; fallbackUrl: string };

export const COPY_FAILED_MESSAGE = 'Your browser did not let the page copy. Copy the link from the box below instead.';

/** Copies `url`; `copiedMessage` says what the link will show whoever opens it. Never throws. */
export async function copyLink(
  url: string,
  clipboard: ClipboardLike | undefined,
  copiedMessage: string,
): Promise<CopyResult> {
  try {
    if (!clipboard) throw new Error('no clipboard');
    await clipboard.writeText(url);
    return { copied: true, message: copiedMessage };
  } catch {
    return { copied: false, message: COPY_FAILED_MESSAGE, fallbackUrl: url };
  }
}
