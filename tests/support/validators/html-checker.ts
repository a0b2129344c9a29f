import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { toolPath } from '../tools.ts';

/** The path of vnu.jar, which the vnu-jar package exports. */
const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));

/** One message of the Nu HTML Checker about a page. */
export interface HtmlMessage {
  url: string;
  type: 'error' | 'warning';
  message: string;
  line?: number;
  extract?: string;
}

interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  message: string;
  lastLine?: number;
  extract?: string;
}

/**
 * Checks pages with the W3C Nu HTML Checker (vnu.jar from npm, on Debian's Java), all in one
 * Java run. Pages are checked over HTTP, as a visitor gets them, so that the policy's 'self'
 * means the server they come from; vnu refuses local addresses unless told they are allowed.
 */
export async function checkHtml(urls: string[]): Promise<HtmlMessage[]> {
  if (urls.length === 0) return [];
  const child = spawn(
    toolPath('java'),
    [
      '-Xss8m',
      '-Dnu.validator.servlet.allow-forbidden-hosts=true',
      '-jar',
      vnuJar,
      '--format',
      'json',
      '--stdout',
      ...urls,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  await new Promise<void>((done, fail) => {
    child.once('error', fail);
    child.once('close', () => done());
  });
  let report: { messages: VnuMessage[] };
  try {
    report = JSON.parse(stdout);
  } catch {
    throw new Error(`vnu n’a pas rendu de rapport JSON :\n${stdout}${stderr}`.slice(0, 2000));
  }
  return report.messages.flatMap((message): HtmlMessage[] => {
    const isWarning = message.type === 'info' && message.subType === 'warning';
    if (message.type === 'info' && !isWarning) return [];
    return [
      {
        url: message.url ?? '',
        type: isWarning ? 'warning' : 'error',
        message: message.message,
        ...(message.lastLine ? { line: message.lastLine } : {}),
        ...(message.extract ? { extract: message.extract } : {}),
      },
    ];
  });
}
