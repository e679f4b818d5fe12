(() => {
  const root = document.documentElement;
  root.classList.add('js');
  try {
    const saved = localStorage.getItem('wpm-theme');
    if (saved === 'light' || saved === 'dark') root.dataset.theme = saved;
  } catch {
    // Storage can be blocked (private mode, a strict setting): the page then follows the system theme.
  }
})();
