import type { jsPDF, OutlineItem } from 'jspdf'
import { metadataText } from './font-coverage'
import type { Bookmark } from './layout'

/** PDF bookmarks: one per section, with findings and appendix parts nested under theirs. */
export function addOutline(doc: jsPDF, bookmarks: readonly Bookmark[]): void {
  const add = (parent: OutlineItem | null, marks: readonly Bookmark[]): void => {
    for (const mark of marks) {
      const item = doc.outline.add(parent, metadataText(mark.title), { pageNumber: mark.page })
      add(item, mark.children)
    }
  }
  add(null, bookmarks)
}
