import { globSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  writtenTextInScript,
  writtenTextInTemplate,
  type WrittenText,
} from '../support/interface-text.ts';

// Every interface string lives in src/i18n/: a template or a browser script that writes French
// itself hides it from the next language and from the typography test (interface-typography).

const files = [...globSync('src/**/*.astro'), ...globSync('src/client/**/*.ts')].sort();

const writtenIn = (file: string): WrittenText[] => {
  const source = readFileSync(file, 'utf8');
  return file.endsWith('.astro') ? writtenTextInTemplate(source) : writtenTextInScript(source);
};

describe('templates and browser scripts read their French from src/i18n/', () => {
  it('finds the templates and scripts', () => {
    expect(files.filter((file) => file.endsWith('.astro')).length).toBeGreaterThan(20);
    expect(files.filter((file) => file.endsWith('.ts')).length).toBeGreaterThan(5);
  });

  it.each(files)('%s', (file) => {
    expect(writtenIn(file).map(({ line, text }) => `${file}:${line} ${text}`)).toEqual([]);
  });
});

describe('what counts as French written in a template', () => {
  const found = (source: string) => writtenTextInTemplate(source).map(({ text }) => text);

  it('finds text between tags, reader attributes and sentences in code', () => {
    const template = [
      '---',
      'const kicker = `Fiche méthode · ${phase}`;',
      '---',
      '<h2>Les étapes</h2>',
      '<nav aria-label="Rubrique Le Ti Lab"><a href="/" title="Accueil">{home}</a></nav>',
      '<img src="/a.png" alt="Logo" />',
      '<input placeholder="mot" />',
      '<LinkSection title="Méthodes liées" id="liees" />',
      '<output>{total} fiches.</output>',
      "<p>{ok ? 'oui' : `${n} projets`}</p>",
    ].join('\n');
    expect(found(template)).toEqual([
      'Fiche méthode ·',
      'Les étapes',
      'Rubrique Le Ti Lab',
      'Accueil',
      'Logo',
      'mot',
      'Méthodes liées',
      'fiches.',
      'oui',
      'projets',
    ]);
  });

  it('gives the line of each', () => {
    expect(writtenTextInTemplate('---\n---\n<p>\n  {x}\n  Texte\n</p>')).toEqual([
      { line: 5, text: 'Texte' },
    ]);
  });

  it('leaves names for the machine alone', () => {
    const template = [
      '---',
      "import BaseLayout from '../layouts/BaseLayout.astro';",
      "import { ui } from '../i18n/fr.ts';",
      "type Section = 'lab' | 'methods';",
      "const id = section === 'Escape' ? 'liees' : 'autres';",
      "if (!home) throw new Error('content/pages/accueil.md est obligatoire.');",
      "const found = document.querySelector('[data-method] .card__title');",
      "const query = { 'data-pagefind-filter': 'type:methode' };",
      '---',
      '<BaseLayout title={ui.nav.methods} section="methods">',
      '  <p class="lead method__lead" id="fiche" data-pagefind-meta="summary">{text}</p>',
      '  <a href="/methodes/" rel="alternate" class:list={["a", { b: on }]}>{ui.home}</a>',
      '  <p>{n} · {m}&#8239;: 12 — 3</p>',
      "  <p class={wide ? 'card card--wide' : 'card'}>{format(date, 'long')}</p>",
      '</BaseLayout>',
      '<style>',
      '  .lead { font-size: 1.1rem; }',
      '</style>',
      '<script>',
      "  import '../client/site.ts';",
      '</script>',
    ].join('\n');
    expect(found(template)).toEqual([]);
  });
});

describe('what counts as French written in a browser script', () => {
  it('finds shown strings and leaves selectors, keys and events alone', () => {
    const script = [
      "import { ui } from '../i18n/fr.ts';",
      "const button = document.querySelector<HTMLButtonElement>('#search-more');",
      "button?.addEventListener('click', () => {});",
      "if (event.key === 'Escape') button.hidden = true;",
      "button.setAttribute('aria-label', 'Fermer le menu');",
      'status.textContent = `${n} fiches.`;',
      "link.textContent = 'Parcourir les méthodes';",
      "element('span', { className: 'visually-hidden', textContent: ui.search.chipRemove });",
    ].join('\n');
    expect(writtenTextInScript(script)).toEqual([
      { line: 5, text: 'Fermer le menu' },
      { line: 6, text: 'fiches.' },
      { line: 7, text: 'Parcourir les méthodes' },
    ]);
  });

  it('counts an error’s message as shown: the page may display it', () => {
    const script = [
      'script.onerror = () => reject(new Error(`${src} introuvable`));',
      "throw new TypeError('Fiche inconnue');",
    ].join('\n');
    expect(writtenTextInScript(script)).toEqual([
      { line: 1, text: 'introuvable' },
      { line: 2, text: 'Fiche inconnue' },
    ]);
  });
});
