import { describe, expect, it } from 'vitest';
import { citedSourceIds, linkedTermIds, proseWordCount } from '../../src/lib/content/mdx-references';
import { formatReference, groupByKind } from '../../src/lib/content/sources';
import { groupByLetter, indexLetter, missingRelated } from '../../src/lib/content/glossary';

describe('citedSourceIds and linkedTermIds', () => {
  const body = `Text <Cite id="pmbok-6" /> and <Term id="project-charter">charter</Term>, again <Cite id='scrum-guide-2020'/> <Cite id="pmbok-6" />.`;
  it('finds each id once, in order of first use', () => {
    expect(citedSourceIds(body)).toEqual(['pmbok-6', 'scrum-guide-2020']);
    expect(linkedTermIds(body)).toEqual(['project-charter']);
  });
  it('finds nothing in plain text', () => {
    expect(citedSourceIds('No citations here, not even id="x".')).toEqual([]);
  });
});

describe('proseWordCount', () => {
  it('counts the words a reader reads, not markup', () => {
    const body = [
      "import Ladders from '../x.astro';",
      'export const steps = [',
      "  'not prose',",
      '];',
      '',
      '## A heading here',
      'One two three <Cite id="pmbok-6" />.',
      '{/* COMPARE-LINK */}',
      '<KeyTakeaways>',
      '- four five',
      '</KeyTakeaways>',
      '| six | seven |',
      '|---|---|',
      'See [the guide](/guides/x/).',
    ].join('\n');
    expect(proseWordCount(body)).toBe(13);
  });
});

describe('formatReference', () => {
  it('writes author, year, title and publisher, with n.d. when the year is unknown', () => {
    expect(
      formatReference({
        author: 'Ken Schwaber and Jeff Sutherland',
        title: 'The Scrum Guide',
        publisher: 'Scrum.org',
        year: 2020,
      }),
    ).toBe('Ken Schwaber and Jeff Sutherland. (2020). The Scrum Guide. Scrum.org.');
    expect(formatReference({ author: 'Walden University', title: 'T', publisher: 'Walden University' })).toBe(
      'Walden University. (n.d.). T.',
    );
  });
  it('groups sources by kind in page order, leaving out empty kinds', () => {
    const groups = groupByKind([
      { id: 'a', kind: 'article' as const },
      { id: 's', kind: 'standard' as const },
    ]);
    expect(groups.map((g) => g.kind)).toEqual(['standard', 'article']);
  });
});

describe('glossary helpers', () => {
  it('files terms under their first letter, digits and symbols under #', () => {
    expect(indexLetter('agile')).toBe('A');
    expect(indexLetter('3-point estimate')).toBe('#');
  });
  it('sorts terms case-insensitively within letters', () => {
    const groups = groupByLetter([
      { id: 'b', term: 'backlog' },
      { id: 'a', term: 'Agile' },
      { id: 'a2', term: 'A/B testing' },
    ]);
    expect(groups.map((g) => g.letter)).toEqual(['A', 'B']);
    expect(groups[0]!.terms.map((t) => t.id)).toEqual(['a2', 'a']);
  });
  it('reports related ids that do not exist', () => {
    expect(
      missingRelated([
        { id: 'a', related: ['b', 'c'] },
        { id: 'b', related: [] },
      ]),
    ).toEqual([{ id: 'a', missing: 'c' }]);
  });
});
