import { describe, expect, it } from 'vitest';
import { bookletBody, bookletMethods } from '../../src/lib/booklet.ts';
import type { Method } from '../../src/lib/entries.ts';

// Printed booklets: the whole library (/methodes/livret/) and each parcours (/parcours/<id>/livret/).

describe('a sheet body in a booklet', () => {
  const html =
    '<h2 id="deroule">Déroulé</h2><p>Voir <a href="#pieges">les pièges</a>.</p><h3 id="pieges">Pièges</h3>';

  it('moves its headings one level down, under the sheet’s own h2', () => {
    expect(bookletBody(html, 'personas')).toContain('<h3 id="personas--deroule">Déroulé</h3>');
    expect(bookletBody(html, 'personas')).toContain('<h4 id="personas--pieges">Pièges</h4>');
  });

  it('prefixes ids and the links to them with the sheet’s id, so two sheets never share one', () => {
    const a = bookletBody(html, 'personas');
    const b = bookletBody(html, 'entretien');
    expect(a).toContain('href="#personas--pieges"');
    const ids = [...`${a}${b}`.matchAll(/id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('the sheets of a parcours booklet', () => {
  const method = (id: string) => ({ id }) as Method;
  const [defi, acteurs] = [method('formuler-le-defi'), method('cartographie-des-acteurs')];

  it('follow the steps, each sheet once, with the reasons of every step that uses it', () => {
    const methods = bookletMethods([
      { method: defi, why: 'Poser le problème.' },
      { method: acteurs, why: 'Voir qui il concerne.' },
      { method: defi, why: 'Le reformuler après le terrain.' },
    ]);
    expect(methods.map((s) => s.method.id)).toEqual([
      'formuler-le-defi',
      'cartographie-des-acteurs',
    ]);
    expect(methods[0]!.whys).toEqual(['Poser le problème.', 'Le reformuler après le terrain.']);
  });
});
