/** Reading a user's file with FileReader, which every browser and the test DOM have. */
function read<T>(start: (r: FileReader) => void, result: (r: FileReader) => T): Promise<T> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(result(reader));
    reader.onerror = () => reject(reader.error);
    start(reader);
  });
}

export const readFileText = (file: File) =>
  read(
    (r) => r.readAsText(file),
    (r) => String(r.result),
  );
export const readFileBytes = (file: File) =>
  read(
    (r) => r.readAsArrayBuffer(file),
    (r) => new Uint8Array(r.result as ArrayBuffer),
  );
