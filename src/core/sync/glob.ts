/**
 * Which files of a source are notes: `tilNotes.include` and `tilNotes.exclude` globs, matched
 * against the path relative to the source's root (`/`-separated). The syntax is VS Code's:
 * `**` any folders, `*` and `?` within a name, `{md,markdown}` alternatives, `[abc]` classes.
 * Matching ignores case, as note folders move between case-insensitive file systems.
 */
export class FileFilter {
	private readonly include: RegExp;
	private readonly exclude: RegExp[];
	readonly patterns: { include: string; exclude: readonly string[] };

	constructor(include: string, exclude: readonly string[]) {
		/** The globs as given, so the filter can be rebuilt where it runs (a worker thread). */
		this.patterns = { include, exclude: [...exclude] };
		this.include = globToRegExp(include.trim() || '**/*.md');
		this.exclude = exclude.filter((g) => g.trim()).map((g) => globToRegExp(g.trim()));
	}

	/** True for a file (relative path) that is a note file: included and not excluded. */
	includesFile(relPath: string): boolean {
		return this.include.test(relPath) && !this.exclude.some((re) => re.test(relPath));
	}

	/**
	 * True when nothing under the folder can be a note: an exclude glob matches the folder or
	 * all of its contents (`** /node_modules/**` matches the folder `a/node_modules` itself).
	 */
	skipsFolder(relPath: string): boolean {
		return this.exclude.some((re) => re.test(relPath) || re.test(`${relPath}/`));
	}
}

/** A glob as an anchored, case-insensitive RegExp over `/`-separated relative paths. */
export function globToRegExp(glob: string): RegExp {
	return new RegExp(`^${globSource(glob.replace(/^\.?\/+/, ''))}$`, 'i');
}

function globSource(glob: string): string {
	let out = '';
	for (let i = 0; i < glob.length; i++) {
		const ch = glob[i];
		if (ch === '*' && glob[i + 1] === '*') {
			const atStart = i === 0 || glob[i - 1] === '/';
			const slashAfter = glob[i + 2] === '/';
			if (atStart && slashAfter) {
				out += '(?:[^/]*/)*'; // `**/`: zero or more folders
				i += 2;
			} else if (atStart && i + 2 === glob.length) {
				out += '.*'; // trailing `/**` (the slash is already out): anything below, or nothing
				if (out.endsWith('/.*')) {
					out = `${out.slice(0, -3)}(?:/.*)?`;
				}
				i += 1;
			} else {
				out += '.*';
				i += 1;
			}
		} else if (ch === '*') {
			out += '[^/]*';
		} else if (ch === '?') {
			out += '[^/]';
		} else if (ch === '{') {
			const close = matchingBrace(glob, i);
			if (close < 0) {
				out += '\\{';
				continue;
			}
			out += `(?:${splitAlternatives(glob.slice(i + 1, close))
				.map(globSource)
				.join('|')})`;
			i = close;
		} else if (ch === '[') {
			const close = glob.indexOf(']', i + 2);
			if (close < 0) {
				out += '\\[';
				continue;
			}
			const body = glob.slice(i + 1, close).replace(/\\/g, '\\\\');
			out += body.startsWith('!') || body.startsWith('^') ? `[^${body.slice(1)}]` : `[${body}]`;
			i = close;
		} else {
			out += ch.replace(/[.+^$()|\\\]]/g, '\\$&');
		}
	}
	return out;
}

function matchingBrace(glob: string, open: number): number {
	let depth = 0;
	for (let i = open; i < glob.length; i++) {
		if (glob[i] === '{') {
			depth++;
		} else if (glob[i] === '}' && --depth === 0) {
			return i;
		}
	}
	return -1;
}

function splitAlternatives(body: string): string[] {
	const parts: string[] = [];
	let depth = 0;
	let start = 0;
	for (let i = 0; i < body.length; i++) {
		if (body[i] === '{') {
			depth++;
		} else if (body[i] === '}') {
			depth--;
		} else if (body[i] === ',' && depth === 0) {
			parts.push(body.slice(start, i));
			start = i + 1;
		}
	}
	parts.push(body.slice(start));
	return parts;
}
