import * as assert from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { caseCharacter, type HoverFile, type HoverSet } from '../../eval/hoverCases';
import { corpusDir, readShared } from './evalFiles';
import { getApi, screenshot, waitFor } from './helpers';

/** Markers only our hover carries: its trusted command links. */
const OURS = /command:_tilNotes\.openNote/;

/** The text of this extension's hovers at a case's position, Markdown escapes removed. */
async function ourHoverText(file: HoverFile, doc: vscode.TextDocument, line: number, word: string): Promise<string> {
	const character = caseCharacter(file, { line, word, expect: null });
	const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(line, character))) ?? [];
	return hovers
		.flatMap((h) => h.contents)
		.map((c) => (typeof c === 'string' ? c : c.value))
		.filter((text) => OURS.test(text))
		.join('\n')
		.replace(/\\([\\`*_{}[\]()#+\-.!|~>])/g, '$1');
}

async function openCaseFile(file: HoverFile): Promise<vscode.TextDocument> {
	return vscode.workspace.openTextDocument({ content: file.content, language: file.language });
}

suite('hover hints', () => {
	test('every seed hover case: the expected note, or silence', async () => {
		await getApi();
		const set = readShared<HoverSet>('eval', 'seed-hover.json');
		let cases = 0;
		for (const file of set.files) {
			const doc = await openCaseFile(file);
			for (const c of file.cases) {
				const text = await ourHoverText(file, doc, c.line, c.word);
				if (c.expect === null) {
					assert.strictEqual(text, '', `${file.name}: "${c.word}" must show no note`);
				} else {
					const expect = c.expect as { date: string; title: string };
					assert.ok(
						text.includes(`**${expect.title}**`) && text.includes(expect.date),
						`${file.name}: "${c.word}" must show ${expect.date} ${expect.title}; got:\n${text}`,
					);
				}
				cases++;
			}
		}
		assert.ok(cases >= 9);
	});

	test('a hover shows the part of the note with the keyword, and trusts only our commands', async () => {
		await getApi();
		const doc = await vscode.workspace.openTextDocument({ content: 'sudo sysctl -p\n', language: 'shellscript' });
		const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(0, 7));
		const md = hovers.flatMap((h) => h.contents).find((c): c is vscode.MarkdownString => typeof c !== 'string' && OURS.test(c.value));
		assert.ok(md, 'our hover');
		assert.match(md.value, /sudo sysctl fs\\?\.inotify/);
		assert.deepStrictEqual(md.isTrusted, { enabledCommands: ['_tilNotes.openNote', 'tilNotes.search'] });
		assert.ok(!md.supportHtml);
	});

	test('the jbranchaud hover set with the corpus as a notes folder: >= 90% shown, >= 90% silent', async function () {
		this.timeout(180_000);
		const api = await getApi();
		const corpus = corpusDir();
		const config = vscode.workspace.getConfiguration('tilNotes');
		await config.update('folders', [corpus], vscode.ConfigurationTarget.Global);
		try {
			await waitFor(() => api.notes().length > 1800, 'the corpus to be indexed', 120_000);
			const set = readShared<HoverSet>('eval', 'jbranchaud-hover.json');
			const title = (rel: string) => /^# (.+)$/m.exec(readFileSync(path.join(corpus, rel), 'utf8'))![1].trim();
			let positives = 0,
				shown = 0,
				negatives = 0,
				silent = 0;
			const misses: string[] = [];
			for (const file of set.files) {
				const doc = await openCaseFile(file);
				for (const c of file.cases) {
					const text = await ourHoverText(file, doc, c.line, c.word);
					if (c.expect === null) {
						negatives++;
						silent += text === '' ? 1 : 0;
						if (text) {
							misses.push(`${file.name} "${c.word}": should be silent`);
						}
					} else {
						positives++;
						const ok = (c.expect as string[]).some((rel) => text.includes(title(rel)));
						shown += ok ? 1 : 0;
						if (!ok) {
							misses.push(`${file.name} "${c.word}": expected ${(c.expect as string[]).join(' or ')}`);
						}
					}
				}
			}
			console.log(
				`jbranchaud hovers in VS Code: ${shown}/${positives} shown, ${silent}/${negatives} silent${misses.length ? `\n  ${misses.join('\n  ')}` : ''}`,
			);
			assert.ok(shown / positives >= 0.9, `positives shown ${shown}/${positives}`);
			assert.ok(silent / negatives >= 0.9, `negatives silent ${silent}/${negatives}`);
		} finally {
			await config.update('folders', undefined, vscode.ConfigurationTarget.Global);
		}
	});

	test('TIL: Toggle Hover Hints turns hovers off and on', async () => {
		await getApi();
		const doc = await vscode.workspace.openTextDocument({ content: 'sudo sysctl -p\n', language: 'shellscript' });
		const file: HoverFile = { name: 'x.sh', language: 'shellscript', content: 'sudo sysctl -p\n', cases: [] };
		await vscode.commands.executeCommand('tilNotes.toggleHover');
		try {
			assert.strictEqual(await ourHoverText(file, doc, 0, 'sysctl'), '');
		} finally {
			await vscode.commands.executeCommand('tilNotes.toggleHover');
		}
		assert.notStrictEqual(await ourHoverText(file, doc, 0, 'sysctl'), '');
	});
});

suite('notes for this file', () => {
	test('lists the notes whose keywords the active editor mentions, most mentions first', async () => {
		await getApi();
		const doc = await vscode.workspace.openTextDocument({
			content: '#!/usr/bin/env bash\nsudo sysctl fs.inotify.max_user_watches=524288\nsudo sysctl -p\naws s3 cp site s3://b --acl public-read\n',
			language: 'shellscript',
		});
		await vscode.window.showTextDocument(doc);
		const provider = await vscode.commands.executeCommand<{ refresh(): void; current(): { note: { title: string; date?: string }; mentions: number }[] }>(
			'_tilNotes.fileNotesInternals',
		);
		// Keywords are extracted in the background after indexing; the list fills once they are.
		await waitFor(() => {
			provider.refresh();
			return provider.current().length > 0;
		}, 'the notes for this file');
		const listed = provider.current().map((i) => `${i.note.date} ${i.note.title} ${i.mentions}`);
		assert.strictEqual(listed[0], '2020-01-02 linux 3', listed.join('\n')); // sysctl twice, fs.inotify.max_user_watches once
		assert.ok(
			listed.some((l) => l.startsWith('2020-01-10 aws-cli')),
			listed.join('\n'),
		);
	});
});

suite('hover screenshot', () => {
	test('a real hover over sysctl in a shell script', async () => {
		await getApi();
		// A clean window for the README: no editors or chat panel left by earlier suites, and the
		// TIL Notes view showing, whose "Notes for This File" lists the script's notes.
		for (const open of vscode.workspace.textDocuments.filter((d) => d.isUntitled && d.isDirty)) {
			await vscode.window.showTextDocument(open); // scratch documents of the hover cases, never saved
			await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
		}
		await vscode.window.tabGroups.close(vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => !t.isDirty));
		await vscode.commands.executeCommand('workbench.action.closeAuxiliaryBar');
		await vscode.commands.executeCommand('workbench.view.extension.tilNotes');
		const doc = await vscode.workspace.openTextDocument({
			content: '#!/usr/bin/env bash\n# raise the watcher limit for the dev server\nsudo sysctl fs.inotify.max_user_watches=524288\nsudo sysctl -p\n',
			language: 'shellscript',
		});
		const editor = await vscode.window.showTextDocument(doc);
		editor.selection = new vscode.Selection(2, 7, 2, 7);
		await vscode.commands.executeCommand('editor.action.showHover');
		await new Promise((r) => setTimeout(r, 1500));
		await screenshot('hover-sysctl');
	});
});
