import type GrayMatter from 'gray-matter';

/**
 * gray-matter (with js-yaml) is loaded on the first front matter, not with the extension:
 * it is a third of the bundle's load time, and many collections have no front matter at all.
 */
let grayMatter: typeof GrayMatter | undefined;
function matter(input: string, options: object): { data: unknown } {
	grayMatter ??= require('gray-matter') as typeof GrayMatter;
	return grayMatter(input, options);
}

export interface FrontMatter {
	/** The parsed YAML; read-only (gray-matter may share it between calls). */
	data: Readonly<Record<string, unknown>>;
	/** 0-based line where the Markdown after the front matter starts (0 when there is none). */
	bodyStartLine: number;
	/** Why the front matter could not be read, when it could not. */
	problem?: string;
}

const OPENING = /^---[ \t]*$/;
const CLOSING = /^(---|\.\.\.)[ \t]*$/;

/**
 * Finds a leading `---` block and parses it with gray-matter. The block's lines are counted
 * here, not by gray-matter, so that note line numbers stay those of the file even when the
 * YAML is broken (the block is then skipped, and the problem reported).
 */
export function readFrontMatter(text: string): FrontMatter {
	const firstBreak = text.indexOf('\n');
	if (!OPENING.test(firstBreak === -1 ? text : text.slice(0, firstBreak))) {
		return { data: {}, bodyStartLine: 0 };
	}
	const lines = text.split('\n');
	const closing = lines.findIndex((line, i) => i > 0 && CLOSING.test(line));
	if (closing === -1) {
		return { data: {}, bodyStartLine: 0, problem: 'front matter opened with --- is never closed' };
	}
	try {
		// The empty options object bypasses gray-matter's content-keyed cache, which would
		// hand back stale data for identical text (https://github.com/jonschlinkert/gray-matter/issues/43).
		const parsed = matter(lines.slice(0, closing + 1).join('\n') + '\n', {});
		const data = isRecord(parsed.data) ? parsed.data : {};
		return { data, bodyStartLine: closing + 1 };
	} catch (err) {
		const reason = err instanceof Error ? err.message.split('\n')[0] : String(err);
		return { data: {}, bodyStartLine: closing + 1, problem: `front matter is not valid YAML: ${reason}` };
	}
}

export function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** A front-matter value that may be a list or a comma-separated string, as strings. */
export function stringList(value: unknown): string[] {
	if (Array.isArray(value)) {
		return value.flatMap((v) => (typeof v === 'string' || typeof v === 'number' ? [String(v).trim()] : [])).filter(Boolean);
	}
	if (typeof value === 'string') {
		return value
			.split(',')
			.map((s) => s.trim())
			.filter(Boolean);
	}
	return [];
}
