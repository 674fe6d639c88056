// The bench's floor inside VS Code (bench/vscode.ts): reads the folders TIL Notes is configured
// with, using Node's fs in the extension host's own thread, and builds a plain two-field
// MiniSearch. No cache, no worker, no parsing: what any extension indexing these files must pay.
// Activated like TIL Notes (onStartupFinished) and timed the same way (from this module's load).
'use strict';
const loadStarted = performance.now();
const { readdir, readFile } = require('node:fs/promises');
const path = require('node:path');
const vscode = require('vscode');
const MiniSearch = require('minisearch');

/** Every .md file below `dir`, hidden folders and node_modules left out (as TIL Notes' default exclude does). */
async function markdownFiles(dir) {
	const out = [];
	for (const entry of await readdir(dir, { withFileTypes: true })) {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) {
			if (!entry.name.startsWith('.') && entry.name !== 'node_modules') out.push(...(await markdownFiles(full)));
		} else if (entry.isFile() && entry.name.endsWith('.md')) {
			out.push(full);
		}
	}
	return out;
}

async function build() {
	const folders = [process.env.TIL_BUNDLED_NOTES, ...vscode.workspace.getConfiguration('tilNotes').get('folders', [])].filter(Boolean);
	const files = [];
	for (const folder of folders) {
		const root = path.isAbsolute(folder) ? folder : path.join(vscode.workspace.workspaceFolders?.[0]?.uri.fsPath ?? '', folder);
		files.push(...(await markdownFiles(root).catch(() => [])));
	}
	const texts = [];
	for (let i = 0; i < files.length; i += 64) {
		texts.push(...(await Promise.all(files.slice(i, i + 64).map((f) => readFile(f, 'utf8').catch(() => '')))));
	}
	const mini = new MiniSearch({ fields: ['title', 'text'] });
	mini.addAll(texts.map((text, id) => ({ id, title: text.slice(0, Math.max(0, text.indexOf('\n'))), text })));
	return mini.documentCount;
}

exports.activate = (context) => {
	const timings = { loadMs: performance.now() - loadStarted };
	const ready = build().then((notes) => {
		timings.readyMs = performance.now() - loadStarted;
		timings.readyAtMs = performance.now();
		timings.notes = notes;
	});
	context.subscriptions.push(vscode.commands.registerCommand('_tilFloor.timings', () => ({ ...timings })));
	return { ready };
};

exports.deactivate = () => {};
