/**
 * Small measuring tools for the benchmarks and the generator. Nothing here
 * asserts a timing: figures are printed for people to read.
 */

/** A work queue that keeps at most `limit` tasks running; the first failure is rethrown by add() or drain(). */
export function runLimited(limit: number) {
  const running = new Set<Promise<void>>();
  let failure: unknown = null;
  const check = () => {
    if (failure !== null) throw failure;
  };
  return {
    async add(task: () => Promise<unknown>): Promise<void> {
      check();
      while (running.size >= limit) {
        await Promise.race(running);
        check();
      }
      const promise: Promise<void> = task().then(
        () => {
          running.delete(promise);
        },
        (error: unknown) => {
          running.delete(promise);
          failure ??= error;
        },
      );
      running.add(promise);
    },
    async drain(): Promise<void> {
      await Promise.all(running);
      check();
    },
  };
}

/** The p-th percentile (0–100) by nearest rank; NaN for no values. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number;
}

/** Milliseconds since `start` (from performance.now()). */
export function since(start: number): number {
  return performance.now() - start;
}

/** Samples resident memory and JS heap every `intervalMs` until stopped; reports the peaks seen. */
export function sampleMemory(intervalMs = 25) {
  const peak = { rss: 0, heapUsed: 0 };
  const sample = () => {
    const { rss, heapUsed } = process.memoryUsage();
    peak.rss = Math.max(peak.rss, rss);
    peak.heapUsed = Math.max(peak.heapUsed, heapUsed);
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop(): { rss: number; heapUsed: number } {
      clearInterval(timer);
      sample();
      return peak;
    },
  };
}

export function megabytes(bytes: number): string {
  const mb = bytes / 1024 / 1024;
  return `${mb.toFixed(mb < 10 ? 1 : 0)} MB`;
}

/** A number with thousands separators and at most `digits` decimals. */
export function figure(value: number, digits = 0): string {
  return value.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}
