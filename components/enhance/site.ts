import './site/copy-link'
import './site/other-edition'
import { loadSearchOnFocus } from './site/search-loader'

/**
 * What every page shares, in one small script (three apart weighed 140 bytes more): each
 * step's copy-link button, the header's link to the other edition keeping the step in view,
 * and the loader of the search box's script.
 */
loadSearchOnFocus(document.querySelector(WIDGET_ROOT.site))
