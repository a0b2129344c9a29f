import { describe, expect, it } from 'vitest';
import { phaseIdentity } from '../../src/vocabulary/phase-identity.ts';
import { phaseIds } from '../../src/vocabulary/phases.ts';

// The site's backgrounds (src/styles/global.css: --bg and --bg-soft, light then dark).
const backgrounds = { light: ['#ffffff', '#f2f6f7'], dark: ['#111719', '#1b2427'] } as const;

const luminance = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

describe('the phases’ colours', () => {
  it('reach 4.5:1 on every background of their scheme', () => {
    for (const phase of phaseIds)
      for (const scheme of ['light', 'dark'] as const)
        for (const bg of backgrounds[scheme])
          expect(
            contrast(phaseIdentity[phase].colour[scheme], bg),
            `${phase} ${scheme} on ${bg}`,
          ).toBeGreaterThanOrEqual(4.5);
  });

  it('differ from one phase to another, as do their pictograms', () => {
    for (const scheme of ['light', 'dark'] as const)
      expect(new Set(phaseIds.map((p) => phaseIdentity[p].colour[scheme])).size).toBe(
        phaseIds.length,
      );
    expect(new Set(phaseIds.map((p) => phaseIdentity[p].pictogram)).size).toBe(phaseIds.length);
  });
});
