/**
 * The interactive comparison (hydrated `client:visible`). Before hydration, and for readers
 * without JavaScript, it shows its children: the server-rendered table of product vs project
 * management. Once it runs, it reads the URL, renders the controls and the table for that state,
 * and keeps the URL in step. Every rule lives in src/lib/comparison; this file only renders.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { useSignal, useSignalEffect } from '@preact/signals';
import { createCompareModel } from '../../lib/comparison/model';
import { emptyMessage, joinRoleNames, nameInSentence } from '../../lib/comparison/filter';
import { MAX_ROLES } from '../../lib/comparison/validate';
import type { ComparisonData, SourceLabel } from '../../lib/comparison/types';
import CompareTable from './CompareTable';

interface Props {
  data: ComparisonData;
  sources: Record<string, SourceLabel>;
  /** The server-rendered table, shown until the island takes over. */
  children?: ComponentChildren;
}

const COLUMN_NAMES = ['First column', 'Second column', 'Third column (optional)'];

export default function CompareTool({ data, sources, children }: Props) {
  const model = useMemo(() => createCompareModel(data), [data]);
  const ready = useSignal(false);
  /** The text box keeps what the reader typed; the model keeps the tidied filter. */
  const rawQuery = useSignal('');
  const copyMessage = useSignal('');
  const fallbackUrl = useSignal('');
  const writes = useRef(0);
  const noticeRef = useRef<HTMLDivElement>(null);
  const firstControl = useRef<HTMLSelectElement>(null);
  const fallbackInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    model.load(window.location.search);
    rawQuery.value = model.selection.peek().query;
    ready.value = true;
  }, [model]);

  // Keep the address bar in step, so a reload or a shared link restores the table. The first
  // run leaves a clean URL alone, but rewrites one that had to be corrected.
  useSignalEffect(() => {
    const search = model.search.value;
    if (!ready.value) return;
    const first = writes.current++ === 0;
    if (first && model.notices.peek().length === 0) return;
    const { pathname, hash } = window.location;
    window.history.replaceState(window.history.state, '', `${pathname}${search}${hash}`);
    copyMessage.value = '';
    fallbackUrl.value = '';
  });

  // A notice from the URL is shown once, near the top: move focus there only if the reader has
  // not started using the page yet.
  useEffect(() => {
    if (ready.value && model.notices.peek().length > 0 && document.activeElement === document.body) {
      noticeRef.current?.focus();
    }
  }, [ready.value]);

  if (!ready.value) {
    return (
      <div class="cmp">
        <p class="cmp-status" role="status" aria-live="polite">
          {model.status.value}
        </p>
        {children}
      </div>
    );
  }

  const selection = model.selection.value;
  const roles = model.roles.value;
  const notices = model.notices.value;
  const groups = model.groups.value;

  const copyLink = async () => {
    const url = window.location.href;
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url);
      fallbackUrl.value = '';
      copyMessage.value = 'Link copied. Anyone who opens it sees this table.';
    } catch {
      fallbackUrl.value = url;
      copyMessage.value = 'Your browser did not let the page copy. Copy the link from the box below instead.';
      queueMicrotask(() => fallbackInput.current?.select());
    }
  };

  const reset = () => {
    model.reset();
    rawQuery.value = '';
  };

  const dismiss = () => {
    model.dismissNotices();
    firstControl.current?.focus();
  };

  return (
    <div class="cmp cmp--ready">
      {notices.length > 0 && (
        <div class="cmp-notice" ref={noticeRef} tabIndex={-1} aria-labelledby="cmp-notice-title">
          <p id="cmp-notice-title" class="cmp-notice__title">
            Part of this link could not be used
          </p>
          <ul>
            {notices.map((n) => (
              <li key={n.kind}>{n.message}</li>
            ))}
          </ul>
          <button type="button" class="button button--quiet" onClick={dismiss}>
            Dismiss
          </button>
        </div>
      )}

      <form class="cmp-controls" aria-label="Comparison controls" onSubmit={(e) => e.preventDefault()}>
        <fieldset class="cmp-fieldset cmp-roles">
          <legend>Roles to compare</legend>
          <div class="cmp-roles__row">
            {Array.from({ length: Math.min(roles.length + 1, MAX_ROLES) }, (_, index) => {
              const current = selection.roles[index] ?? '';
              return (
                <div class="cmp-field" key={index}>
                  <label for={`cmp-role-${index}`}>{COLUMN_NAMES[index]}</label>
                  <select
                    id={`cmp-role-${index}`}
                    ref={index === 0 ? firstControl : null}
                    value={current}
                    onChange={(e) => {
                      const value = (e.currentTarget as HTMLSelectElement).value;
                      model.setRole(index, value === '' ? null : value);
                    }}
                  >
                    {index === 2 && <option value="">None</option>}
                    {data.roles.map((role) => (
                      <option value={role.id} key={role.id}>
                        {role.name}
                      </option>
                    ))}
                  </select>
                </div>
              );
            })}
          </div>
          <div class="cmp-swaps">
            {roles.slice(1).map((role, i) => (
              <button type="button" class="button button--quiet cmp-swap" key={i} onClick={() => model.swap(i, i + 1)}>
                <span aria-hidden="true">⇄ </span>Swap {nameInSentence(roles[i]!.name)} and {nameInSentence(role.name)}
              </button>
            ))}
          </div>
        </fieldset>

        <fieldset class="cmp-fieldset cmp-themes">
          <legend>Theme</legend>
          <div class="cmp-themes__row">
            {[{ id: '', label: 'All themes' }, ...data.themes].map((theme) => (
              <label class="cmp-chip" key={theme.id || 'all'}>
                <input
                  type="radio"
                  name="cmp-theme"
                  value={theme.id}
                  checked={(selection.theme ?? '') === theme.id}
                  onChange={() => model.setTheme(theme.id === '' ? null : theme.id)}
                />
                {theme.label}
              </label>
            ))}
          </div>
        </fieldset>

        <div class="cmp-filters">
          <div class="cmp-field cmp-search">
            <label for="cmp-q">Filter by text</label>
            <input
              id="cmp-q"
              type="search"
              autoComplete="off"
              spellcheck={false}
              aria-describedby="cmp-q-hint"
              value={rawQuery.value}
              onInput={(e) => {
                rawQuery.value = (e.currentTarget as HTMLInputElement).value;
                model.setQuery(rawQuery.value);
              }}
            />
            <span id="cmp-q-hint" class="cmp-hint">
              Searches the dimension names and the cells of the roles shown.
            </span>
          </div>
          <label class="cmp-check">
            <input
              type="checkbox"
              checked={selection.diff}
              onChange={(e) => model.setDiff((e.currentTarget as HTMLInputElement).checked)}
            />
            Show only where they differ
          </label>
        </div>

        <div class="cmp-actions">
          <button type="button" class="button" onClick={copyLink}>
            Copy link
          </button>
          <button type="button" class="button button--quiet" onClick={reset}>
            Reset
          </button>
          <p class="cmp-copy" role="status">
            {copyMessage.value}
          </p>
          {fallbackUrl.value && (
            <div class="cmp-field cmp-fallback">
              <label for="cmp-link">Link to this table</label>
              <input
                id="cmp-link"
                ref={fallbackInput}
                type="text"
                readOnly
                value={fallbackUrl.value}
                onFocus={(e) => (e.currentTarget as HTMLInputElement).select()}
              />
            </div>
          )}
        </div>
      </form>

      <p class="cmp-status" role="status" aria-live="polite">
        {model.status.value}
      </p>

      {groups.length > 0 ? (
        <CompareTable
          data={data}
          roles={roles}
          groups={groups}
          sources={sources}
          caption={`${joinRoleNames(roles)} compared`}
        />
      ) : (
        <div class="cmp-empty">
          <p>{emptyMessage(data, selection)}</p>
          <button type="button" class="button button--quiet" onClick={reset}>
            Reset the table
          </button>
        </div>
      )}
    </div>
  );
}
