/**
 * The interactive comparison, hydrated at once (`client:load`): its first view depends on the URL,
 * so a shared link must apply before the reader scrolls, not when the table comes into view.
 * Until its data (/compare/data.json) has loaded, and for readers without JavaScript, it shows its
 * children: the server-rendered table of product vs project management. If the data cannot load,
 * it says so and offers a retry; the table stays. Every rule lives in src/lib/comparison and
 * src/lib/tool; this file only renders.
 */
import type { ComponentChildren } from 'preact';
import { useModel, useSignal } from '@preact/signals';
import { CompareModel } from '../../lib/comparison/model';
import { emptyMessage, joinRoleNames, nameInSentence, visibleDimensions } from '../../lib/comparison/filter';
import { quoteValue } from '../../lib/tool/notices';
import { COMPARE_DATA_PATH, isCompareToolData, type CompareToolData } from '../../lib/comparison/tool-data';
import CompareTable from './CompareTable';
import NoticeBox from './tool/NoticeBox';
import CopyLink from './tool/CopyLink';
import { useToolUrl } from './tool/useToolUrl';
import { useToolData } from './tool/useToolData';
import LoadState from './tool/LoadState';

interface Props {
  /** The server-rendered table, shown until the island has its data. */
  children?: ComponentChildren;
}

export default function CompareTool({ children }: Props) {
  const { data, failure, retry } = useToolData(COMPARE_DATA_PATH, isCompareToolData);
  if (data) return <CompareControls {...data} />;
  return (
    <div class="cmp">
      <LoadState failure={failure} onRetry={retry} loadingText="Loading the interactive table…" class="cmp-status" />
      {children}
    </div>
  );
}

function CompareControls({ data, sources }: CompareToolData) {
  const model = useModel(() => new CompareModel(data));
  /** The text box keeps what the reader typed; the model keeps the tidied filter. */
  const rawQuery = useSignal('');
  /** The controls start open where there is room for them beside the table's first rows. */
  const controlsOpen = useSignal(window.matchMedia('(min-width: 48rem)').matches);
  useToolUrl({
    load: (search) => {
      const corrected = model.load(search);
      rawQuery.value = model.selection.peek().query;
      return corrected;
    },
    search: model.search,
    mode: 'replace',
  });

  const selection = model.selection.value;
  const roles = model.roles.value;
  const groups = model.groups.value;

  const reset = () => {
    model.reset();
    rawQuery.value = '';
  };

  // How many rows "show only where they differ" hides: none when every row shown differs, and then it says so.
  const withoutDiff = visibleDimensions(data, { ...selection, diff: false }).length;
  const hiddenByDiff = withoutDiff - visibleDimensions(data, { ...selection, diff: true }).length;
  const diffHint =
    hiddenByDiff === 0
      ? 'Every row shown differs between these roles, so this hides nothing.'
      : `Hides ${hiddenByDiff} ${hiddenByDiff === 1 ? 'row' : 'rows'} where the roles give the same short answer.`;
  // The filter text as the page repeats it: bidi controls stripped and long text cut, so a pasted
  // value can neither reverse the sentence around it nor widen the page.
  const shownQuery = selection.query ? quoteValue(selection.query, 40) : '';
  const summary = [
    roles.map((r, i) => (i === 0 ? r.name : nameInSentence(r.name))).join(' vs '),
    data.themes.find((t) => t.id === selection.theme)?.label ?? 'all themes',
    ...(shownQuery ? [`text ${shownQuery}`] : []),
    ...(selection.diff ? ['only differences'] : []),
  ].join(', ');

  return (
    <div class="cmp cmp--ready">
      <NoticeBox
        id="cmp-notice"
        class="cmp-notice"
        notices={model.notices.value}
        onDismiss={() => {
          model.dismissNotices();
          document.getElementById('cmp-role-0')?.focus();
        }}
      />

      {/* On a phone the controls fold into one line saying what the table shows, so the first row is on the first screen. */}
      <details class="cmp-fold" open={controlsOpen.value} onToggle={(e) => (controlsOpen.value = e.currentTarget.open)}>
        <summary class="cmp-fold__summary">
          <span class="cmp-fold__text">{summary}</span>
          <span class="cmp-fold__action" aria-hidden="true">
            {controlsOpen.value ? 'Hide' : 'Change'}
          </span>
          <span class="visually-hidden">: change the roles and filters</span>
        </summary>
        <form class="tool-controls" aria-label="Comparison controls" onSubmit={(e) => e.preventDefault()}>
          <fieldset class="field-group">
            <legend>Roles to compare</legend>
            <div class="cmp-roles__row">
              {model.slots.value.map((slot) => (
                <div class="field" key={slot.index}>
                  <label for={`cmp-role-${slot.index}`}>{slot.label}</label>
                  <select
                    id={`cmp-role-${slot.index}`}
                    value={slot.roleId}
                    onChange={(e) => {
                      const value = e.currentTarget.value;
                      model.setRole(slot.index, value === '' ? null : value);
                    }}
                  >
                    {slot.optional && <option value="">None</option>}
                    {data.roles.map((role) => (
                      <option value={role.id} key={role.id}>
                        {role.name}
                      </option>
                    ))}
                  </select>
                </div>
              ))}
            </div>
            <div class="cmp-swaps">
              {roles.slice(1).map((role, i) => (
                <button type="button" class="button button--quiet" key={i} onClick={() => model.swap(i, i + 1)}>
                  <span aria-hidden="true">⇄ </span>Swap {nameInSentence(roles[i]!.name)} and{' '}
                  {nameInSentence(role.name)}
                </button>
              ))}
            </div>
          </fieldset>

          <fieldset class="field-group">
            <legend>Theme</legend>
            <div class="chips">
              {[{ id: '', label: 'All themes' }, ...data.themes].map((theme) => (
                <label class="chip" key={theme.id || 'all'}>
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
            <div class="field cmp-search">
              <label for="cmp-q">Filter by text</label>
              <input
                id="cmp-q"
                type="search"
                autoComplete="off"
                spellcheck={false}
                aria-describedby="cmp-q-hint"
                value={rawQuery.value}
                onInput={(e) => {
                  rawQuery.value = e.currentTarget.value;
                  model.setQuery(rawQuery.value);
                }}
              />
              <span id="cmp-q-hint" class="field__hint">
                Searches the dimension names and the cells of the roles shown.
              </span>
            </div>
            <div class="cmp-diff">
              <label class="check">
                <input
                  type="checkbox"
                  checked={selection.diff}
                  aria-describedby="cmp-diff-hint"
                  onChange={(e) => model.setDiff(e.currentTarget.checked)}
                />
                Show only where they differ
              </label>
              <span id="cmp-diff-hint" class="field__hint">
                {diffHint}
              </span>
            </div>
          </div>

          <CopyLink
            id="cmp-link"
            statusClass="cmp-copy"
            linkKey={model.search.value}
            copiedMessage="Link copied. Anyone who opens it sees this table."
            fallbackLabel="Link to this table"
          >
            <button type="button" class="button button--quiet" onClick={reset}>
              Reset
            </button>
          </CopyLink>
        </form>
      </details>

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
        <div class="empty-state cmp-empty">
          <p>{emptyMessage(data, { ...selection, query: shownQuery.slice(1, -1) })}</p>
          <button type="button" class="button button--quiet" onClick={reset}>
            Reset the table
          </button>
        </div>
      )}
    </div>
  );
}
