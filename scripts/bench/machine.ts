import { cpus, release, totalmem, type } from 'node:os';

export interface Machine {
  cpu: string;
  cores: number;
  memoryBytes: number;
  system: string;
  node: string;
}

export function thisMachine(): Machine {
  return {
    cpu: cpus()[0]?.model.trim() ?? 'inconnu',
    cores: cpus().length,
    memoryBytes: totalmem(),
    system: `${type()} ${release()}`,
    node: process.version,
  };
}

/** « processeur AMD EPYC, 2 cœurs, 25 Go de mémoire, Linux 6.18, Node.js 24.21.0 » */
export function describeMachine(machine: Machine): string {
  const system = machine.system.replace(/^(\S+ \d+\.\d+).*$/, '$1');
  // « Intel(R) Xeon(R) Processor » reads « Intel Xeon » on a page.
  const cpu = machine.cpu
    .replace(/\((R|TM)\)/gi, '')
    .replace(/\s+(CPU|Processor)\b/gi, '')
    .replace(/\s+/g, ' ')
    .trim();
  return `processeur ${cpu}, ${machine.cores} cœurs, ${Math.round(machine.memoryBytes / 1e9)} Go de mémoire, ${system}, Node.js ${machine.node.replace(/^v/, '')}`;
}
