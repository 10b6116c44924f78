/**
 * Calls into a Web Worker as promises: each request carries an id, the worker answers with it; the
 * worker is started on first use, and if it fails every waiting call gets the failure and the next
 * call starts a fresh one. Shared by the aligner (comparisons/alignWorker.ts) and the file reader (imports/readOffThread.ts).
 */
export function workerCalls<Req extends object, Res extends { id: number }>(
  start: () => Worker,
  failed: (message: string) => Error,
) {
  let worker: Worker | null = null;
  let nextId = 1;
  const waiting = new Map<number, { resolve: (r: Res) => void; reject: (e: Error) => void }>();
  const theWorker = () => {
    if (!worker) {
      worker = start();
      worker.onmessage = (event: MessageEvent<Res>) => {
        waiting.get(event.data.id)?.resolve(event.data);
        waiting.delete(event.data.id);
      };
      worker.onerror = (event) => {
        for (const w of waiting.values()) w.reject(failed(event.message));
        waiting.clear();
        worker = null;
      };
    }
    return worker;
  };
  return (request: Req): Promise<Res> => {
    const id = nextId++;
    return new Promise((resolve, reject) => {
      waiting.set(id, { resolve, reject });
      theWorker().postMessage({ ...request, id });
    });
  };
}
