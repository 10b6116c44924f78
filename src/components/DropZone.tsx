import { useState, type ReactNode } from 'react';

/** What a file input for a resolution's text takes: Word, PDF and layout text. */
export const DOCUMENT_FILES =
  '.docx,.pdf,.txt,text/plain,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A region files can be dropped on (and a file input inside it can pick them): outlined while a drag is over it. */
export function DropZone({
  label,
  onFiles,
  children,
}: {
  label: string;
  onFiles: (files: FileList) => void;
  children: ReactNode;
}) {
  const [over, setOver] = useState(false);
  return (
    <div
      className={`import-panel${over ? ' drag-over' : ''}`}
      role="region"
      aria-label={label}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        onFiles(e.dataTransfer.files);
      }}
    >
      {children}
    </div>
  );
}
