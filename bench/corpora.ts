// The note collections the benchmark measures: the bundled journal, the 1,873-note public
// corpus, and 10,000 / 50,000 notes derived from it (distinct ids, varied words), written once
// to .bench-data/ so reading from disk and grep can be measured on real files.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { BUNDLED_NOTES, CORPUS, listMarkdown } from '../test/support/nodeNotes';

export interface Collection {
	name: string;
	root: string;
	files: string[];
}

const DATA = join(__dirname, '..', '.bench-data');

export function collections(sizes: number[]): Collection[] {
	const out: Collection[] = [
		{ name: 'bundled journal', root: BUNDLED_NOTES, files: listMarkdown(BUNDLED_NOTES) },
		{ name: '1,873 notes', root: CORPUS, files: listMarkdown(CORPUS) },
	];
	for (const size of sizes) {
		out.push({ name: `${size.toLocaleString('en-US')} notes`, ...derived(size) });
	}
	return out;
}

/** A small deterministic PRNG, so every run derives the same notes. */
export function prng(seed: number): () => number {
	let s = seed >>> 0;
	return () => {
		s = (s + 0x6d2b79f5) >>> 0;
		let t = s;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const SYLLABLES = ['ka', 'lo', 'mi', 'zu', 'te', 'ra', 'vo', 'ne', 'shi', 'qu', 'ex', 'dor', 'pli', 'yan'];

export function derived(size: number): { root: string; files: string[] } {
	const root = join(DATA, `derived-${size}`);
	const marker = join(root, '.complete');
	const sources = listMarkdown(CORPUS).filter((f) => basename(f) !== 'README.md');
	if (!existsSync(marker)) {
		const random = prng(size);
		for (let i = 0; i < size; i++) {
			const source = sources[i % sources.length];
			const copy = Math.floor(i / sources.length);
			const text = readFileSync(source, 'utf8');
			// Vary a few words per copy so the vocabulary grows as real collections do.
			const varied = text.replace(/\b[a-z]{5,}\b/g, (w) => (random() < 0.08 ? w + SYLLABLES[Math.floor(random() * SYLLABLES.length)] : w));
			const target = join(root, relative(CORPUS, dirname(source)), `${basename(source, '.md')}-${copy}.md`);
			mkdirSync(dirname(target), { recursive: true });
			writeFileSync(target, copy === 0 ? varied : varied.replace(/^# (.*)$/m, `# $1 (${copy})`));
		}
		writeFileSync(marker, '');
	}
	return { root, files: listMarkdown(root) };
}
