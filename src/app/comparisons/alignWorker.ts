/**
 * Long texts are aligned in a Web Worker, so the page never freezes: the worker parses the two texts
 * from the files it is given, aligns them and posts back the parsed revisions and the plan as plain
 * data (model/plan.ts). comparisons.ts decides when to ask it and adopts the answer into its corpus.
 */
import type { AlignmentPlan, Revision } from '../../model';
import { workerCalls } from '../workerCalls';

/** Both texts together, in characters, above which the worker aligns them. Resolution 75's are about 25,000 each. */
export const WORKER_THRESHOLD = 200_000;

export interface AlignRequest {
  id: number;
  /** The files the worker's corpus reads: index.json, the two texts and their provenance. */
  files: Record<string, string>;
  from: string;
  to: string;
}

export type AlignResponse =
  | { id: number; ok: true; from: Revision; to: Revision; plan: AlignmentPlan }
  | { id: number; ok: false; message: string };

export type AlignedInWorker = { from: Revision; to: Revision; plan: AlignmentPlan };

const callWorker = workerCalls<Omit<AlignRequest, 'id'>, AlignResponse>(
  () => new Worker(new URL('./align.worker.ts', import.meta.url), { type: 'module' }),
  (message) => new Error(message || 'The comparison could not be computed in the background.'),
);

export async function alignInWorker(files: Record<string, string>, from: string, to: string): Promise<AlignedInWorker> {
  const answer = await callWorker({ files, from, to });
  if (!answer.ok) throw new Error(answer.message);
  return answer;
}
