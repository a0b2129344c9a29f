// `node scripts/bench/stylesheets.ts [dist]`: the stylesheets each kind of page loads, raw and as
// our nginx sends them (gzip), from a built site: what a page pays for its looks before any script.
import { pageLoad } from './page-weight.ts';
import { whole } from './format.ts';

const dist = process.argv[2] ?? 'dist';
const pages = {
  accueil: '/',
  'page du laboratoire': '/le-ti-lab/',
  bibliothèque: '/methodes/',
  fiche: '/methodes/personas/',
  'support (canevas)': '/methodes/personas/support/',
  'livret de la bibliothèque': '/methodes/livret/',
  parcours: '/parcours/animer-un-collectif/',
  'livret du parcours': '/parcours/animer-un-collectif/livret/',
  'étude de cas': '/projets/covid-19-makers-fablabs/',
  recherche: '/recherche/',
  atelier: '/atelier/',
  'atelier, animer': '/atelier/animer/',
  'page introuvable': '/404.html',
};
for (const [name, path] of Object.entries(pages)) {
  const css = pageLoad(dist, path).filter((r) => r.kind === 'css');
  const raw = css.reduce((sum, r) => sum + r.rawBytes, 0);
  const gzip = css.reduce((sum, r) => sum + r.gzipBytes, 0);
  console.log(
    `${name.padEnd(28)} ${path.padEnd(38)} ${String(css.length).padStart(2)} feuilles ${whole(raw).padStart(8)} o bruts ${whole(gzip).padStart(7)} o gzip  ${css.map((r) => r.path.replace('/_astro/', '')).join(' ')}`,
  );
}
