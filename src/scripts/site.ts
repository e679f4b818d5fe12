/**
 * Every page's behaviour in one module, so a page loads one small script (a content page has a
 * 3 kB budget for all its JavaScript before search opens). Each part finds its own elements and
 * does nothing on a page without them; each only adds to what already works without a script.
 */
import './theme-toggle';
import './page-nav';
import './term-tip';
import './search-modal';
import './offline';
import './cite-box';
import { markPrintLinks } from './print-links';

markPrintLinks();
