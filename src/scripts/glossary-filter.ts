/**
 * The glossary's filter: by a word (in the term, its abbreviation or its definition) and by field.
 * "Product" and "Project" include the terms both fields share. Letter groups with no match hide,
 * and their letter links are marked as leading nowhere; a live line says how many terms match.
 */
const form = document.querySelector<HTMLFormElement>('.glossary-filter');
const input = document.querySelector<HTMLInputElement>('#glossary-q');
const select = document.querySelector<HTMLSelectElement>('#glossary-field');
const statusLine = document.querySelector('.glossary-filter__status');
const empty = document.querySelector<HTMLElement>('.glossary-empty');

if (form && input && select && statusLine && empty) {
  form.hidden = false;
  const fold = (text: string) =>
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
  const entries = [...document.querySelectorAll<HTMLElement>('.term-entry')].map((el) => ({
    el,
    text: fold(el.textContent ?? ''),
  }));
  const apply = () => {
    const words = fold(input.value).split(/\s+/).filter(Boolean);
    const field = select.value;
    let shown = 0;
    for (const { el, text } of entries) {
      const f = el.dataset.field;
      const ok = (!field || f === field || (f === 'both' && field !== 'both')) && words.every((w) => text.includes(w));
      el.hidden = !ok;
      if (ok) shown++;
    }
    for (const group of document.querySelectorAll<HTMLElement>('.letter-group')) {
      group.hidden = !group.querySelector('.term-entry:not([hidden])');
      const link = document.querySelector(`.letters a[href="#${group.getAttribute('aria-labelledby') ?? ''}"]`);
      link?.toggleAttribute('aria-disabled', group.hidden);
    }
    const filtered = words.length > 0 || field !== '';
    statusLine.textContent = filtered ? `${shown} of ${entries.length} terms match.` : '';
    empty.hidden = shown > 0;
  };
  form.addEventListener('submit', (e) => e.preventDefault());
  input.addEventListener('input', apply);
  select.addEventListener('change', apply);
  empty.querySelector('button')?.addEventListener('click', () => {
    input.value = '';
    select.value = '';
    apply();
    input.focus();
  });
}

// A module, so its names stay out of the global scope (`status` would clash with window.status).
export {};
