import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { getApi } from './helpers';

// The first thing to break when the extension does not load at all: each surface answers once.
suite('smoke', () => {
	test('activates, indexes the bundled journal, searches it, and hovers a keyword it covers', async () => {
		const api = await getApi();
		assert.ok(
			api.notes().some((n) => n.title === 'linux' && n.uri.endsWith('/notes/til-2020-01.md')),
			'the bundled journal is indexed',
		);
		assert.strictEqual((await api.search('max_user_watches'))[0]?.title, 'linux');
		const doc = await vscode.workspace.openTextDocument({ content: 'sudo sysctl -p\n', language: 'shellscript' });
		const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(0, 7))) ?? [];
		const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
		assert.match(text, /command:_tilNotes\.openNote/, 'our hover on sysctl');
	});
});
