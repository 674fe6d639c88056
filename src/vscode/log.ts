import * as vscode from 'vscode';
import type { Log } from '../core/log';

/** The log the extension writes to, and the recent lines it wrote (for the integration tests). */
export interface TilLog extends Log, vscode.Disposable {
	show(): void;
	/** The last {@link RECENT_LINES} lines, oldest first, as `level message`. */
	recent(): string[];
}

/** Enough for a suite to find the lines about its files after a sync of thousands. */
const RECENT_LINES = 2000;

/** The extension's output channel; follows "Developer: Set Log Level…", so no setting of ours. */
export function createLogChannel(): TilLog {
	const channel = vscode.window.createOutputChannel('TIL Notes', { log: true });
	const lines: string[] = [];
	const remember = (level: string, message: string) => {
		lines.push(`${level} ${message}`);
		if (lines.length > RECENT_LINES * 1.5) {
			lines.splice(0, lines.length - RECENT_LINES);
		}
	};
	return {
		trace: (message) => channel.trace(message),
		info: (message) => (remember('info', message), channel.info(message)),
		warn: (message) => (remember('warn', message), channel.warn(message)),
		error: (message) => (remember('error', message), channel.error(message)),
		show: () => channel.show(),
		recent: () => lines.slice(-RECENT_LINES),
		dispose: () => channel.dispose(),
	};
}
