// The Electron fuses every shipped build must carry (docs/security.md), in one place for the two checks
// that assert them: scripts/check-builder-config.mjs reads electron-builder.yml's electronFuses, and
// scripts/check-packaging.mjs reads the fuse wire of the binary electron-builder produced.
//   configKey: the electron-builder option; wireIndex: @electron/fuses FuseV1Options index.
export const EXPECTED_FUSES = [
  {
    configKey: 'runAsNode',
    wireIndex: 0,
    name: 'RunAsNode',
    enabled: false,
    why: 'ELECTRON_RUN_AS_NODE would turn the signed binary into a plain Node.js'
  },
  {
    configKey: 'enableCookieEncryption',
    wireIndex: 1,
    name: 'EnableCookieEncryption',
    enabled: true,
    why: 'cookies (none today) encrypted with the OS key store'
  },
  {
    configKey: 'enableNodeOptionsEnvironmentVariable',
    wireIndex: 2,
    name: 'EnableNodeOptionsEnvironmentVariable',
    enabled: false,
    why: 'NODE_OPTIONS could preload code into the main process'
  },
  {
    configKey: 'enableNodeCliInspectArguments',
    wireIndex: 3,
    name: 'EnableNodeCliInspectArguments',
    enabled: false,
    why: '--inspect would open a debugger on the main process'
  },
  {
    configKey: 'enableEmbeddedAsarIntegrityValidation',
    wireIndex: 4,
    name: 'EnableEmbeddedAsarIntegrityValidation',
    enabled: true,
    why: 'app.asar is checked against its embedded hash (macOS, Windows)'
  },
  {
    configKey: 'onlyLoadAppFromAsar',
    wireIndex: 5,
    name: 'OnlyLoadAppFromAsar',
    enabled: true,
    why: 'no app folder beside the asar is loaded instead (needed for the integrity check to mean anything)'
  },
  {
    configKey: 'grantFileProtocolExtraPrivileges',
    wireIndex: 7,
    name: 'GrantFileProtocolExtraPrivileges',
    enabled: false,
    why: 'the UI is served from app://, so file:// needs no extra privileges'
  }
]

/** Fuse wire bytes (@electron/fuses FuseState): '0' disabled, '1' enabled. */
export const FUSE_DISABLED = 0x30
export const FUSE_ENABLED = 0x31
