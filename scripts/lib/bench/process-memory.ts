/**
 * Peak memory of a process tree on Linux. An Astro build is more than one
 * process (Pagefind's indexer is a child binary), so the tree is sampled:
 * every interval, the resident memory (VmRSS) of the root and all its
 * descendants is added up, and the highest sum is kept. Sampling can miss a
 * short spike, so the largest high-water mark (VmHWM, which the kernel keeps
 * exactly) seen for any single process is kept too, and the tree's peak is
 * never reported below it.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** A `kB` field of /proc/<pid>/status (`VmRSS`, `VmHWM`), in bytes; undefined when absent. */
export function statusFieldBytes(status: string, field: string): number | undefined {
  const match = new RegExp(`^${field}:\\s*(\\d+)\\s*kB$`, 'm').exec(status);
  return match ? Number(match[1]) * 1024 : undefined;
}

/** The parent pid in /proc/<pid>/stat. The command name may hold spaces and parentheses, so fields are read after the last `)`. */
export function parentPid(stat: string): number {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ppid = Number(fields[1]);
  if (!Number.isInteger(ppid)) throw new Error(`unreadable /proc stat line: ${stat.slice(0, 80)}`);
  return ppid;
}

/** The root and every process below it, given each process's parent. */
export function treeOf(root: number, parents: ReadonlyMap<number, number>): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, ppid] of parents) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  const tree: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift()!;
    tree.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
}

/** GNU time's `-f %M` output (kilobytes, on the last line), in bytes. */
export function gnuTimeMaxRssBytes(output: string): number | undefined {
  const last = output.trim().split('\n').at(-1)?.trim() ?? '';
  return /^\d+$/.test(last) ? Number(last) * 1024 : undefined;
}

function readProc(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined; // the process ended between listing and reading
  }
}

function processParents(): Map<number, number> {
  const parents = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = readProc(`/proc/${name}/stat`);
    if (stat) parents.set(Number(name), parentPid(stat));
  }
  return parents;
}

export interface PeakMemory {
  /** Highest sampled sum of VmRSS over the tree, raised to `largestProcessBytes` if a sample missed it. */
  treeBytes: number;
  /** Highest VmHWM of any single process in the tree. */
  largestProcessBytes: number;
  samples: number;
}

/** Samples the tree under `root` until `stop()` is called (call it when the root exits). */
export function watchPeakMemory(root: number, intervalMs = 200, exclude: ReadonlySet<number> = new Set()): { stop: () => PeakMemory } {
  let treeBytes = 0;
  let largestProcessBytes = 0;
  let samples = 0;
  const sample = () => {
    let sum = 0;
    for (const pid of treeOf(root, processParents())) {
      if (exclude.has(pid)) continue;
      const status = readProc(`/proc/${pid}/status`);
      if (!status) continue;
      sum += statusFieldBytes(status, 'VmRSS') ?? 0;
      largestProcessBytes = Math.max(largestProcessBytes, statusFieldBytes(status, 'VmHWM') ?? 0);
    }
    treeBytes = Math.max(treeBytes, sum);
    samples++;
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      return { treeBytes: Math.max(treeBytes, largestProcessBytes), largestProcessBytes, samples };
    },
  };
}
