/**
 * Scale benchmark: the synthetic corpus at 1×, 10× and 100× (bench/synthetic.ts), each size in its
 * own process (bench/scaleRun.ts) for a clean peak-memory figure.
 */
import { execFileSync } from 'node:child_process';

export function runScaleBench(scales = [1, 10, 100]) {
  const rows = scales.map((s) =>
    JSON.parse(
      execFileSync('npx', ['tsx', 'bench/scaleRun.ts', String(s)], { encoding: 'utf8', maxBuffer: 1 << 24 }).trim(),
    ),
  );
  const at = (s: number) => rows.find((r) => r.scale === s);
  const growth = at(10) && at(100) ? Math.round((at(100).pipelineMedianMs / at(10).pipelineMedianMs) * 10) / 10 : null;
  return { sizes: rows, growth10to100: growth, targets: { pipeline100xMs: 500, growth10to100Max: 12 } };
}
