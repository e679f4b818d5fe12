(() => {
  try {
    const saved = localStorage.getItem('wpm-theme');
    if (saved === 'light' || saved === 'dark') document.documentElement.dataset.theme = saved;
  } catch {}
})();
