import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { datasetNames } from '../../src/lib/open-data.ts';
import { collectionSpecs } from '../../src/schemas/collections.ts';
import { plainReference } from '../../src/schemas/references.ts';
import { checkContent } from '../../src/build/validation/check-content.ts';
import { typographyFaults } from '../../src/build/validation/typography.ts';
import { useBrowser, watchedPage } from '../support/browser.ts';

const baseUrl = inject('baseUrl');
const { entries } = checkContent('content');
const projects = entries.filter((e) => e.collection === 'projets');
const chromium = useBrowser();

const visibleProjects = (page: Page) =>
  page
    .locator('[data-project]:visible')
    .evaluateAll((cards) => cards.map((c) => c.getAttribute('data-project')).sort());

describe('projects', () => {
  it('filters the list by objective type, kept in the address', async () => {
    const { page } = await watchedPage(chromium.context);
    await page.goto(`${baseUrl}/projets/`);
    expect(await visibleProjects(page)).toHaveLength(projects.length);
    await page
      .getByRole('checkbox', {
        name: 'Améliorer les politiques publiques, avec des projets tournés vers les usager·ère·s',
      })
      .check();
    const expected = projects
      .filter((p) => p.data.objectif === 'ameliorer-politiques-publiques')
      .map((p) => p.id)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(await visibleProjects(page)).toEqual(expected);
    expect(page.url()).toBe(`${baseUrl}/projets/?objectif=ameliorer-politiques-publiques`);
    await page.reload();
    expect(await visibleProjects(page)).toEqual(expected);
  });

  it('go from a project to a method sheet, and back through the sheet’s backlinks', async () => {
    const project = projects.find((p) => (p.data.methodes as unknown[]).length > 0)!;
    const { page } = await watchedPage(chromium.context);
    await page.goto(`${baseUrl}/projets/${project.id}/`);
    const methodLink = page.locator('section[aria-labelledby="methodes"] a').first();
    const href = await methodLink.getAttribute('href');
    await methodLink.click();
    await page.waitForURL(`${baseUrl}${href}`);
    const back = page.locator(
      `section[aria-labelledby="projets"] a[href="/projets/${project.id}/"]`,
    );
    expect(await back.count()).toBe(1);
    await back.click();
    await page.waitForURL(`${baseUrl}/projets/${project.id}/`);
  });

  it('show each objective type’s projects on the objectives page and each partner’s on the partners page', async () => {
    const { page } = await watchedPage(chromium.context);
    await page.goto(`${baseUrl}/le-ti-lab/objectifs/`);
    for (const project of projects) {
      expect(
        await page.locator(`#${project.data.objectif} a[href="/projets/${project.id}/"]`).count(),
        project.id,
      ).toBe(1);
    }
    await page.goto(`${baseUrl}/partenaires/`);
    for (const project of projects) {
      for (const partner of project.data.partenaires as { id: string }[]) {
        expect(
          await page.locator(`#${partner.id} a[href="/projets/${project.id}/"]`).count(),
          `${partner.id} → ${project.id}`,
        ).toBe(1);
      }
    }
  });

  it('publish an RSS 2.0 feed with one item per case study, announced in the head', async () => {
    const { page } = await watchedPage(chromium.context);
    await page.goto(`${baseUrl}/`);
    expect(
      await page.locator('link[rel="alternate"][type="application/rss+xml"]').getAttribute('href'),
    ).toBe('/projets/rss.xml');
    const xml = readFileSync('dist/projets/rss.xml', 'utf8');
    const feed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        version: doc.documentElement.getAttribute('version'),
        channel: ['title', 'link', 'description'].map(
          (tag) => doc.querySelector(`channel > ${tag}`)?.textContent ?? '',
        ),
        items: [...doc.querySelectorAll('item')].map(
          (item) => item.querySelector('link')?.textContent ?? '',
        ),
        texts: [...doc.querySelectorAll('item > title, item > description')].map(
          (node) => node.textContent ?? '',
        ),
      };
    }, xml);
    expect(feed.error).toBeNull();
    expect(feed.version).toBe('2.0');
    expect(feed.channel.every(Boolean)).toBe(true);
    expect(feed.items.map((link) => new URL(link).pathname).sort()).toEqual(
      projects.map((p) => `/projets/${p.id}/`).sort(),
    );
    // The same French typography as the pages.
    expect(feed.texts.flatMap(typographyFaults)).toEqual([]);
  });
});

describe('open data', () => {
  for (const name of datasetNames) {
    it(`/donnees/${name}.json states its licence and every record passes the collection’s schema`, () => {
      const document = JSON.parse(readFileSync(`dist/donnees/${name}.json`, 'utf8'));
      expect(document.licence).toBe('Licence Ouverte 2.0 (à confirmer par l’éditeur)');
      expect(Object.keys(document.schema.properties)).toContain(
        name === 'partenaires' ? 'nom' : 'titre',
      );
      const schema = collectionSpecs[name].schema(plainReference);
      expect(document.donnees).toHaveLength(entries.filter((e) => e.collection === name).length);
      for (const { id, url, ...record } of document.donnees) {
        const result = schema.safeParse(record);
        expect(result.success, `${id}: ${JSON.stringify(result.error?.issues)}`).toBe(true);
        expect(url).toContain(id);
      }
    });
  }
});
