import type { Problem } from '../util/result'

/**
 * Names Windows keeps for devices, with or without an extension ("nul.5.json" is the null device there). An
 * assessment's record is stored under a file named from its id (bodyKey: `<id>.<revision>.json`), so an
 * imported assessment with the id "nul" or "con" would be written to a device on Windows and lost (attacker
 * review). The app's own ids never take these forms; only a file from elsewhere can bring one. An id with
 * capitals is stored under a name with a hash added, which is no device name, but is refused the same, so the
 * rule does not depend on how a key is made.
 */
const DEVICE_NAME = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i

export function deviceNameIdProblem(id: string, path: string): Problem | null {
  return DEVICE_NAME.test(id)
    ? {
        path,
        reason: `"${id}" is a name Windows keeps for a device, so the record could not be stored there as a file: give the assessment another id`
      }
    : null
}
