/** The schemas reject bad content with a message that names the field. */
import { describe, expect, it } from 'vitest';
import { articleSchema, glossarySchema, processSchema, sourceSchema } from '../../src/schemas';

const article = {
  title: 'Product vs project management',
  description: 'How the two roles differ in focus, time horizon, accountability and success metrics.',
  order: 3,
  reviewed: '2026-11-22',
  objectives: ['Explain what each role is accountable for.'],
};

function issuePaths(result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }): string[] {
  return result.error?.issues.map((i) => i.path.join('.')) ?? [];
}

describe('articleSchema', () => {
  it('accepts a good page and fills defaults', () => {
    const parsed = articleSchema.parse(article);
    expect(parsed.related).toEqual([]);
    expect(parsed.toc).toBe(true);
    expect(parsed.reviewed).toBeInstanceOf(Date);
  });
  it('names the field of a typo', () => {
    expect(issuePaths(articleSchema.safeParse({ ...article, reviewed: 'last Tuesday' }))).toEqual(['reviewed']);
    expect(issuePaths(articleSchema.safeParse({ ...article, objectives: [] }))).toEqual(['objectives']);
    expect(issuePaths(articleSchema.safeParse({ ...article, description: 'Too short.' }))).toEqual(['description']);
    expect(issuePaths(articleSchema.safeParse({ ...article, related: ['guides/no-slashes'] }))).toEqual(['related.0']);
    const { title: _title, ...untitled } = article;
    expect(issuePaths(articleSchema.safeParse(untitled))).toEqual(['title']);
  });
});

describe('sourceSchema', () => {
  const source = {
    id: 'pmbok-6',
    author: 'Project Management Institute',
    title: 'PMBOK Guide, Sixth Edition',
    publisher: 'Project Management Institute',
    year: 2017,
    kind: 'standard',
    supports: 'The five process groups and the 49 processes.',
  };
  it('defaults the citation label to the publisher and the confidence to firm', () => {
    const parsed = sourceSchema.parse(source);
    expect(parsed.short).toBe('Project Management Institute');
    expect(parsed.confidence).toBe('firm');
  });
  it('rejects a bad id, URL or confidence', () => {
    expect(issuePaths(sourceSchema.safeParse({ ...source, id: 'PMBOK 6' }))).toEqual(['id']);
    expect(issuePaths(sourceSchema.safeParse({ ...source, url: 'not a url' }))).toEqual(['url']);
    expect(issuePaths(sourceSchema.safeParse({ ...source, confidence: 'unconfirmed' }))).toEqual(['confidence']);
  });
});

describe('glossarySchema', () => {
  const term = {
    id: 'work-breakdown-structure',
    term: 'Work breakdown structure',
    abbreviation: 'WBS',
    field: 'project',
    definition: 'A tree of all the work a project must do, broken into pieces small enough to plan.',
  };
  it('accepts a good term', () => {
    expect(glossarySchema.parse(term).related).toEqual([]);
  });
  it('wants the full name in kebab case as the id', () => {
    expect(issuePaths(glossarySchema.safeParse({ ...term, id: 'WBS' }))).toEqual(['id']);
    expect(issuePaths(glossarySchema.safeParse({ ...term, field: 'marketing' }))).toEqual(['field']);
  });
});

describe('processSchema', () => {
  const process = {
    id: 'develop-project-charter',
    number: '4.1',
    name: 'Develop Project Charter',
    group: 'initiating',
    area: 'integration',
  };
  it('accepts a PMBOK 6 process', () => {
    expect(processSchema.parse(process).name).toBe('Develop Project Charter');
  });
  it('rejects unknown groups, areas and section numbers', () => {
    expect(issuePaths(processSchema.safeParse({ ...process, group: 'launching' }))).toEqual(['group']);
    expect(issuePaths(processSchema.safeParse({ ...process, area: 'time' }))).toEqual(['area']);
    expect(issuePaths(processSchema.safeParse({ ...process, number: '14.1' }))).toEqual(['number']);
  });
});

describe('typos fail instead of vanishing', () => {
  it('rejects a misspelt key in front matter, naming it', () => {
    const result = articleSchema.safeParse({
      title: 'Product vs project management',
      description: 'How the two roles differ in focus, time horizon, accountability and success metrics.',
      order: 3,
      reviewed: '2026-11-22',
      objectives: ['Explain what each role is accountable for.'],
      navtilte: 'Product vs project',
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/navtilte/);
  });
  it('explains the date format when a date is wrong', () => {
    const result = articleSchema.safeParse({
      title: 'T title',
      description: 'How the two roles differ in focus, time horizon, accountability and success metrics.',
      order: 1,
      reviewed: 'last Tuesday',
      objectives: ['Explain what each role is accountable for.'],
    });
    expect(result.error?.issues[0]?.message).toMatch(/YYYY-MM-DD/);
  });
});
