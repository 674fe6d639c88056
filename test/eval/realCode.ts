// Hover precision on real code nobody here wrote: every distinct word of each file is hovered at
// its first occurrence, and the words that get a hover are scored against human judgments
// (judged.json beside the files: relevant, neutral; anything else hovered is noise). Shared by
// `npm run eval` (core in plain Node) and the integration suite (vscode.executeHoverProvider).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface RealFile {
	/** The file's name in its set (`decoder.py`). */
	name: string;
	/** Where it is opened, relative to a scratch folder: a workflow sits under `.github/workflows/`. */
	openAs: string;
	/** The language id VS Code gives a file of that name. */
	languageId: string;
	content: string;
	judged: { relevant: string[]; neutral: string[] };
}

export interface Judgments {
	files: Record<string, { relevant: string[]; neutral: string[] }>;
}

/** The files of a real-code folder with their judgments (its judged.json). */
export function readRealFiles(dir: string): RealFile[] {
	if (!existsSync(join(dir, 'judged.json'))) {
		return [];
	}
	const judged = JSON.parse(readFileSync(join(dir, 'judged.json'), 'utf8')) as Judgments;
	return readdirSync(dir)
		.filter((name) => name !== 'judged.json' && name !== 'README.md')
		.sort()
		.map((name) => ({
			name,
			openAs: /(^|-)ci\.ya?ml$|workflow/i.test(name) ? `.github/workflows/${name}` : name,
			languageId: languageOf(name),
			content: readFileSync(join(dir, name), 'utf8'),
			judged: judged.files[name] ?? { relevant: [], neutral: [] },
		}));
}

/** VS Code's own file associations for the kinds of files in the sets. */
export function languageOf(name: string): string {
	const lower = name.toLowerCase();
	if (/^dockerfile|\.dockerfile$/.test(lower)) {
		return 'dockerfile';
	}
	if (/^(gnu)?makefile$|\.mk$/.test(lower)) {
		return 'makefile';
	}
	const ext = lower.slice(lower.lastIndexOf('.') + 1);
	const byExt: Record<string, string> = {
		py: 'python',
		sh: 'shellscript',
		bash: 'shellscript',
		ts: 'typescript',
		tsx: 'typescriptreact',
		js: 'javascript',
		mjs: 'javascript',
		cjs: 'javascript',
		jsx: 'javascriptreact',
		yml: 'yaml',
		yaml: 'yaml',
		go: 'go',
		rs: 'rust',
		sql: 'sql',
		rb: 'ruby',
		java: 'java',
		c: 'c',
		h: 'c',
		pl: 'perl',
		lua: 'lua',
		json: 'json',
		toml: 'toml',
		md: 'markdown',
		css: 'css',
		html: 'html',
	};
	return byExt[ext] ?? 'plaintext';
}

/** VS Code's default word definition: what a user's hover lands on, one word at a time. */
const WORD = /(-?\d*\.\d\w*)|([^`~!@#$%^&*()\-=+[{\]}\\|;:'",.<>/?\s]+)/g;

/** Each distinct word with its first position (0-based line, the word's middle). */
export function distinctWords(content: string): { word: string; line: number; character: number }[] {
	const seen = new Set<string>();
	const out: { word: string; line: number; character: number }[] = [];
	content.split('\n').forEach((text, line) => {
		for (const m of text.matchAll(WORD)) {
			const word = m[0];
			if (m[2] === undefined || /^\d+$/.test(word) || seen.has(word)) {
				continue;
			}
			seen.add(word);
			out.push({ word, line, character: m.index + Math.floor(word.length / 2) });
		}
	});
	return out;
}

/** Where a judged word first occurs, hovered at its middle. */
export function positionOf(content: string, word: string): { line: number; character: number } | undefined {
	const lines = content.split('\n');
	const re = new RegExp(`(?<![\\w$-])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w$-])`);
	for (let line = 0; line < lines.length; line++) {
		const m = re.exec(lines[line]);
		if (m) {
			return { line, character: m.index + Math.floor(word.length / 2) };
		}
	}
	return undefined;
}

/** What a hover reported: the keyword it covered, and the notes it showed (for the listing). */
export interface Hovered {
	text: string;
	notes: string[];
}

export type HoverProbe = (line: number, character: number) => Promise<Hovered | undefined> | Hovered | undefined;

export interface FileScore {
	name: string;
	words: number;
	/** Distinct words whose hover fired. */
	fired: number;
	/** Distinct hovered keywords, judged. */
	relevant: string[];
	neutral: string[];
	noise: { text: string; notes: string[] }[];
	/** Judged-relevant words that a hover at their first occurrence shows (or a part of them: `pull_request` of `github.event.pull_request.head`). */
	recalled: string[];
	missed: string[];
}

export async function scoreFile(file: RealFile, probe: HoverProbe): Promise<FileScore> {
	const hovered = new Map<string, Hovered>();
	let fired = 0;
	const words = distinctWords(file.content);
	for (const w of words) {
		const h = await probe(w.line, w.character);
		if (h) {
			fired++;
			hovered.set(h.text, h);
		}
	}
	const judgedAs = (text: string, list: string[]) => list.includes(text) || list.some((j) => j.toLowerCase() === text.toLowerCase());
	const score: FileScore = { name: file.name, words: words.length, fired, relevant: [], neutral: [], noise: [], recalled: [], missed: [] };
	for (const h of hovered.values()) {
		if (judgedAs(h.text, file.judged.relevant)) {
			score.relevant.push(h.text);
		} else if (judgedAs(h.text, file.judged.neutral)) {
			score.neutral.push(h.text);
		} else {
			score.noise.push({ text: h.text, notes: h.notes });
		}
	}
	for (const word of file.judged.relevant) {
		const at = positionOf(file.content, word);
		const h = at && (await probe(at.line, at.character));
		(h && word.toLowerCase().includes(h.text.toLowerCase()) ? score.recalled : score.missed).push(word);
	}
	return score;
}

export interface Totals {
	words: number;
	fired: number;
	relevant: number;
	noise: number;
	judgedRelevant: number;
	recalled: number;
}

export function totals(scores: FileScore[]): Totals {
	const t: Totals = { words: 0, fired: 0, relevant: 0, noise: 0, judgedRelevant: 0, recalled: 0 };
	for (const s of scores) {
		t.words += s.words;
		t.fired += s.fired;
		t.relevant += s.relevant.length;
		t.noise += s.noise.length;
		t.judgedRelevant += s.recalled.length + s.missed.length;
		t.recalled += s.recalled.length;
	}
	return t;
}

export const precisionOf = (t: { relevant: number; noise: number }) => (t.relevant + t.noise === 0 ? 1 : t.relevant / (t.relevant + t.noise));
export const recallOf = (t: { recalled: number; judgedRelevant: number }) => (t.judgedRelevant === 0 ? 1 : t.recalled / t.judgedRelevant);
export const fireRateOf = (t: { fired: number; words: number }) => (t.words === 0 ? 0 : t.fired / t.words);

export function realCodeTable(scores: FileScore[]): string {
	const row = (name: string, t: Totals) =>
		`| ${name} | ${t.words} | ${t.fired} | ${(fireRateOf(t) * 100).toFixed(1)}% | ${t.relevant} | ${t.noise} | ${precisionOf(t).toFixed(2)} | ${t.recalled}/${t.judgedRelevant} | ${recallOf(t).toFixed(2)} |`;
	return [
		'| file | words | hovered | fire rate | relevant | noise | precision | recalled | recall |',
		'|---|---|---|---|---|---|---|---|---|',
		...scores.map((s) => row(s.name, totals([s]))),
		row('all', totals(scores)),
	].join('\n');
}
