// The editor's preview of a method sheet and a case study: the site's markup classes (global.css,
// which the preview loads) and the values as readers see them — facet labels (« intermédiaire »,
// « Les deux »), never the ids the files store. The facets' display comes from src/lib/facets/, the
// same code the sheet's facts panel uses.
import { ui } from '../../i18n/fr.ts';
import { displayValue, factsOf, type Facet } from '../../lib/facets/facet.ts';
import { methodFacets } from '../../lib/facets/method-facets.ts';
import { projectFacets } from '../../lib/facets/project-facets.ts';
import type { DecapCms, PreviewProps } from './decap.ts';

type H = (type: string, props?: Record<string, unknown> | null, ...children: unknown[]) => unknown;

/** The facts panel's terms and values; a facet the form has not filled yet is left out. */
function facts(h: H, facets: readonly Facet[], data: Record<string, unknown>): unknown {
  const rows = facets.flatMap((facet) => {
    const value = data[facet.key];
    if (value === undefined || value === null || (Array.isArray(value) && !value.length)) return [];
    try {
      const text = displayValue(facet, factsOf([facet], data));
      return text
        ? [h('dt', { key: `${facet.name}-t` }, facet.label), h('dd', { key: facet.name }, text)]
        : [];
    } catch {
      return [];
    }
  });
  return h('dl', { className: 'facts method-facts' }, ...rows);
}

const texts = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

function list(h: H, title: string, items: string[]): unknown {
  if (!items.length) return null;
  return h(
    'section',
    null,
    h('h2', null, title),
    h('ul', null, ...items.map((item, i) => h('li', { key: i }, item))),
  );
}

function methodPreview(h: H) {
  return ({ entry, widgetFor }: PreviewProps) => {
    const data = entry.get('data').toJS();
    return h(
      'article',
      { className: 'method sheet-card' },
      h(
        'header',
        { className: 'method__header' },
        h('h1', null, String(data.titre ?? '')),
        h('p', { className: 'lead method__lead' }, String(data.resume ?? '')),
      ),
      h(
        'div',
        { className: 'method__layout sheet-card__layout' },
        h(
          'aside',
          { className: 'method__aside sheet-card__facts' },
          facts(h, methodFacets, data),
          list(h, ui.method.materials, texts(data.materiel)),
          list(h, ui.method.preparation, texts(data.preparation)),
        ),
        h('div', { className: 'method__body prose sheet-card__steps' }, widgetFor('body')),
      ),
      h(
        'div',
        { className: 'method__more prose' },
        list(h, ui.method.advice, texts(data.conseils)),
        list(h, ui.method.pitfalls, texts(data.pieges)),
        list(h, ui.method.administration, texts(data.administration)),
      ),
    );
  };
}

function caseStudyPreview(h: H) {
  return ({ entry, widgetFor }: PreviewProps) => {
    const data = entry.get('data').toJS();
    return h(
      'article',
      null,
      h('h1', null, String(data.titre ?? '')),
      h('p', { className: 'lead' }, String(data.resume ?? '')),
      facts(h, projectFacets, data),
      h('div', { className: 'prose' }, widgetFor('body')),
    );
  };
}

/** Registers the previews, by collection name (src/lib/cms/collections.ts). */
export function registerPreviews(cms: DecapCms, h: H): void {
  cms.registerPreviewTemplate('methodes', methodPreview(h));
  cms.registerPreviewTemplate('projets', caseStudyPreview(h));
}
