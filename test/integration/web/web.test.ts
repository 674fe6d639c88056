// The extension's browser build in VS Code's web worker extension host (the runner's web pass
// installs a copy whose manifest has `browser` and no `main`): bundled notes, search, hover, a
// folder of the user's notes, tree.
import * as vscode from 'vscode';
import type { TilNotesApi } from '../../../src/api';
import { equal, match, ok } from './assert';

const EXTENSION_ID = 'til-notes.til-notes';
const BUNDLED = '/notes/til-2020-01.md';

async function getApi(): Promise<TilNotesApi> {
	const ext = vscode.extensions.getExtension<TilNotesApi>(EXTENSION_ID);
	ok(ext, `extension ${EXTENSION_ID} is not loaded`);
	const api = await ext.activate(); // the suite may start before onStartupFinished
	await api.ready;
	return api;
}

async function waitFor(condition: () => boolean | Promise<boolean>, what: string, ms = 10_000): Promise<void> {
	for (const deadline = Date.now() + ms; !(await condition());) {
		ok(Date.now() < deadline, `timed out waiting for ${what}`);
		await new Promise((r) => setTimeout(r, 50));
	}
}

suite('web: the browser build in the web worker extension host', () => {
	test('this is the web worker host, running the browser bundle', () => {
		// No Node globals here: a Node extension host always has `process`.
		equal(typeof (globalThis as { process?: unknown }).process, 'undefined', 'typeof process');
		const manifest = vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON as { main?: string; browser?: string };
		equal(manifest.main, undefined, 'main');
		equal(manifest.browser, './dist/web/extension.js', 'browser');
	});

	test('ready: the bundled journal, 31 notes, read through vscode.workspace.fs', async () => {
		const api = await getApi();
		const bundled = api.notes().filter((n) => n.uri.endsWith(BUNDLED));
		equal(bundled.length, 31, 'bundled notes');
		const linux = bundled.filter((n) => n.topic === 'linux');
		equal(
			JSON.stringify(linux.map((n) => [n.date, n.line])),
			JSON.stringify([
				['2020-01-02', 17],
				['2020-01-15', 139],
				['2020-01-28', 151],
			]),
			'linux notes',
		);
	});

	test('search: English and Korean queries, and front matter keywords (gray-matter in the browser)', async () => {
		const api = await getApi();
		const [inotify] = await api.search('inotify');
		equal(inotify?.date, '2020-01-02', 'inotify: date of the top hit');
		equal(inotify.topic, 'linux', 'inotify: topic of the top hit');
		const korean = await api.search('재부팅', { limit: 5 });
		ok(
			korean.some((h) => h.topic === 'linux' && h.date === '2020-01-02'),
			`재부팅: the 02.01.2020 linux note in ${JSON.stringify(korean.map((h) => [h.date, h.topic]))}`,
		);
		// Only the journal's front matter gives this note the keyword.
		const [puppeteer] = await api.search('waitForNavigation');
		equal(puppeteer?.date, '2020-01-10', 'waitForNavigation: date');
		ok(puppeteer.keywords.includes('waitForNavigation'), `front matter keywords in ${JSON.stringify(puppeteer.keywords)}`);
	});

	test('hover: `sysctl` in an untitled shell script shows the inotify note', async () => {
		await getApi();
		const doc = await vscode.workspace.openTextDocument({ content: 'sudo sysctl -p\n', language: 'shellscript' });
		const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(0, 7))) ?? [];
		const ours = hovers
			.flatMap((h) => h.contents)
			.map((c) => (typeof c === 'string' ? c : c.value))
			.find((text) => text.includes('command:_tilNotes.openNote'));
		ok(ours, `our hover among ${hovers.length} hovers`);
		match(ours, /sudo sysctl fs\\?\.inotify/, 'hover text');
	});

	test('a folder of the workspace in tilNotes.folders: its notes are read, and a new file is picked up', async () => {
		const api = await getApi();
		const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
		ok(folder, 'the runner opens a workspace folder');
		const til = vscode.Uri.joinPath(folder, 'til');
		await vscode.workspace.fs.writeFile(
			vscode.Uri.joinPath(til, 'journal.md'),
			new TextEncoder().encode('## 2024-03-01\n- zigzag\n  - `quuxify --frobnicate` rewrites things\n'),
		);
		const config = vscode.workspace.getConfiguration('tilNotes');
		await config.update('folders', ['til'], vscode.ConfigurationTarget.Global);
		try {
			await waitFor(async () => (await api.search('quuxify'))[0]?.title === 'zigzag', 'the folder to be indexed');
			// Written after indexing: found through the file watcher, as the user's new notes are.
			await vscode.workspace.fs.writeFile(
				vscode.Uri.joinPath(til, 'wibble.md'),
				new TextEncoder().encode('---\ntitle: Wibble Setup\nkeywords: [wibblectl]\n---\nbody\n'),
			);
			await waitFor(async () => (await api.search('wibblectl'))[0]?.title === 'Wibble Setup', 'the new file to be indexed');
		} finally {
			await config.update('folders', undefined, vscode.ConfigurationTarget.Global);
		}
		// Both files' notes go, each in its own step: wait for the last, not the first.
		await waitFor(() => !api.notes().some((n) => n.title === 'zigzag' || n.title === 'Wibble Setup'), 'the folder to be dropped');
		equal(api.notes().length, 31, 'notes once the folder is gone');
	});

	test('tree: the bundled notes by topic, 31 in all', async () => {
		await getApi();
		const { provider } = await vscode.commands.executeCommand<{ provider: vscode.TreeDataProvider<{ kind: string }> }>('_tilNotes.notesTreeInternals');
		const roots = (await provider.getChildren(undefined)) ?? [];
		const items = await Promise.all(roots.map((node) => provider.getTreeItem(node)));
		ok(roots.length > 0 && roots.every((node) => node.kind === 'topic'), `topics at the first level: ${JSON.stringify(roots.map((n) => n.kind))}`);
		equal(
			items.reduce((sum, item) => sum + Number(item.description), 0),
			31,
			'notes under the topics',
		);
		ok(
			items.some((item) => item.label === 'linux' && item.description === '3'),
			'linux (3)',
		);
	});
});
