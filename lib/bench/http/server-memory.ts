import fs from 'node:fs';

/** Resident memory of a process and its descendants, in bytes (Linux /proc); 0 where /proc is missing. */
export function treeRss(pid: number): number {
  let total = 0;
  for (const id of [pid, ...descendants(pid)]) {
    try {
      const status = fs.readFileSync(`/proc/${id}/status`, 'utf8');
      const kb = /VmRSS:\s+(\d+)/.exec(status)?.[1];
      total += kb ? Number(kb) * 1024 : 0;
    } catch {
      // The process ended between listing and reading.
    }
  }
  return total;
}

function descendants(pid: number): number[] {
  try {
    const children = fs
      .readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
    return children.flatMap((child) => [child, ...descendants(child)]);
  } catch {
    return [];
  }
}

/** Samples `treeRss(pid)` until stopped; returns the peak. */
export function samplePeakRss(pid: number, intervalMs = 50) {
  let peak = treeRss(pid);
  const timer = setInterval(() => {
    peak = Math.max(peak, treeRss(pid));
  }, intervalMs);
  return {
    stop(): number {
      clearInterval(timer);
      return Math.max(peak, treeRss(pid));
    },
  };
}
