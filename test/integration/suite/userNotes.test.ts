import * as assert from 'node:assert';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { DEFAULT_EXCLUDE } from '../../../src/vscode/config';
import { getApi, waitFor, type TilApi } from './helpers';

const config = () => vscode.workspace.getConfiguration('tilNotes');
const inDir = (api: TilApi, dir: string) => api.notes().filter((n) => vscode.Uri.parse(n.uri).fsPath.startsWith(dir + path.sep));
const titles = async (api: TilApi, q: string) => (await api.search(q)).map((h) => h.title);

function localIsoDate(d = new Date()): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * Creates a file through VS Code rather than behind its back: a document opened while the
 * workbench still has the external write's change event pending may then refuse to save
 * ("newer on disk"), which is not what these tests are about.
 */
async function writeThroughWorkbench(file: string, bytes: Uint8Array): Promise<void> {
	await vscode.workspace.fs.writeFile(vscode.Uri.file(file), bytes);
}

suite("the user's notes: folders, live updates, today's entry", () => {
	let dir: string;

	suiteSetup(async () => {
		dir = mkdtempSync(path.join(tmpdir(), 'til-user-'));
		writeFileSync(path.join(dir, 'journal.md'), '## 2024-03-01\n- zigzag\n  - `quuxify --frobnicate` rewrites things\n');
		mkdirSync(path.join(dir, 'git'));
		writeFileSync(path.join(dir, 'git', 'rebase-onto.md'), '# Rebase onto another base\nUse `git rebase --onto` with plinthwork.\n');
		mkdirSync(path.join(dir, 'node_modules', 'pkg'), { recursive: true });
		writeFileSync(path.join(dir, 'node_modules', 'pkg', 'readme.md'), '# Vendored readme\nmarzipanic\n');
		writeFileSync(path.join(dir, 'notes.txt'), 'not markdown: gorgonzolax\n');
		const api = await getApi();
		await config().update('folders', [dir], vscode.ConfigurationTarget.Global);
		await waitFor(() => inDir(api, dir).length === 2, 'the folder to be indexed');
	});

	suiteTeardown(async () => {
		await config().update('folders', undefined, vscode.ConfigurationTarget.Global);
		await config().update('exclude', undefined, vscode.ConfigurationTarget.Global);
		await config().update('journal', undefined, vscode.ConfigurationTarget.Global);
		rmSync(dir, { recursive: true, force: true });
	});

	test('a folder in the setting: its notes in notes() and search; excluded and non-Markdown files are not', async () => {
		const api = await getApi();
		assert.deepStrictEqual(
			inDir(api, dir)
				.map((n) => [n.title, n.topic])
				.sort(),
			[
				['Rebase onto another base', 'git'],
				['zigzag', 'zigzag'],
			],
		);
		assert.deepStrictEqual(await titles(api, 'plinthwork'), ['Rebase onto another base']);
		assert.deepStrictEqual(await titles(api, 'marzipanic'), []);
		assert.deepStrictEqual(await titles(api, 'gorgonzolax'), []);
	});

	test('an edit on disk is searchable within 2 s; a new file appears; a deleted one goes', async () => {
		const api = await getApi();
		const file = path.join(dir, 'git', 'rebase-onto.md');
		const started = Date.now();
		writeFileSync(file, '# Rebase onto another base\nUse `git rebase --onto` with vorpalsnicker now.\n');
		let found = false;
		await waitFor(
			() => {
				void api.search('vorpalsnicker').then((hits) => (found = hits.length === 1));
				return found;
			},
			'the edited text to be found',
			2000,
		);
		console.log(`userNotes: an edit on disk was searchable after ${Date.now() - started} ms`);
		assert.deepStrictEqual(await titles(api, 'plinthwork'), []);

		writeFileSync(path.join(dir, 'git', 'new-note.md'), '# Brand new note\nsnickersnee\n');
		await waitFor(() => api.notes().some((n) => n.title === 'Brand new note'), 'the new file', 2000);

		rmSync(file);
		await waitFor(() => !api.notes().some((n) => n.title === 'Rebase onto another base'), 'the deleted file to go', 2000);
		assert.deepStrictEqual(await titles(api, 'vorpalsnicker'), []);
	});

	test('a renamed folder moves its notes; a deleted folder takes them away', async () => {
		const api = await getApi();
		renameSync(path.join(dir, 'git'), path.join(dir, 'vcs'));
		await waitFor(() => api.notes().some((n) => n.title === 'Brand new note' && n.uri.includes('/vcs/')), 'the moved note', 3000);
		assert.strictEqual(api.notes().filter((n) => n.title === 'Brand new note').length, 1);
		rmSync(path.join(dir, 'vcs'), { recursive: true });
		await waitFor(() => !api.notes().some((n) => n.title === 'Brand new note'), 'the folder to go', 3000);
	});

	test('tilNotes.exclude applies without a reload', async () => {
		const api = await getApi();
		mkdirSync(path.join(dir, 'drafts'), { recursive: true });
		writeFileSync(path.join(dir, 'drafts', 'wip.md'), '# Work in progress\nsnollygoster\n');
		await waitFor(() => api.notes().some((n) => n.title === 'Work in progress'), 'the draft', 3000);
		await config().update('exclude', [...DEFAULT_EXCLUDE, '**/drafts/**'], vscode.ConfigurationTarget.Global);
		await waitFor(() => !api.notes().some((n) => n.title === 'Work in progress'), 'the draft to be excluded', 3000);
		assert.ok(
			api.notes().some((n) => n.title === 'zigzag'),
			'the rest stays',
		);
		await config().update('exclude', undefined, vscode.ConfigurationTarget.Global);
		await waitFor(() => api.notes().some((n) => n.title === 'Work in progress'), 'the draft back', 3000);
	});

	test("today's entry goes at the end of a copy of the bundled journal; every other byte unchanged", async () => {
		const api = await getApi();
		const bundled = vscode.extensions.getExtension('til-notes.til-notes')!.extensionUri.fsPath;
		const original = readFileSync(path.join(bundled, 'notes', 'til-2020-01.md'));
		const journal = path.join(dir, 'til-copy.md');
		await writeThroughWorkbench(journal, original);
		await waitFor(() => api.notes().some((n) => n.uri.endsWith('/til-copy.md')), 'the copy to be indexed', 3000);
		await config().update('journal', journal, vscode.ConfigurationTarget.Global);

		await vscode.commands.executeCommand('tilNotes.addEntry', { topic: 'zebrafish(tank)' });

		const [y, m, d] = localIsoDate().split('-');
		// The journal's own style: `## DD.MM.YYYY`, a blank line after it, no final newline.
		const appended = `\n\n## ${d}.${m}.${y}\n\n- zebrafish(tank)`;
		const editor = vscode.window.activeTextEditor;
		assert.strictEqual(editor?.document.uri.fsPath, journal);
		assert.ok(editor.document.isDirty, "left unsaved, like the editor's own edits");
		assert.strictEqual(editor.document.getText(), original.toString('utf8') + appended);
		assert.deepStrictEqual([editor.selection.active.line, editor.selection.active.character], [editor.document.lineCount - 1, '- zebrafish(tank)'.length]);

		assert.ok(await editor.document.save(), 'saved');
		const bytes = readFileSync(journal);
		assert.ok(bytes.subarray(0, original.length).equals(original), 'every byte before the entry is unchanged');
		assert.strictEqual(bytes.subarray(original.length).toString('utf8'), appended);
		await waitFor(() => api.notes().some((n) => n.title === 'zebrafish(tank)' && n.date === localIsoDate()), 'the saved entry to be indexed', 2000);
		await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
	});

	test("today's entry in a CRLF journal: CRLF lines, under today's heading, with the selection as code", async () => {
		const today = localIsoDate();
		const original = `## 2024-01-02\r\n- old\r\n\r\n## ${today}\r\n- first\r\n`;
		const journal = path.join(dir, 'crlf.md');
		await writeThroughWorkbench(journal, Buffer.from(original));
		// As in the test above: the journal exists (and its watcher event has been handled)
		// before an entry is added, as it would for a user; saving raced that event once.
		const api = await getApi();
		await waitFor(() => api.notes().some((n) => n.uri.endsWith('/crlf.md')), 'the CRLF journal to be indexed', 3000);
		await config().update('journal', journal, vscode.ConfigurationTarget.Global);
		const code = await vscode.workspace.openTextDocument({ content: '\tif (ok) {\n\t\tgo();\n\t}\n', language: 'typescript' });
		const editor = await vscode.window.showTextDocument(code);
		editor.selection = new vscode.Selection(0, 0, 3, 0);

		await vscode.commands.executeCommand('tilNotes.addEntry', { topic: 'typescript' });

		const doc = vscode.window.activeTextEditor!.document;
		assert.strictEqual(doc.uri.fsPath, journal);
		const entry = '- typescript\r\n  ```typescript\r\n  if (ok) {\r\n  \tgo();\r\n  }\r\n  ```';
		assert.strictEqual(doc.getText(), `## 2024-01-02\r\n- old\r\n\r\n## ${today}\r\n- first\r\n${entry}\r\n`);
		assert.ok(await doc.save(), 'saved');
		assert.strictEqual(readFileSync(journal, 'utf8'), `${original}${entry}\r\n`);
		await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
		await vscode.window.showTextDocument(code);
		await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
	});
});
