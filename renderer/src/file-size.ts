/**
 * Why a chosen file is not read: its size on disk (bytes, as the file-picker reports it) is over the limit.
 * Checked before the file is read, so a wrong pick of a huge file never fills the page's memory.
 */
export function tooLarge(bytes: number, limit: number): string {
  const mb = (n: number) => `${Math.round((n / 1024 / 1024) * 10) / 10} MB`
  return `The file is ${mb(bytes)}; files over ${mb(limit)} are refused (counted in UTF-8 bytes)`
}
