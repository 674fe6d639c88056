// What a packaged .vsix may hold, shared by the unit test over `vsce ls` and the integration check over
// the installed extension's folder. An allow-list: a new kind of file must be added here on purpose.

/** Never shipped, with the reason a reviewer reads when one slips in. */
const FORBIDDEN: [RegExp, string][] = [
	[/(^|\/)(src|test|bench|scripts|out)\//, 'sources, tests or tooling'],
	[/\.(ts|mts|cts)$/, 'TypeScript sources'],
	[/\.map$/, 'a source map'],
	[/(^|\/)node_modules\//, 'node_modules (dist/ is bundled)'],
	[/(^|\/)(\.vscode-test|\.bench-data|\.scratch|corpora|jbranchaud-til)(\/|$)/, 'a test cache or a corpus'],
	[/^notes\/(?!til-2020-01\.md$)/, 'a note beyond the bundled journal (a corpus?)'],
];

/** Everything a working extension needs, and nothing else. */
const ALLOWED: RegExp[] = [
	/^package\.json$/,
	/^package\.nls(\.[a-z]{2}(-[a-z]+)?)?\.json$/,
	/^l10n\/bundle\.l10n(\.[a-z]{2}(-[a-z]+)?)?\.json$/,
	/^dist\/[\w/.-]+\.js$/,
	/^media\/(icon\.png|[\w-]+\.svg)$/,
	/^notes\/til-2020-01\.md$/,
	/^(readme|changelog)\.md$/i,
	/^licen[cs]e(\.txt)?$/i,
	/^ThirdPartyNotices\.md$/, // what the bundled libraries' and the glossary's licences ask to travel with it
	/^(extension)?\.vsixmanifest$/, // written by vsce / the installer
];

/** The paths (relative, with `/`) that must not be in the package, each with why. */
export function unexpectedPackageFiles(paths: readonly string[]): string[] {
	return paths.flatMap((p) => {
		const forbidden = FORBIDDEN.find(([re]) => re.test(p));
		if (forbidden) {
			return [`${p}: ${forbidden[1]}`];
		}
		return ALLOWED.some((re) => re.test(p)) ? [] : [`${p}: not on the package's allow-list (test/support/packageContents.ts)`];
	});
}
