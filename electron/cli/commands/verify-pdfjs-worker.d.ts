// pdf.js ships no types for its worker module; verify only hands it to pdf.js (see verify-pages.ts).
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown
}
