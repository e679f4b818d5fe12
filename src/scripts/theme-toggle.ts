/**
 * The theme toggle: the page follows the system until the reader chooses, and then keeps the
 * choice on every page (the inline script in the layout applies it before the first paint).
 */
type Theme = 'light' | 'dark';
const STORAGE_KEY = 'wpm-theme';

function systemTheme(): Theme {
  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

function currentTheme(): Theme {
  const explicit = document.documentElement.dataset.theme;
  return explicit === 'light' || explicit === 'dark' ? explicit : systemTheme();
}

function label(button: HTMLButtonElement): void {
  const next = currentTheme() === 'dark' ? 'light' : 'dark';
  button.setAttribute('aria-label', `Switch to ${next} theme`);
  button.dataset.current = currentTheme();
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
  label(button);
  button.addEventListener('click', () => {
    const next: Theme = currentTheme() === 'dark' ? 'light' : 'dark';
    document.documentElement.dataset.theme = next;
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private browsing can refuse storage: the choice then lasts for this page only.
    }
    label(button);
  });
  window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => label(button));
}
