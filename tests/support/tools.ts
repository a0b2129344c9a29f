import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/**
 * The programs the test suite runs that npm does not install, and the Debian package of each.
 * `npm test` checks them before any test (scripts/setup-test-tools.ts); the tests take their
 * paths from here.
 */
export const testTools = {
  chromium: {
    package: 'chromium',
    usedBy: 'les tests dans un navigateur et Lighthouse',
    override: 'CHROMIUM_PATH',
    candidates: ['/usr/bin/chromium'],
  },
  nginx: {
    package: 'nginx',
    usedBy: 'le test des en-têtes HTTP',
    override: 'NGINX_PATH',
    // Debian installs it in /usr/sbin, which is not on an ordinary user's PATH.
    candidates: ['/usr/sbin/nginx'],
  },
  java: {
    package: 'default-jre-headless',
    usedBy: 'le validateur HTML du W3C (vnu)',
    override: 'JAVA_PATH',
    candidates: ['/usr/bin/java'],
  },
  xmllint: {
    package: 'libxml2-utils',
    usedBy: 'la validation du plan du site et du flux RSS',
    override: 'XMLLINT_PATH',
    candidates: ['/usr/bin/xmllint'],
  },
  // Debian's ESR, the browser of many administrations (the State's free-software base, SILL).
  'firefox-esr': {
    package: 'firefox-esr',
    usedBy: 'les parcours principaux rejoués dans Firefox ESR',
    override: 'FIREFOX_PATH',
    candidates: ['/usr/bin/firefox-esr'],
  },
  // pdftotext comes in the same package.
  pdfinfo: {
    package: 'poppler-utils',
    usedBy: 'la lecture des PDF imprimés (nombre et format des pages, texte)',
    override: 'PDFINFO_PATH',
    candidates: ['/usr/bin/pdfinfo'],
  },
  // Reads the QR codes of printed pages back (rasterised by poppler's pdftoppm).
  zbarimg: {
    package: 'zbar-tools',
    usedBy: 'la lecture des QR codes des fiches et supports imprimés',
    override: 'ZBARIMG_PATH',
    candidates: ['/usr/bin/zbarimg'],
  },
} as const;

export type TestTool = keyof typeof testTools;
export const testToolNames = Object.keys(testTools) as TestTool[];

const isExecutable = (file: string) => {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** Where the tool is: its override variable, Debian's place for it, then the PATH; undefined if nowhere. */
export function findTool(
  name: TestTool,
  env: NodeJS.ProcessEnv = process.env,
  exists: (file: string) => boolean = isExecutable,
): string | undefined {
  const tool = testTools[name];
  const overridden = env[tool.override];
  if (overridden) return exists(overridden) ? overridden : undefined;
  const onPath = (env.PATH ?? '').split(delimiter).filter(Boolean);
  return [...tool.candidates, ...onPath.map((folder) => join(folder, name))].find(exists);
}

/** The tool's path for a test; a clear error if it is missing (npm test checks them all first). */
export function toolPath(name: TestTool): string {
  const found = findTool(name);
  if (!found)
    throw new Error(
      `${name} introuvable : installez le paquet Debian ${testTools[name].package} (npm test le dit avant tout test).`,
    );
  return found;
}
