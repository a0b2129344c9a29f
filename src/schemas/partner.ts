import { z } from 'astro/zod';
import { partnerKindIds } from '../vocabulary/partner-kinds.ts';
import { source, text, title, webAddress } from './common.ts';

/** A partner of the lab: `content/partenaires/<id>.yaml`, one file per partner. */
export const partnerSchema = z.object({
  /** Official name. */
  nom: title(),
  /** Kind of organisation, used to group the partners page. */
  type: z.enum(partnerKindIds),
  /** Official website. */
  site: webAddress().optional(),
  /** Where it acts: Bretagne, a département, a commune, France… */
  territoire: text(),
  /** One sentence on its role with the lab, from the sources. */
  role: text().optional(),
  /** Public sources that name it as a partner of the lab. */
  sources: z.array(source).min(1, { error: 'attendu : au moins une source qui cite ce partenaire' }),
  /** True for an entry written as an example, not a real partner: shown as such. */
  exemple: z.boolean().default(false),
});

export type PartnerData = z.infer<typeof partnerSchema>;
