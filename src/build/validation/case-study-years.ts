// A case study's facts (debut, fin, derniere_annee_documentee, statut) give the years the list
// files it under; its text must not document a later year, or the year filter hides it there.
import { documentedYearRange } from '../../lib/facets/project-facets.ts';
import type { EditorialEntry } from './editorial-rules.ts';
import type { Problem } from './problem.ts';
import { yearsInProse } from './prose-rules.ts';

/**
 * How it decides: the last year the facts cover is `fin`, else `derniere_annee_documentee`, else
 * this year for a project « en cours », else `debut`. Any later year written in the body's prose
 * (link addresses and code excluded) is a year the text documents and the facts do not.
 */
export function yearsBeyondFacts(studies: EditorialEntry[], today = new Date()): Problem[] {
  return studies.flatMap((study) => {
    const [, lastYear] = documentedYearRange(study.data, today);
    const later = [...(study.proseYears ?? yearsInProse(study.body))].filter(
      ([year]) => year > lastYear,
    );
    if (!later.length) return [];
    const [latest, line] = later.reduce((a, b) => (b[0] > a[0] ? b : a));
    return [
      {
        file: study.file,
        line: study.bodyLine + line - 1,
        field: study.data.fin === undefined ? 'derniere_annee_documentee' : 'fin',
        problem: `le texte documente l’année ${latest}, mais les faits du projet s’arrêtent en ${lastYear} (la liste des projets ne le classe pas en ${latest})`,
        expected:
          study.data.fin === undefined
            ? `derniere_annee_documentee: ${latest} (dernière année dont le texte rapporte une action ou un résultat), ou fin: ${latest} si le projet s’est terminé cette année-là`
            : `fin: ${latest} ou plus tard, ou un texte qui s’arrête à l’année de fin`,
      },
    ];
  });
}
