import * as vscode from 'vscode';

/** Work that takes longer than this shows in the window's progress area. */
const PROGRESS_AFTER_MS = 500;

/**
 * Runs `work`; if it is still going after {@link PROGRESS_AFTER_MS}, shows it in the window's
 * progress area as `done of total files`. Short work shows nothing, so a save flashes nothing.
 */
export async function withIndexingProgress<T>(work: (report: (done: number, total: number) => void) => Promise<T>): Promise<T> {
	let show: ((done: number, total: number) => void) | undefined;
	let last: [number, number] = [0, 0];
	const running = work((done, total) => {
		last = [done, total];
		show?.(done, total);
	});
	const timer = setTimeout(() => {
		void vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Indexing notes') }, (progress) => {
			let shown = '';
			show = (done, total) => {
				// The status bar redraws on each report; a new percentage is often enough.
				const message = vscode.l10n.t('{0} of {1} files', done, total);
				if (done === total || Math.floor((done * 100) / Math.max(total, 1)) !== Math.floor(((done - 1) * 100) / Math.max(total, 1))) {
					if (message !== shown) {
						shown = message;
						progress.report({ message });
					}
				}
			};
			show(...last);
			return running.then(
				() => undefined,
				() => undefined,
			);
		});
	}, PROGRESS_AFTER_MS);
	try {
		return await running;
	} finally {
		clearTimeout(timer);
	}
}
