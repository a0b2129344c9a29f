import { describe, expect, it } from 'vitest';
import { loadSiteConfig } from '../../src/lib/site-config.ts';
import { checkLinks } from '../../src/build/validation/link-check.ts';

describe('the built site', () => {
  it('has no broken internal link or anchor', () => {
    expect(checkLinks('dist', loadSiteConfig().adresse_du_site)).toEqual([]);
  });
});
