import { sinceLoad, timings } from './vscode/activationClock';
import * as vscode from 'vscode';
import { createApi, type TilNotesApi } from './api';
import type { NotesReader } from './core/parse/fileParser';
import { registerAddEntry } from './vscode/journal/addEntry';
import { IndexCacheStore } from './vscode/index/cacheStore';
import { CommandId } from './vscode/commands';
import { onSourcesConfigChange, readConfig } from './vscode/config';
import { registerErrorNotes } from './vscode/errors/errorNotes';
import { registerFileNotesView } from './vscode/hover/fileNotesView';
import { registerKeywordHover, watchHoverSettings } from './vscode/hover/keywordHover';
import { createLogChannel } from './vscode/log';
import { NotesService } from './vscode/index/notesService';
import { NotesWatcher } from './vscode/index/notesWatcher';
import { registerNotesTree } from './vscode/tree/notesTree';
import { registerSearchPick } from './vscode/search/searchPick';
import { openNote, type OpenNoteOptions } from './vscode/openNote';
import { sourceSettings } from './vscode/index/sources';

/** What differs between the Node and the web worker extension host; each entry passes its own (src/node/, src/web/). */
export interface HostPlatform {
	/** The bundle this host runs, relative to the extension root: its hash keys the index cache. */
	bundle: string;
	/** Parses files off the extension host's thread, where the host can (src/node/extension.ts). */
	parser?: (onFallback: (reason: string) => void, onFirstStart: () => void) => NotesReader & { dispose(): void };
}

/** The composition root: creates each part, hands it what it needs, and owns its disposal. */
export function activate(context: vscode.ExtensionContext, platform: HostPlatform): TilNotesApi {
	timings.loadMs = sinceLoad();
	const log = createLogChannel();
	// The cache is optional: without global storage the index is built from the files each time.
	const cache = IndexCacheStore.create(context, log, platform.bundle).catch(() => undefined);
	const parser = platform.parser?.(
		(reason) => log.warn(vscode.l10n.t('Parsing notes in the extension host instead of a worker: {0}', reason)),
		() => log.info(vscode.l10n.t('Parsing notes in a worker thread')),
	);
	const notes = new NotesService(log, () => sourceSettings(context.extensionUri, readConfig()), cache, parser);
	const watcher = new NotesWatcher((uris) => void notes.updatePaths(uris), log);
	context.subscriptions.push(
		log,
		notes,
		{ dispose: () => parser?.dispose() },
		watcher,
		notes.onDidChangeSources((sources) => watcher.watch(sources)),
		onSourcesConfigChange(() => void notes.refresh()),
		// Trusting the workspace lets its own notes settings count (see RESTRICTED_SETTINGS).
		vscode.workspace.onDidGrantWorkspaceTrust(() => void notes.refresh()),
		vscode.commands.registerCommand(CommandId.Reindex, () => notes.rebuild()),
		vscode.commands.registerCommand(CommandId.ShowLog, () => log.show()),
		vscode.commands.registerCommand(CommandId.RecentLog, () => log.recent()),
		vscode.commands.registerCommand(CommandId.ReadConfig, (trusted?: boolean) => readConfig(trusted)),
		vscode.commands.registerCommand(CommandId.OpenNote, async (id: string, options?: OpenNoteOptions) => {
			const note = notes.index.get(id);
			if (note) {
				await openNote(note, options);
			} else {
				void vscode.window.showWarningMessage(vscode.l10n.t('That note is no longer in your notes.'));
			}
		}),
	);

	// --- surfaces: each adds its commands, views and listeners to context.subscriptions
	context.subscriptions.push(registerNotesTree(context, notes));
	const hoverSettings = watchHoverSettings();
	context.subscriptions.push(
		hoverSettings,
		registerKeywordHover(notes, hoverSettings.get),
		registerErrorNotes(notes),
		registerFileNotesView(notes, hoverSettings.get),
	);
	context.subscriptions.push(registerAddEntry(notes, log));
	context.subscriptions.push(registerSearchPick(notes, context.globalState));

	// Indexing starts now but activation does not wait for it; `ready` tells when it is done.
	const api = createApi(notes);
	api.ready.then(
		() => {
			timings.readyMs = sinceLoad();
			timings.readyAtMs = performance.now();
		},
		(err) => log.error(String(err)),
	);
	context.subscriptions.push(
		notes.onDidSettle(() => {
			if (timings.readyMs !== undefined) {
				timings.settledMs ??= sinceLoad();
			}
		}),
	);
	context.subscriptions.push(vscode.commands.registerCommand(CommandId.Timings, () => ({ ...timings })));
	timings.activateMs = sinceLoad() - timings.loadMs;
	return api;
}

export function deactivate(): void {}
