import * as vscode from 'vscode';

// Placeholder composition root; replaced as the core lands.
export function activate(_context: vscode.ExtensionContext) {
	return {
		ready: Promise.resolve(),
		search: async (_q: string) => [],
		notes: () => [],
	};
}

export function deactivate() {}
