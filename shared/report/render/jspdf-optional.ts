/**
 * Stands in for jsPDF's optional dependencies: html2canvas and DOMPurify (its html() method) and
 * canvg (addSvgAsImage). The report draws everything itself and calls none of them, so every bundle
 * (renderer, browser edition, PDF workers, command line) aliases them here and their ~384 KB stay
 * out of the app. If a future change did call one, it fails loudly instead of loading nothing.
 */
export default function jsPdfOptionalDependency(): never {
  throw new Error("This jsPDF feature needs html2canvas, DOMPurify or canvg, which Arm's Length does not ship.")
}
