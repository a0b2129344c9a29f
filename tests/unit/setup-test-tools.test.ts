import { describe, expect, it } from 'vitest';
import { missingTools, planSetup } from '../../scripts/setup-test-tools.ts';
import { findTool } from '../support/tools.ts';

describe('npm test’s set-up of the programs it needs', () => {
  it('does nothing when every program is there', () => {
    expect(planSetup([], { isRoot: false, hasAptGet: false })).toEqual({ action: 'none' });
  });

  it('installs the missing Debian packages when run as root where apt-get is available', () => {
    expect(planSetup(['nginx', 'java', 'xmllint'], { isRoot: true, hasAptGet: true })).toEqual({
      action: 'install',
      packages: ['nginx', 'default-jre-headless', 'libxml2-utils'],
    });
  });

  it('otherwise stops with one French line giving the exact command', () => {
    expect(planSetup(['nginx', 'chromium'], { isRoot: false, hasAptGet: true })).toEqual({
      action: 'stop',
      message:
        'Il manque nginx et chromium : lancez « sudo apt-get install nginx chromium » puis relancez npm test.',
    });
    expect(planSetup(['java'], { isRoot: false, hasAptGet: true })).toEqual({
      action: 'stop',
      message:
        'Il manque java : lancez « sudo apt-get install default-jre-headless » puis relancez npm test.',
    });
  });

  it('names the Debian packages on a system without apt-get, root or not', () => {
    const plan = planSetup(['chromium', 'nginx', 'xmllint'], { isRoot: true, hasAptGet: false });
    expect(plan).toEqual({
      action: 'stop',
      message:
        'Il manque chromium, nginx et xmllint : installez les paquets chromium, nginx et libxml2-utils (noms Debian) avec le gestionnaire de paquets de votre système, puis relancez npm test.',
    });
  });

  it('finds a program by its override variable, Debian’s place for it, then the PATH', () => {
    const present = new Set(['/opt/bin/xmllint', '/usr/sbin/nginx', '/elsewhere/chromium']);
    const exists = (file: string) => present.has(file);
    expect(findTool('xmllint', { PATH: '/usr/bin:/opt/bin' }, exists)).toBe('/opt/bin/xmllint');
    // nginx lives in /usr/sbin, which an ordinary user's PATH leaves out.
    expect(findTool('nginx', { PATH: '/usr/bin' }, exists)).toBe('/usr/sbin/nginx');
    expect(findTool('chromium', { CHROMIUM_PATH: '/elsewhere/chromium' }, exists)).toBe(
      '/elsewhere/chromium',
    );
    // An override that points nowhere is missing, not silently replaced.
    expect(findTool('nginx', { NGINX_PATH: '/nowhere/nginx' }, exists)).toBeUndefined();
    expect(findTool('java', { PATH: '/usr/bin' }, exists)).toBeUndefined();
  });

  it('sees a program missing when it is nowhere', () => {
    expect(missingTools({ PATH: '', NGINX_PATH: '/nowhere', CHROMIUM_PATH: '/nowhere' })).toEqual(
      expect.arrayContaining(['nginx', 'chromium']),
    );
  });
});
