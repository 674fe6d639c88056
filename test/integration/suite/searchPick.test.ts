import * as assert from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { getApi, screenshot, waitFor } from './helpers';

/** A row of the pick; `note` is the extension's own note object. */
type Item = vscode.QuickPickItem & { note?: { id: string; uri: string; line: number; title: string } };

const BUNDLED = '/notes/til-2020-01.md';

/** The open search pick, from the extension's internal command (the suite's bundle has its own copy of src/). */
async function openPick(command = 'tilNotes.search', ...args: unknown[]): Promise<vscode.QuickPick<Item>> {
	await getApi();
	await vscode.commands.executeCommand(command, ...args);
	const pick = await vscode.commands.executeCommand<vscode.QuickPick<Item> | undefined>('_tilNotes.searchPickInternals');
	assert.ok(pick, 'the search pick is not open');
	return pick;
}

/**
 * Types a query the way the input box does: setting the value goes to the workbench, whose
 * change event comes back to the extension's onDidChangeValue, the path a keystroke takes.
 */
async function type(pick: vscode.QuickPick<Item>, query: string, firstTitle: string): Promise<Item[]> {
	pick.value = query;
	await waitFor(() => pick.items[0]?.label === firstTitle, `"${firstTitle}" first for "${query}" (got ${pick.items[0]?.label})`);
	await waitFor(() => pick.activeItems[0] === pick.items[0], 'the first item to be active');
	return [...pick.items];
}

async function waitForEditor(uriEnd: string, what: string): Promise<vscode.TextEditor> {
	await waitFor(() => !!vscode.window.activeTextEditor?.document.uri.path.endsWith(uriEnd), what);
	return vscode.window.activeTextEditor!;
}

/** Escape, as the key does it in the quick input. */
async function closePick(): Promise<void> {
	await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
	await pickClosed();
}

/** The pick is gone once it has finished what closing does (restoring or opening an editor). */
async function pickClosed(): Promise<void> {
	for (const deadline = Date.now() + 5000; await vscode.commands.executeCommand('_tilNotes.searchPickInternals');) {
		assert.ok(Date.now() < deadline, 'the pick did not close');
		await new Promise((r) => setTimeout(r, 50));
	}
}

/** Folders of scratch files, removed after the suite. */
const scratchDirs: string[] = [];

/** A scratch file to stand for "the editor the user was in", with the cursor on a word. */
async function scratchEditor(text: string, cursor: vscode.Position): Promise<vscode.TextEditor> {
	const dir = mkdtempSync(path.join(tmpdir(), 'til-search-'));
	scratchDirs.push(dir);
	const file = path.join(dir, 'scratch.txt');
	writeFileSync(file, text);
	const editor = await vscode.window.showTextDocument(vscode.Uri.file(file), { preview: false });
	editor.selection = new vscode.Selection(cursor, cursor);
	return editor;
}

suite('search pick: TIL: Search Notes', () => {
	suiteTeardown(() => {
		for (const dir of scratchDirs.splice(0)) {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	teardown(async () => {
		if (await vscode.commands.executeCommand('_tilNotes.searchPickInternals')) {
			await closePick();
		}
		await vscode.commands.executeCommand('workbench.action.closeAllEditors');
	});

	test('a Korean query lists the note with its date and a snippet; Enter opens it at its line', async () => {
		const api = await getApi();
		const pick = await openPick();
		const items = await type(pick, '인코딩', 'logstash');
		assert.strictEqual(items[0].description, '2020-01-10');
		assert.match(items[0].detail ?? '', /한글 인코딩은 `utf-8`이/);
		assert.ok(
			items.every((i) => i.alwaysShow),
			'every item is alwaysShow, so VS Code hides none of the index hits',
		);
		await waitForEditor(BUNDLED, 'the preview of the active note');
		await screenshot('search-korean');

		const expected = api.notes().find((n) => n.id === items[0].note!.id)!;
		await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
		await pickClosed();
		const editor = await waitForEditor(BUNDLED, 'the journal to open');
		await waitFor(() => editor.selection.active.line === expected.line, `the cursor on line ${expected.line}`);
		assert.strictEqual(editor.document.lineAt(expected.line).text.trim(), '- logstash');
	});

	test('an English query keeps the index order, and the active item is previewed without taking focus', async () => {
		const api = await getApi();
		const pick = await openPick();
		const items = await type(pick, 'inotify', 'linux');
		const ranked = await api.search('inotify', { limit: items.length });
		assert.deepStrictEqual(
			items.map((i) => i.note!.id),
			ranked.map((h) => h.id),
			'the pick shows the index ranking as is',
		);
		assert.match(items[0].detail ?? '', /`inotify`설정값이/);
		const preview = await waitForEditor(BUNDLED, 'the preview of the active note');
		await waitFor(() => preview.visibleRanges.some((r) => r.contains(new vscode.Position(12, 0))), 'the note line in view');
		assert.ok(await vscode.commands.executeCommand('_tilNotes.searchPickInternals'), 'the pick is still open: focus stayed in it');
		await screenshot('search-english');
	});

	test('several words narrow the results; a filter and a phrase work as in the API', async () => {
		const pick = await openPick();
		const both = await type(pick, 'docker 인코딩', 'logstash');
		assert.strictEqual(both.length, 1, `only the note with both words: ${both.map((i) => i.label)}`);
		const linux = await type(pick, 'topic:linux', 'linux');
		assert.strictEqual(linux.length, 3);
		await type(pick, '"saturation point"', 'TPS(Transaction Per Second)');
		assert.strictEqual(pick.items.length, 1);
	});

	test('Escape puts back the editor that was active, closing the preview', async () => {
		const before = await scratchEditor('first line\nsecond line\n', new vscode.Position(1, 3));
		const pick = await openPick();
		await type(pick, 'inotify', 'linux');
		await waitForEditor(BUNDLED, 'the preview');
		await closePick();
		const restored = await waitForEditor(before.document.uri.path, 'the scratch editor back');
		assert.deepStrictEqual([restored.selection.active.line, restored.selection.active.character], [1, 3]);
		await waitFor(
			() => !vscode.window.tabGroups.all.some((g) => g.tabs.some((t) => t.input instanceof vscode.TabInputText && t.input.uri.path.endsWith(BUNDLED))),
			'the preview tab to close',
		);
	});

	test('Search Notes for Selection: prefilled with the word under the cursor, or the selection', async () => {
		const editor = await scratchEditor('run sysctl fs.inotify.max_user_watches=524288\n한글 인코딩은\n', new vscode.Position(0, 20));
		let pick = await openPick('tilNotes.searchSelection');
		assert.strictEqual(pick.value, 'fs.inotify.max_user_watches');
		await waitFor(() => pick.items[0]?.label === 'linux', 'the linux note first');
		await closePick();

		editor.selection = new vscode.Selection(1, 3, 1, 6);
		pick = await openPick('tilNotes.searchSelection');
		assert.strictEqual(pick.value, '인코딩');
		await waitFor(() => pick.items[0]?.label === 'logstash', 'the logstash note first');
	});

	test('the command takes an initial query (the sidebar and hovers open it so)', async () => {
		const pick = await openPick('tilNotes.search', 'topic:php');
		assert.strictEqual(pick.value, 'topic:php');
		await waitFor(() => pick.items.length > 0 && pick.items.every((i) => i.label === 'php' || i.description?.includes('php')), 'php notes');
	});

	test('the empty query lists the notes opened from the pick, most recent first', async () => {
		for (const [query, title] of [
			['inotify', 'linux'],
			['인코딩', 'logstash'],
		]) {
			const pick = await openPick();
			await type(pick, query, title);
			await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
			await pickClosed();
			await waitForEditor(BUNDLED, `${title} to open`);
		}
		const pick = await openPick();
		await waitFor(() => pick.items.filter((i) => i.note).length >= 2, 'recent notes');
		const titles = pick.items.filter((i) => i.note).map((i) => i.label);
		assert.deepStrictEqual(titles.slice(0, 2), ['logstash', 'linux']);
		assert.strictEqual(pick.items[0].kind, vscode.QuickPickItemKind.Separator);
	});
});
