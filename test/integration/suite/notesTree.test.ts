import * as assert from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { getApi, screenshot, waitFor } from './helpers';

/** A tree node as the provider hands it out; only what these tests read. */
interface Node {
	kind: string;
	id: string;
	note?: { id: string; title: string; date?: string; uri: string; line: number; endLine: number };
}

/** The live provider and view, from the extension's internal command (the suite's bundle has its own copy of src/). */
interface Internals {
	provider: vscode.TreeDataProvider<Node>;
	view: vscode.TreeView<Node>;
}

interface Row {
	node: Node;
	item: vscode.TreeItem;
}

const BUNDLED = '/notes/til-2020-01.md';

async function internals(): Promise<Internals> {
	await getApi();
	return vscode.commands.executeCommand<Internals>('_tilNotes.notesTreeInternals');
}

/** What the view shows under `parent`, asked the way VS Code asks: getChildren, then getTreeItem. */
async function rows(parent?: Node): Promise<Row[]> {
	const { provider } = await internals();
	const nodes = (await provider.getChildren(parent)) ?? [];
	return Promise.all(nodes.map(async (node) => ({ node, item: await provider.getTreeItem(node) })));
}

async function row(label: string, parent?: Node): Promise<Row> {
	const all = await rows(parent);
	const hit = all.find((r) => r.item.label === label);
	assert.ok(hit, `no "${label}" among ${JSON.stringify(all.map((r) => r.item.label))}`);
	return hit;
}

suite('sidebar: notes by topic and by date', () => {
	suiteSetup(async () => {
		await vscode.commands.executeCommand('tilNotes.groupByTopic');
	});

	teardown(async () => {
		// Not closeAllEditors: an unsaved editor another suite left open would raise a save dialog.
		const clean = vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => !t.isDirty);
		await vscode.window.tabGroups.close(clean);
		await vscode.commands.executeCommand('tilNotes.groupByTopic');
	});

	test('by topic: the bundled notes are 31 under their topics, linux 3, php 4, logstash 2', async () => {
		const roots = await rows();
		assert.ok(
			roots.every((r) => r.node.kind === 'topic'),
			'one source, so topics are the first level',
		);
		const total = roots.reduce((sum, r) => sum + Number(r.item.description), 0);
		assert.strictEqual(total, 31);
		const count = (label: string) => roots.find((r) => r.item.label === label)?.item.description;
		assert.deepStrictEqual([count('linux'), count('php'), count('logstash')], ['3', '4', '2']);
		const labels = roots.map((r) => String(r.item.label).toLowerCase());
		assert.deepStrictEqual(
			labels,
			[...labels].sort((a, b) => a.localeCompare(b)),
			'alphabetical',
		);
		const logstash = await rows((await row('logstash')).node);
		assert.deepStrictEqual(
			logstash.map((r) => [r.item.label, r.item.description]),
			[
				['logstash', '2020-01-10'],
				['logstash', '2020-01-02'],
			],
		);
	});

	test('by date: the title-bar button switches to 2020 > January 2020 > its 7 days, newest first', async () => {
		const { view } = await internals();
		await vscode.commands.executeCommand('tilNotes.groupByDate');
		assert.strictEqual(view.description, 'by date');
		const [year, ...others] = await rows();
		assert.deepStrictEqual([year.item.label, year.item.description, others.length], ['2020', '31', 0]);
		const january = await row('January 2020', year.node);
		const days = await rows(january.node);
		assert.strictEqual(days.length, 7);
		assert.deepStrictEqual(
			days.map((d) => d.item.label),
			['Jan 31, 2020', 'Jan 29, 2020', 'Jan 28, 2020', 'Jan 15, 2020', 'Jan 13, 2020', 'Jan 10, 2020', 'Jan 2, 2020'],
		);
		const firstDay = await rows(days[6].node);
		assert.deepStrictEqual(
			firstDay.slice(0, 3).map((r) => r.item.label),
			['logstash', 'scp(Secure Copy)', 'linux'],
			'a day keeps its written order',
		);
	});

	test("a note item's command opens its file at its line, the note selected, in a preview editor", async () => {
		const api = await getApi();
		const linux = await rows((await row('linux')).node);
		const oldest = linux[linux.length - 1];
		const expected = api.notes().find((n) => n.uri.endsWith(BUNDLED) && n.topic === 'linux' && n.date === oldest.item.description)!;
		const command = oldest.item.command!;
		await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
		const editor = vscode.window.activeTextEditor!;
		assert.ok(editor.document.uri.toString().endsWith(BUNDLED), editor.document.uri.toString());
		assert.strictEqual(editor.selection.start.line, expected.line);
		assert.strictEqual(editor.document.lineAt(editor.selection.start.line).text, '- linux');
		assert.strictEqual(editor.selection.end.line, oldest.node.note!.endLine + 1, 'the whole note is selected');
		assert.strictEqual(vscode.window.tabGroups.activeTabGroup.activeTab?.isPreview, true);
	});

	test("a note's children are its sub-topics, each opening at its own line", async () => {
		const linux = await rows((await row('linux')).node);
		const oldest = linux[linux.length - 1];
		assert.strictEqual(oldest.item.collapsibleState, vscode.TreeItemCollapsibleState.Collapsed);
		const subTopics = await rows(oldest.node);
		assert.deepStrictEqual(
			subTopics.map((r) => r.item.label),
			['reboot: 재부팅', 'ubuntu'],
		);
		const command = subTopics[1].item.command!;
		await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
		const editor = vscode.window.activeTextEditor!;
		assert.strictEqual(editor.document.lineAt(editor.selection.start.line).text.trim(), '- ubuntu');
	});

	test("a note's tooltip is Markdown with its first lines", async () => {
		const { provider } = await internals();
		const [scp] = await rows((await row('scp')).node);
		const resolved = await provider.resolveTreeItem!(scp.item, scp.node, new vscode.CancellationTokenSource().token);
		const tooltip = resolved?.tooltip as vscode.MarkdownString;
		assert.ok(tooltip instanceof vscode.MarkdownString);
		assert.match(tooltip.value, /^\*\*scp\(Secure Copy\)\*\*\n\n- server/);
	});

	test('context menu: Open to the Side opens the note beside, pinned', async () => {
		const [php] = await rows((await row('php')).node);
		await vscode.commands.executeCommand('tilNotes.openToSide', php.node);
		const editor = vscode.window.activeTextEditor!;
		assert.strictEqual(editor.viewColumn, vscode.ViewColumn.Two);
		assert.strictEqual(editor.selection.start.line, php.node.note!.line);
		assert.strictEqual(vscode.window.tabGroups.activeTabGroup.activeTab?.isPreview, false);
	});

	test('tilNotes.reveal selects the note under the cursor in the view', async () => {
		const api = await getApi();
		const { view } = await internals();
		const target = api.notes().find((n) => n.uri.endsWith(BUNDLED) && n.topic === 'php')!;
		const editor = await vscode.window.showTextDocument(vscode.Uri.parse(target.uri));
		editor.selection = new vscode.Selection(target.line + 1, 2, target.line + 1, 2);
		await vscode.commands.executeCommand('tilNotes.reveal');
		await waitFor(() => view.selection[0]?.note?.id === target.id, 'the note to be selected');
		assert.ok(view.visible);
		assert.strictEqual(view.selection[0].kind, 'note');
	});

	test("with a folder of the user's notes, each source is a top-level node", async () => {
		const api = await getApi();
		const dir = mkdtempSync(path.join(tmpdir(), 'til-tree-'));
		writeFileSync(path.join(dir, 'journal.md'), '## 2024-03-01\n- zigzag\n  - first\n  - second\n');
		const config = vscode.workspace.getConfiguration('tilNotes');
		await config.update('folders', [dir], vscode.ConfigurationTarget.Global);
		try {
			await waitFor(async () => (await rows()).length === 2, 'two sources in the view');
			const [bundled, mine] = await rows();
			assert.deepStrictEqual([bundled.item.label, bundled.item.description], ['Bundled notes', '31']);
			assert.deepStrictEqual([mine.item.label, mine.item.description], [path.basename(dir), '1']);
			const [zigzagTopic] = await rows(mine.node);
			const [zigzag] = await rows(zigzagTopic.node);
			assert.match(String(zigzag.item.contextValue), /\buserFile\b/, "Reveal in Explorer is offered for the user's files");
			const [bundledTopic] = await rows(bundled.node);
			const [bundledNote] = await rows(bundledTopic.node);
			assert.doesNotMatch(String(bundledNote.item.contextValue), /\buserFile\b/);
		} finally {
			await config.update('folders', undefined, vscode.ConfigurationTarget.Global);
		}
		await waitFor(async () => (await rows()).every((r) => r.node.kind === 'topic') && api.notes().length === 31, 'one source again');
		rmSync(dir, { recursive: true, force: true });
	});

	test('with no notes at all the view is empty, so its welcome buttons show', async () => {
		const api = await getApi();
		const config = vscode.workspace.getConfiguration('tilNotes');
		await config.update('includeBundledNotes', false, vscode.ConfigurationTarget.Global);
		try {
			await waitFor(async () => api.notes().length === 0 && (await rows()).length === 0, 'an empty view');
		} finally {
			await config.update('includeBundledNotes', undefined, vscode.ConfigurationTarget.Global);
		}
		await waitFor(async () => (await rows()).length > 0, 'the notes to come back');
	});

	test('the sidebar as a user sees it (README screenshot)', async () => {
		const api = await getApi();
		const { view } = await internals();
		await vscode.commands.executeCommand('workbench.view.extension.tilNotes');
		await vscode.commands.executeCommand('workbench.action.closeAuxiliaryBar'); // the chat panel, not ours
		for (const doc of vscode.workspace.textDocuments.filter((d) => d.isUntitled && d.isDirty)) {
			// Scratch editors earlier suites left open would crowd the picture; they are never saved.
			await vscode.window.showTextDocument(doc);
			await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
		}
		const target = api.notes().find((n) => n.uri.endsWith(BUNDLED) && n.topic === 'linux' && n.date === '2020-01-02')!;
		const editor = await vscode.window.showTextDocument(vscode.Uri.parse(target.uri), { preview: true });
		editor.selection = new vscode.Selection(target.line, 0, target.line, 0);
		editor.revealRange(editor.selection, vscode.TextEditorRevealType.AtTop);
		await vscode.commands.executeCommand('tilNotes.reveal');
		await waitFor(() => view.selection[0]?.note?.id === target.id, 'the note to be selected');
		await view.reveal(view.selection[0], { expand: true }); // show its sub-topics too
		await screenshot('sidebar');
	});
});
