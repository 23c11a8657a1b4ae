import { contextBridge, ipcRenderer } from 'electron'
import { API_GLOBAL, CHANNELS } from '@shared/ipc/channels'
import { buildApi } from '@shared/ipc/build-api'

// why: the preload only forwards; validation and every decision happen in main. Only the typed API is
// exposed — never ipcRenderer, a generic invoke, or Node/Electron objects (Electron security checklist #20).
contextBridge.exposeInMainWorld(
  API_GLOBAL,
  buildApi((method, request) => ipcRenderer.invoke(CHANNELS[method], request))
)
