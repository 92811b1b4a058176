import path from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import type { FilePorts } from '../core/kernel/files/file-ports.js';

/**
 * The workspace's file ports as native dialogs, modal to the app window: the user picks every
 * path the core reads evidence from or writes an export to; the renderer never names one.
 */
export function nativeFileDialogs(getWindow: () => BrowserWindow | null): FilePorts {
  const parent = () => {
    const win = getWindow();
    return win !== null && !win.isDestroyed() ? win : null;
  };
  return {
    async chooseFilesToAdd() {
      const win = parent();
      const options: Electron.OpenDialogOptions = { properties: ['openFile', 'multiSelections', 'dontAddToRecent'] };
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled ? [] : result.filePaths;
    },
    async chooseExportPath(suggestedName) {
      const win = parent();
      const options: Electron.SaveDialogOptions = {
        // Exports leave the vault unencrypted: propose the Documents folder, never a temp folder.
        defaultPath: path.join(app.getPath('documents'), path.basename(suggestedName)),
        properties: ['showOverwriteConfirmation', 'dontAddToRecent'],
      };
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
  };
}
