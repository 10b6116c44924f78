/**
 * Aligns two long texts off the page's thread: parses them, aligns them, counts every word diff,
 * and posts back the parsed revisions and the alignment as plain data (model/plan.ts).
 */
import { loadCorpus, toPlan } from '../../model';
import type { AlignRequest, AlignResponse } from './alignWorker';

self.onmessage = (event: MessageEvent<AlignRequest>) => {
  const { id, files, from, to } = event.data;
  let response: AlignResponse;
  try {
    const corpus = loadCorpus((name) => files[name] ?? null);
    const al = corpus.align(from, to);
    response = { id, ok: true, from: al.from, to: al.to, plan: toPlan(al) };
  } catch (e) {
    response = { id, ok: false, message: (e as Error).message };
  }
  self.postMessage(response);
};
