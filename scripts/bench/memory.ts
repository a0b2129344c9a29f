import { existsSync, readdirSync, readFileSync } from 'node:fs';

/** Peak memory of a process and its descendants, sampled from /proc (Linux). */
export interface MemoryPeak {
  /** Highest sum of the resident memory (VmRSS) of the whole process tree, in bytes. */
  treeRssBytes: number;
  /** Highest resident memory reached by a single process of the tree (VmHWM), in bytes. */
  largestProcessBytes: number;
  samples: number;
}

function statusKb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(
      readFileSync(`/proc/${pid}/status`, 'utf8'),
    );
    return match ? Number(match[1]) : 0;
  } catch {
    return 0; // the process ended between two reads
  }
}

/** The pid and every descendant of it alive now. */
function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // The parent pid is the 2nd field after the command name, which may hold spaces: read after its closing parenthesis.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
    } catch {
      // gone already
    }
  }
  const tree: number[] = [];
  const queue = [root];
  while (queue.length) {
    const pid = queue.shift()!;
    tree.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
}

/** Starts sampling the tree of `pid` every `intervalMs`; `stop()` returns the peaks, or null without /proc. */
export function watchMemory(pid: number, intervalMs = 100): { stop: () => MemoryPeak | null } {
  if (!existsSync('/proc/self/status')) return { stop: () => null };
  const peak: MemoryPeak = { treeRssBytes: 0, largestProcessBytes: 0, samples: 0 };
  const sample = () => {
    let sum = 0;
    for (const member of processTree(pid)) {
      sum += statusKb(member, 'VmRSS') * 1024;
      peak.largestProcessBytes = Math.max(
        peak.largestProcessBytes,
        statusKb(member, 'VmHWM') * 1024,
      );
    }
    peak.treeRssBytes = Math.max(peak.treeRssBytes, sum);
    peak.samples++;
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      return peak;
    },
  };
}
