/**
 * The comparison as a real <table>: one column per role, one row per dimension, grouped by theme,
 * every cell with its citations. Astro renders it on the server for the no-JS page, and the
 * island renders the same component, so both show the same markup and styles.
 */
import type {
  ComparisonData,
  ComparisonDimension,
  ComparisonRole,
  ComparisonTheme,
  SourceLabel,
} from '../../lib/comparison/types';
import { Fragment } from 'preact';
import { withBase } from '../../lib/site/href';

export interface CompareTableProps {
  data: ComparisonData;
  /** The columns, in order. */
  roles: ComparisonRole[];
  /** The rows to show, grouped under their themes. */
  groups: { theme: ComparisonTheme; dimensions: ComparisonDimension[] }[];
  /** Label and title of every cited source, by id. */
  sources: Record<string, SourceLabel>;
  caption: string;
  /** Prefix for ids, so two tables on one page never share one. */
  idPrefix?: string;
}

/** A summary ends with a stop, so a screen reader pauses before the sentence that follows it. */
function withStop(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

function Citations({ ids, sources }: { ids: string[]; sources: Record<string, SourceLabel> }) {
  return (
    <span class="cmp-cites">
      {ids.map((id, i) => {
        const source = sources[id];
        return (
          // The space between two citations sits outside their no-wrap spans, so a line can break there.
          <Fragment key={id}>
            {i > 0 && ' '}
            <span class="cite">
              [
              <a href={withBase(`/sources/#${id}`)}>
                <span class="visually-hidden">Source: </span>
                {source?.short ?? id}
              </a>
              {source && <span class="visually-hidden">, {source.title}</span>}]
            </span>
          </Fragment>
        );
      })}
    </span>
  );
}

export default function CompareTable({ data, roles, groups, sources, caption, idPrefix = 'cmp' }: CompareTableProps) {
  const columns = roles.length + 1;
  return (
    <table class="cmp-table" data-columns={columns}>
      <caption class="cmp-caption">{caption}</caption>
      <thead>
        <tr>
          <th scope="col" class="cmp-corner">
            Dimension
          </th>
          {roles.map((role) => (
            <th scope="col" class={`cmp-head cmp-head--${role.field}`} key={role.id}>
              <span class={`cmp-mark cmp-mark--${role.field}`} aria-hidden="true"></span>
              {role.glossary ? <a href={withBase(`/glossary/#${role.glossary}`)}>{role.name}</a> : role.name}
            </th>
          ))}
        </tr>
      </thead>
      {groups.map(({ theme, dimensions }) => (
        <tbody class="cmp-group" key={theme.id}>
          <tr class="cmp-theme">
            <th scope="rowgroup" colSpan={columns} id={`${idPrefix}-theme-${theme.id}`}>
              {theme.label}
            </th>
          </tr>
          {dimensions.map((dimension) => (
            <tr class="cmp-row" key={dimension.id} id={`${idPrefix}-${dimension.id}`}>
              <th scope="row" class="cmp-dim">
                <span class="cmp-dim__label">{dimension.label}</span>
                <span class="cmp-dim__question">{dimension.question}</span>
              </th>
              {roles.map((role) => {
                const cell = data.dimensions.find((d) => d.id === dimension.id)?.cells[role.id];
                return (
                  <td class={`cmp-cell cmp-cell--${role.field}`} key={role.id}>
                    {/* The column heading, repeated for the narrow layout where each row is a card. */}
                    <span class={`cmp-cell__role cmp-cell__role--${role.field}`} aria-hidden="true">
                      <span class={`cmp-mark cmp-mark--${role.field}`}></span>
                      {role.name}
                    </span>
                    {cell ? (
                      <>
                        <strong class="cmp-cell__summary">{withStop(cell.summary)}</strong> {cell.text}{' '}
                        <Citations ids={cell.sources} sources={sources} />
                      </>
                    ) : (
                      'No entry.'
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      ))}
    </table>
  );
}
