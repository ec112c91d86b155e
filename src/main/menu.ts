/**
 * The application menu: standard roles and accelerators in File, Edit, View, Window and Help,
 * plus the Gloss commands, which are sent to the window as `MenuCommand` strings (the renderer
 * decides what they do). The template is built by a pure function so a test can read it.
 */
import type { MenuItemConstructorOptions } from 'electron'
import type { MenuCommand } from '../shared/host'

export interface MenuOptions {
  readonly platform: NodeJS.Platform
  /** Developer tools appear only in an unpackaged build. */
  readonly isPackaged: boolean
  readonly appName: string
  /** Deliver a command to the reading window. */
  send(command: MenuCommand): void
  showAbout(): void
}

type Item = MenuItemConstructorOptions
const separator: Item = { type: 'separator' }

function command(
  send: MenuOptions['send'],
  label: string,
  name: MenuCommand,
  accelerator?: string,
): Item {
  return { label, id: name, ...(accelerator ? { accelerator } : {}), click: () => send(name) }
}

function fileMenu({ send, platform }: MenuOptions): Item {
  return {
    label: 'File',
    submenu: [
      command(send, 'Add articles…', 'add-articles', 'CmdOrCtrl+O'),
      command(send, 'Paste as new article', 'paste-article', 'CmdOrCtrl+Shift+V'),
      separator,
      command(send, 'Export…', 'export', 'CmdOrCtrl+Shift+E'),
      command(send, 'Export all…', 'export-all'),
      command(send, 'Import annotations…', 'import-annotations'),
      separator,
      command(send, 'Back up everything…', 'backup'),
      command(send, 'Restore from backup…', 'restore'),
      separator,
      platform === 'darwin' ? { role: 'close' } : { role: 'quit' },
    ],
  }
}

function editMenu({ send, platform }: MenuOptions): Item {
  const mac = platform === 'darwin'
  return {
    label: 'Edit',
    submenu: [
      // Not the undo/redo roles, which undo only text edits: the page decides, the field's
      // own undo while one has focus, Gloss's history otherwise (useHighlightKeys).
      command(send, 'Undo', 'undo', 'CmdOrCtrl+Z'),
      command(send, 'Redo', 'redo', 'Shift+CmdOrCtrl+Z'),
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      ...(mac ? [{ role: 'pasteAndMatchStyle' } as Item] : []),
      { role: 'delete' },
      separator,
      { role: 'selectAll' },
    ],
  }
}

function viewMenu({ send, isPackaged }: MenuOptions): Item {
  return {
    label: 'View',
    submenu: [
      command(send, 'Library', 'library', 'CmdOrCtrl+L'),
      separator,
      command(send, 'Reading settings…', 'reading-settings', 'CmdOrCtrl+,'),
      command(send, 'Annotations sidebar', 'toggle-sidebar', 'CmdOrCtrl+Shift+A'),
      {
        label: 'Theme',
        submenu: [
          command(send, 'Light', 'theme-light'),
          command(send, 'Sepia', 'theme-sepia'),
          command(send, 'Dark', 'theme-dark'),
          command(send, 'System', 'theme-system'),
        ],
      },
      separator,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      // Ctrl/Cmd+Plus needs Shift on most layouts; "=" is the same key without it.
      { role: 'zoomIn', accelerator: 'CmdOrCtrl+=', visible: false },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
      ...(isPackaged ? [] : [separator, { role: 'toggleDevTools' } as Item]),
    ],
  }
}

function windowMenu({ platform }: MenuOptions): Item {
  const submenu: Item[] =
    platform === 'darwin'
      ? [{ role: 'minimize' }, { role: 'zoom' }, separator, { role: 'front' }]
      : [{ role: 'minimize' }, { role: 'close' }]
  return { label: 'Window', role: 'window', submenu }
}

function helpMenu({ appName, showAbout, send }: MenuOptions): Item {
  return {
    label: 'Help',
    role: 'help',
    submenu: [
      command(send, 'Open the sample article', 'sample-article'),
      separator,
      { label: `About ${appName}`, click: showAbout },
    ],
  }
}

function macAppMenu({ appName }: MenuOptions): Item {
  return {
    label: appName,
    submenu: [
      { role: 'about' },
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit' },
    ],
  }
}

/**
 * The whole menu template.
 *
 * @param options - platform, build kind and the callbacks the items trigger
 */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  return [
    ...(options.platform === 'darwin' ? [macAppMenu(options)] : []),
    fileMenu(options),
    editMenu(options),
    viewMenu(options),
    windowMenu(options),
    helpMenu(options),
  ]
}
