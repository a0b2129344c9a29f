import { z } from 'astro/zod';

const sitePath = z.string().regex(/^\/(?:[a-z0-9-]+\/)*$/, {
  error:
    'attendu : une adresse du site commençant et finissant par / (/methodes/carte-d-empathie/)',
});

/** `content/redirections.yaml`: old address → new address, so that no published address dies. */
export const redirectsSchema = z
  .record(sitePath, sitePath)
  .refine((map) => Object.entries(map).every(([from, to]) => from !== to), {
    error: 'attendu : une nouvelle adresse différente de l’ancienne',
  });

export type Redirects = z.infer<typeof redirectsSchema>;
