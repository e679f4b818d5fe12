/**
 * The process tables, for the routes whose pages use them (process groups, knowledge areas).
 * They are not in the site-wide MDX registry on purpose: a component imported there brings its
 * stylesheet to every article page, and guides and careers pages have no process tables.
 */
import ProcessMatrix from './ProcessMatrix.astro';
import ProcessList from './ProcessList.astro';
import AreaProcesses from './AreaProcesses.astro';

export const pmbokComponents = { ProcessMatrix, ProcessList, AreaProcesses };
