// The only script every page loads (about 1 KB): the header search shortcut, the print buttons,
// and « Ajouter à mon atelier » with the header's « Mon atelier (n) »: their script loads at once
// only when the current kept atelier holds sheets, otherwise on the first press of such a button.
import './search-shortcut.ts';
import './print-button.ts';
import { deferAddButtons, loadAddInPlace } from './add-to-atelier.ts';
import { currentAtelierHasMethods } from './atelier/kept-key.ts';

if (currentAtelierHasMethods()) void loadAddInPlace();
else deferAddButtons();
