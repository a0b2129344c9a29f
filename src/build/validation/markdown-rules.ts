/** A problem found in a Markdown body, at a line counted from the body's first line (1-based). */
export interface BodyFinding {
  line: number;
  field: string;
  problem: string;
  expected: string;
}

const dangerousScheme = /^(?:javascript|data|vbscript):/i;

/** Decodes what a browser would decode in a link target before reading its scheme. */
export function normalizeLinkTarget(target: string): string {
  let value = target.trim();
  for (let i = 0; i < 3; i++) {
    const decoded = value
      .replace(/&#x([0-9a-f]+);?/gi, (_m, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
      .replace(/&#(\d+);?/g, (_m, dec: string) => String.fromCodePoint(parseInt(dec, 10)))
      .replace(/&colon;/gi, ':')
      .replace(/&tab;|&newline;/gi, '')
      .replace(/%([0-9a-f]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    if (decoded === value) break;
    value = decoded;
  }
  // Browsers ignore control characters and whitespace inside a scheme, so the rule must see them.
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  return value.replace(/[\u0000-\u0020\u007f]/g, '');
}

export function isDangerousLink(target: string): boolean {
  return dangerousScheme.test(normalizeLinkTarget(target));
}

/** Lines outside fenced code blocks, with their 1-based number. */
function proseLines(body: string): { text: string; line: number }[] {
  const lines: { text: string; line: number }[] = [];
  let fence: string | undefined;
  body.split('\n').forEach((text, index) => {
    const marker = /^\s{0,3}(`{3,}|~{3,})/.exec(text)?.[1];
    if (marker && (!fence || marker.startsWith(fence))) {
      fence = fence ? undefined : marker;
      return;
    }
    if (!fence) lines.push({ text: text.replace(/`[^`]*`/g, '``'), line: index + 1 });
  });
  return lines;
}

/**
 * Checks what the schema cannot see: the body's headings, images, raw HTML
 * and links. Page titles are the h1, so a body starts at ##.
 */
export function checkMarkdownBody(body: string, { isMdx }: { isMdx: boolean }): BodyFinding[] {
  const findings: BodyFinding[] = [];
  let previousLevel = 1;
  for (const { text, line } of proseLines(body)) {
    const heading = /^\s{0,3}(#{1,6})\s+\S/.exec(text);
    if (heading) {
      const level = heading[1]!.length;
      if (level === 1) {
        findings.push({
          line,
          field: 'contenu',
          problem: 'titre de niveau 1 (#) dans le texte : la page en a déjà un (le champ titre)',
          expected: 'des intertitres à partir de ##',
        });
      } else if (level > previousLevel + 1) {
        findings.push({
          line,
          field: 'contenu',
          problem: `niveau de titre sauté (${'#'.repeat(previousLevel)} puis ${'#'.repeat(level)})`,
          expected: `un intertitre de niveau ${'#'.repeat(previousLevel + 1)} au plus`,
        });
      }
      previousLevel = level;
    }
    for (const image of text.matchAll(/!\[([^\]]*)\]\(([^)\s]*)/g)) {
      if (!image[1]!.trim())
        findings.push({
          line,
          field: 'image',
          problem: `image sans texte alternatif (${image[2]})`,
          expected: 'une description de l’image entre les crochets : ![description](fichier.png)',
        });
    }
    for (const img of text.matchAll(/<img\b[^>]*>/gi)) {
      if (!/\balt\s*=\s*["'][^"']+["']/i.test(img[0]))
        findings.push({
          line,
          field: 'image',
          problem: 'balise <img> sans texte alternatif',
          expected: 'la syntaxe Markdown ![description](fichier.png)',
        });
    }
    for (const tag of text.matchAll(/<\s*(script|iframe|style|object|embed|form)\b/gi)) {
      findings.push({
        line,
        field: 'contenu',
        problem: `balise <${tag[1]!.toLowerCase()}> interdite`,
        expected: 'du texte Markdown, sans code ni contenu embarqué',
      });
    }
    if (/<[a-z][^>]*\son[a-z]+\s*=/i.test(text)) {
      findings.push({
        line,
        field: 'contenu',
        problem: 'attribut de script (on…=) dans une balise',
        expected: 'du texte Markdown, sans code',
      });
    }
    const targets = [
      ...[...text.matchAll(/\]\(\s*<?([^)\s>]+)/g)].map((m) => m[1]!),
      ...[...text.matchAll(/\b(?:href|src)\s*=\s*["']?([^"'\s>]+)/gi)].map((m) => m[1]!),
      ...[...text.matchAll(/^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/g)].map((m) => m[1]!),
    ];
    for (const target of targets) {
      if (isDangerousLink(target))
        findings.push({
          line,
          field: 'lien',
          problem: `lien dangereux (${target})`,
          expected: 'une adresse https:// ou un lien interne commençant par /',
        });
    }
    if (isMdx) {
      const esm = /^\s*(import|export)\b(.*)$/.exec(text);
      if (
        esm &&
        !(
          esm[1] === 'import' &&
          /from\s+['"](?:\.\.\/)+src\/components\/mdx\/[A-Za-z]+\.astro['"];?\s*$/.test(
            esm[2] ?? '',
          )
        )
      ) {
        findings.push({
          line,
          field: 'contenu',
          problem: `${esm[1]} non autorisé en MDX`,
          expected: 'uniquement l’import des composants de src/components/mdx/',
        });
      }
    }
  }
  return findings;
}
