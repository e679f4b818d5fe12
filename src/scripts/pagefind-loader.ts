import { withBase } from '../lib/site/href';
/** Loads Pagefind's Component UI (its script and stylesheet) once, on first use. */
const BUNDLE = withBase('/pagefind/');
let loading: Promise<void> | undefined;

export function loadPagefindComponents(): Promise<void> {
  loading ??= new Promise<void>((resolve, reject) => {
    const stylesheet = document.createElement('link');
    stylesheet.rel = 'stylesheet';
    stylesheet.href = `${BUNDLE}pagefind-component-ui.css`;
    document.head.append(stylesheet);

    const script = document.createElement('script');
    script.src = `${BUNDLE}pagefind-component-ui.js`;
    script.onload = () => resolve();
    script.onerror = () => {
      loading = undefined;
      reject(new Error('The search index could not be loaded. Search works in the built site (npm start).'));
    };
    document.head.append(script);
  });
  return loading;
}
