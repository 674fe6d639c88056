/**
 * The files of the journal that ships in the extension's notes/ folder. Listed because VS Code
 * for the Web cannot list a folder of an extension it fetches over https (vscode.dev: files can
 * be read one by one, folders not listed); a unit test keeps this equal to the folder.
 */
export const BUNDLED_NOTE_FILES: readonly string[] = ['til-2020-01.md'];
