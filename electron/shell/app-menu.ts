import { Menu, type MenuItemConstructorOptions } from 'electron';

export interface AppMenuOptions {
  /** Locks the vault (the renderer reloads and drops all case data). */
  lockNow: () => void;
  /** Development builds keep a View menu with reload and developer tools. */
  developerItems: boolean;
}

/**
 * A small menu instead of Electron's default one: editing commands (needed for copy/paste
 * on macOS), "Lock now", and developer tools only in development.
 */
export function installAppMenu(options: AppMenuOptions): void {
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' } satisfies MenuItemConstructorOptions] : []),
    {
      label: 'Vault',
      submenu: [
        // The keystroke itself is caught in before-input-event; the menu shows it and handles clicks.
        { label: 'Lock now', accelerator: 'CmdOrCtrl+L', registerAccelerator: false, click: () => options.lockNow() },
        ...(isMac
          ? []
          : [
              { type: 'separator' } satisfies MenuItemConstructorOptions,
              { role: 'quit' } satisfies MenuItemConstructorOptions,
            ]),
      ],
    },
    { role: 'editMenu' },
    ...(options.developerItems
      ? [
          {
            label: 'View',
            submenu: [{ role: 'reload' }, { role: 'toggleDevTools' }],
          } satisfies MenuItemConstructorOptions,
        ]
      : []),
    { role: 'windowMenu' },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
