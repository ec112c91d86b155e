/**
 * Runs handlers for the native menu's commands while the calling component is mounted. Any
 * number of components may listen, each for the commands it owns (the settings popover for
 * `reading-settings`, the app for `theme-*`, ...). On a host without a native menu nothing
 * arrives; keyboard shortcuts stand in for it there (useKeyboardShortcuts).
 */
import { onMounted, onUnmounted } from 'vue'
import { host } from '@host'
import type { MenuCommand } from '@shared/host'

export type MenuCommandHandlers = Partial<Record<MenuCommand, () => void>>

/** @param handlers - what to do for each command this caller owns */
export function useMenuCommands(handlers: MenuCommandHandlers): void {
  let stop: (() => void) | undefined
  onMounted(() => {
    stop = host.onMenuCommand((command) => handlers[command]?.())
  })
  onUnmounted(() => stop?.())
}
