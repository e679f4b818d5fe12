import { describe, expect, it } from 'vitest';
import { decode, faqEntries, faqJsonLd, textOf } from '../../src/lib/content/faq';

describe('faqEntries', () => {
  const html = [
    '<p>Intro, not a question.</p>',
    '<h2 id="pay">What do entry roles pay?<a aria-hidden="true" href="#pay">#</a></h2>',
    '<p>A median of $94,500 <span class="cite">[<a href="/sources/#bls"><span class="visually-hidden">Source: </span>BLS 2022</a>]</span>.</p>',
    '<ul><li>US only</li><li>May 2021</li></ul>',
    '<h2>Can I switch later?</h2><p>Yes &amp; often.</p>',
    '<h2>Empty?</h2>',
  ].join('');

  it('pairs each h2 with the text below it, without citations or hidden parts', () => {
    expect(faqEntries(html)).toEqual([
      { question: 'What do entry roles pay?', answer: 'A median of $94,500.\nUS only\nMay 2021' },
      { question: 'Can I switch later?', answer: 'Yes & often.' },
    ]);
  });
  it('finds nothing in a page without h2 questions', () => {
    expect(faqEntries('<p>No questions here.</p>')).toEqual([]);
  });
});

describe('faqJsonLd', () => {
  it('is FAQPage data that cannot close its script element early', () => {
    const json = faqJsonLd([{ question: 'Why </script>?', answer: 'Because.' }]);
    expect(json).not.toContain('</script>');
    const data = JSON.parse(json);
    expect(data['@type']).toBe('FAQPage');
    expect(data.mainEntity[0]).toEqual({
      '@type': 'Question',
      name: 'Why </script>?',
      acceptedAnswer: { '@type': 'Answer', text: 'Because.' },
    });
  });
});

describe('decode and textOf', () => {
  it('decodes named and numeric entities and leaves unknown ones', () => {
    expect(decode('a &amp; b &#8212; c &#x2019; &bogus;')).toBe('a & b — c ’ &bogus;');
  });
  it('keeps blocks apart and drops nested citation markup', () => {
    expect(textOf('<p>One <span class="cite">[<a><span>x</span></a>]</span>.</p><p>Two</p>')).toBe('One.\nTwo');
  });
  it('keeps a glossary term’s word and drops its popover (shown only on hover or tap)', () => {
    const term =
      '<a class="term" href="/glossary/#scrum" data-term="term-1" aria-describedby="term-1-d">Scrum</a>' +
      '<span class="term-tip" id="term-1" popover data-pagefind-ignore><strong class="term-tip__name">Scrum</strong>' +
      '<span id="term-1-d">A lightweight agile framework.</span>' +
      '<a class="term-tip__more" href="/glossary/#scrum" tabindex="-1">Full entry in the glossary</a></span>';
    expect(textOf(`<p>${term} defines three accountabilities.</p>`)).toBe('Scrum defines three accountabilities.');
  });
});
