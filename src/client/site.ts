// The only script every page loads (well under 1 KB): the header search shortcut and the print buttons.
import './search-shortcut.ts';
import './print-button.ts';
