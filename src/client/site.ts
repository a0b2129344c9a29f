// The only script every page loads (well under 1 KB): the header search shortcut, the print
// buttons, and a check that loads « Ajouter à mon atelier » in place and the header's « Mon
// atelier (n) » only where they are needed (a page with such a link, or an atelier with sheets).
import './search-shortcut.ts';
import './print-button.ts';
import { currentAtelierHasMethods } from './atelier/kept-key.ts';

if (document.querySelector('a[data-atelier-add]') || currentAtelierHasMethods())
  void import('./atelier/add-in-place.ts');
