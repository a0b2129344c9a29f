import { z } from 'astro/zod';
import { partnerKindIds, partnerKinds } from '../vocabulary/partner-kinds.ts';
import { optionLabels } from './option-labels.ts';
import { source, text, title, webAddress } from './common.ts';

/** A partner of the lab: `content/partenaires/<id>.yaml`, one file per partner. */
export const partnerSchema = z.strictObject({
  nom: title().describe('Nom officiel.'),
  type: z
    .enum(partnerKindIds)
    .meta(optionLabels(partnerKinds))
    .describe('Type d’organisation, qui regroupe la page des partenaires.'),
  site: webAddress().optional().describe('Site officiel.'),
  territoire: text().describe(
    'Territoire d’action : Bretagne, un département, une commune, France…',
  ),
  role: text()
    .optional()
    .describe('Une phrase sur son rôle auprès du Ti Lab, d’après les sources.'),
  sources: z
    .array(source)
    .min(1, { error: 'attendu : au moins une source qui cite ce partenaire' })
    .describe('Sources publiques qui le citent comme partenaire du Ti Lab.'),
  exemple: z
    .boolean()
    .default(false)
    .describe('Vrai pour un exemple rédigé pour illustrer le modèle, pas un partenaire réel.'),
});
