import { useState, type DragEvent, type RefObject } from "react";

/**
 * The file to import: a labelled file input inside a zone a file can also be dropped on. The input is
 * the keyboard's way (Tab to it, Enter or Space opens the chooser); dropping is a shortcut for the
 * mouse, never the only way. The server judges the file by its content.
 */
export function FilePicker({
  id,
  inputRef,
  file,
  error,
  maxBytes,
  onChoose,
}: {
  id: string;
  inputRef: RefObject<HTMLInputElement | null>;
  file: File | null;
  error: string | undefined;
  maxBytes: number;
  onChoose: (file: File | null) => void;
}) {
  const [dragging, setDragging] = useState(false);
  const drop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setDragging(false);
    const dropped = e.dataTransfer.files[0] ?? null;
    if (dropped !== null && inputRef.current !== null && typeof DataTransfer === "function") {
      // The input shows the dropped file too, so what the person sees is what is sent; a browser
      // that cannot build a file list still sends the dropped file (the page holds it).
      try {
        const list = new DataTransfer();
        list.items.add(dropped);
        inputRef.current.files = list.files;
      } catch {
        // the "Chosen:" line names the dropped file
      }
    }
    onChoose(dropped);
  };
  const describedBy = [`${id}-hint`, file === null ? null : `${id}-chosen`, error === undefined ? null : `${id}-error`].filter((x) => x !== null).join(" ");
  return (
    <div
      className={`import-drop-zone${dragging ? " import-drop-zone-active" : ""}`}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={drop}
    >
      <label htmlFor={id}>File to import</label>
      <p id={`${id}-hint`} className="hint">
        Drop a CSV or XLSX file here, or choose one (at most {Math.round(maxBytes / 1024 / 1024)} MB). The first row names the columns.
      </p>
      <input
        ref={inputRef}
        id={id}
        type="file"
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-describedby={describedBy}
        {...(error === undefined ? {} : { "aria-invalid": true })}
        onChange={(e) => onChoose(e.target.files?.[0] ?? null)}
      />
      {file === null ? null : (
        <p id={`${id}-chosen`} className="import-chosen">
          Chosen: {file.name} ({Math.max(1, Math.round(file.size / 1024)).toLocaleString("en-US")} KB)
        </p>
      )}
      {error === undefined ? null : (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
