import { createContext, useContext } from 'react'
import type { StartupInfo } from '@shared/ipc/contract'

/**
 * Which edition this is (desktop or browser), once the host has said; null until then. The frame asks
 * once at start and every screen reads it from here: a card that asked again itself appeared a moment
 * after its screen and pushed the controls below it down, so a click could land on the wrong button.
 */
const EditionContext = createContext<StartupInfo['edition'] | null>(null)

export const EditionProvider = EditionContext.Provider

export function useEdition(): StartupInfo['edition'] | null {
  return useContext(EditionContext)
}
