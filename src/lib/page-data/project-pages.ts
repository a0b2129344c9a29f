// What the case-study pages show besides their text: the years in words, the sheets and partners
// they cite, and the years the list's filter offers.
import { fill } from '../../i18n/fill.ts';
import { ui } from '../../i18n/fr.ts';
import { documentedYearRange } from '../facets/project-facets.ts';

interface Ref {
  id: string;
}
interface ProjectData {
  debut: number;
  fin?: number | undefined;
  derniere_annee_documentee?: number | undefined;
  statut: string;
  methodes: Ref[];
  partenaires: Ref[];
}

/** « 2017 », « 2022 – 2023 », « 2021 – en cours », « 2017 – 2023 (dernière année documentée) ». */
export function yearsLabel(
  data: Pick<ProjectData, 'debut' | 'fin' | 'statut' | 'derniere_annee_documentee'>,
): string {
  const strings = ui.project;
  if (data.fin && data.fin !== data.debut)
    return fill(strings.yearsSpan, { start: data.debut, end: data.fin });
  const documented = data.derniere_annee_documentee;
  if (!data.fin && documented && documented !== data.debut && data.statut !== 'en-cours')
    return fill(strings.yearsDocumented, { start: data.debut, end: documented });
  return data.statut === 'en-cours'
    ? fill(strings.yearsOngoing, { start: data.debut })
    : String(data.debut);
}

export function projectPages<
  P extends { data: ProjectData },
  M extends { id: string },
  R extends { id: string },
>(projects: P[], methods: M[], partners: R[]) {
  return projects.map((project) => ({
    project,
    methods: methods.filter((m) => project.data.methodes.some((r) => r.id === m.id)),
    partners: partners.filter((p) => project.data.partenaires.some((r) => r.id === p.id)),
  }));
}

/** Every year some case study is documented as active, newest first. */
export function offeredYears(projects: { data: Record<string, unknown> }[], today: Date): number[] {
  const years = new Set<number>();
  for (const project of projects) {
    const [start, end] = documentedYearRange(project.data, today);
    for (let year = start; year <= end; year++) years.add(year);
  }
  return [...years].sort((a, b) => b - a);
}
