/**
 * The native dialogs, as the workspace receives them: the Electron shell passes dialogs, the CLI
 * passes the paths given on its command line, tests pass what they need. The core asks; it never
 * takes a path from the renderer.
 */
export interface FilePorts {
  /** Files to add as evidence content; [] when the user cancels. */
  chooseFilesToAdd(): Promise<string[]>;
  /** Where to write an export (evidence content, a report), proposing `suggestedName`; null when the user cancels. */
  chooseExportPath(suggestedName: string): Promise<string | null>;
}
