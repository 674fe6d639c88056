/**
 * Note text in a quick pick item: VS Code renders `$(name)` there as an icon, so a note titled
 * `$(warning) …` would show one. `\$(` shows the text as written.
 */
export function literalIcons(text: string): string {
	return text.replace(/\$\(/g, '\\$(');
}
