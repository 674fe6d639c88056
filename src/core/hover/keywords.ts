import { CODE_NOISE, ENGLISH_WORDS } from '../words/commonWords';
import { ecosystemNamed, ecosystemsInTopic, toolsInTopic, type Ecosystem } from './ecosystems';
import { FenceTracker, parseBullet } from '../parse/markdownLines';
import type { Note } from '../note';
import { compoundsOf, tokenGroups, tokenize } from '../words/tokenizer';

/**
 * The hover's keyword dictionary: the words a note is *about*, each with the line where the
 * note mentions it. Built from the same notes as the index:
 * - inline code spans (`` `networkidle0` ``, `` `--acl public-read` ``),
 * - identifiers and command names in fenced code (`sysctl`, `fs.inotify.max_user_watches`),
 * - sub-bullet heads shaped like a tool or option name (`ts-loader`, `webpack.config.js`, `SIGHUP`),
 * - the note's topic, when it is one word (`puppeteer`, `aws-cli`),
 * - keywords the note declares in front matter.
 * A hover is a lookup of the text around the cursor here, never a full-text search.
 */
export type MentionKind = 'declared' | 'title' | 'code' | 'fence' | 'heading' | 'topic';

const KIND_WEIGHT: Record<MentionKind, number> = { declared: 5, title: 5, topic: 4, code: 4, fence: 3, heading: 3 };

export interface Mention {
	noteId: string;
	/** 0-based file line of the note's first (best) mention of the keyword. */
	line: number;
	kind: MentionKind;
	count: number;
	/** The ecosystems the note speaks of: its topic's and its code blocks' languages. */
	ecosystems: readonly Ecosystem[];
	/** The frameworks or tools its topic names (`remix`, `rails`). */
	tools: readonly string[];
}

/** What a note says of its ecosystem, shared by all its mentions. */
interface NoteContext {
	ecosystems: readonly Ecosystem[];
	tools: readonly string[];
}

export interface KeywordMatch {
	/** The keyword as written at the position. */
	text: string;
	start: number;
	end: number;
	/** Notes that cover it, best first. */
	mentions: Mention[];
}

export interface NoiseOptions {
	/** Words the user never wants a hover for (any case). */
	ignoredWords?: Iterable<string>;
	/**
	 * In how many notes a word occurs anywhere (title or body), counted up to `cap`; defaults to
	 * the keyword's own count.
	 */
	documentFrequency?: (term: string, cap: number) => number;
}

/** Words as the dictionary keys them, for ignore lists. */
export function normalizeWords(words: Iterable<string>): Set<string> {
	return new Set([...words].map((w) => w.trim().toLowerCase()).filter(Boolean));
}

/** A word in more notes than this identifies none of them: max(8, 1% of the notes). */
export function commonLimit(noteCount: number): number {
	return Math.max(8, noteCount * 0.01);
}

export class KeywordDictionary {
	private readonly byKey = new Map<string, KeyEntry>();
	private readonly keysByNote = new Map<string, KeyEntry[]>();
	private readonly notes = new NoteHandles();
	private noiseCache = new Map<string, boolean>();
	private ignored = new Set<string>();
	private documentFrequency: ((term: string, cap: number) => number) | undefined;

	constructor(options: NoiseOptions = {}) {
		this.setNoiseOptions(options);
	}

	setNoiseOptions(options: NoiseOptions): void {
		this.ignored = normalizeWords(options.ignoredWords ?? []);
		this.documentFrequency = options.documentFrequency;
		this.noiseCache.clear();
	}

	get noteCount(): number {
		return this.keysByNote.size;
	}

	addNote(note: Note): void {
		this.removeNote(note.id);
		const { keywords, fenceLanguages } = extractKeywords(note);
		const handle = this.notes.acquire(note.id, noteContext(note, fenceLanguages));
		const entries: KeyEntry[] = [];
		for (const [key, mention] of keywords) {
			let entry = this.byKey.get(key);
			if (!entry) {
				entry = { key, mentions: [] };
				this.byKey.set(key, entry);
			}
			entry.mentions.push(packMention(handle, mention));
			entries.push(entry);
		}
		this.keysByNote.set(note.id, entries);
		this.noiseCache.clear();
	}

	removeNote(noteId: string): void {
		const entries = this.keysByNote.get(noteId);
		if (!entries) {
			return;
		}
		const handle = this.notes.release(noteId);
		for (const entry of entries) {
			entry.mentions = entry.mentions.filter((m) => handleOf(m) !== handle);
			if (entry.mentions.length === 0) {
				this.byKey.delete(entry.key);
			}
		}
		this.keysByNote.delete(noteId);
		this.noiseCache.clear();
	}

	clear(): void {
		this.byKey.clear();
		this.keysByNote.clear();
		this.notes.clear();
		this.noiseCache.clear();
	}

	/**
	 * In how many notes a keyword (any case) occurs: as a keyword, or anywhere in their text;
	 * counted only to just past the common limit, the largest any rule compares it with.
	 */
	spread(keyword: string): number {
		const key = keyword.toLowerCase();
		const mentions = this.byKey.get(key)?.mentions.length ?? 0;
		// Full-text frequency only where the index holds the word itself: a plain word is indexed
		// by its stem, which would count `await` notes against `Awaited`.
		const term = tokenGroups(key)[0]?.terms[0];
		const textDf = term === key && this.documentFrequency ? this.documentFrequency(term, Math.floor(commonLimit(this.noteCount)) + 1) : 0;
		return Math.max(mentions, textDf);
	}

	private mentionsOf(key: string): Mention[] {
		return this.byKey.get(key)?.mentions.map((m) => unpackMention(m, this.notes)) ?? [];
	}

	/** The notes covering a keyword (any case), best first; empty when it is noise. */
	lookup(keyword: string, ignored: ReadonlySet<string> = this.ignored): Mention[] {
		const key = keyword.toLowerCase();
		if (!this.byKey.has(key) || ignored.has(key) || this.isNoise(key)) {
			return [];
		}
		return this.mentionsOf(key).sort((a, b) => KIND_WEIGHT[b.kind] - KIND_WEIGHT[a.kind] || b.count - a.count);
	}

	/**
	 * The keyword at `character` in `line`, trying the longest candidate first, so that
	 * `race` in `Promise.race(tasks)` is `Promise.race` and `Join` in `!Join` is `!Join`.
	 */
	lookupAt(line: string, character: number, ignored?: ReadonlySet<string>): KeywordMatch | undefined {
		for (const candidate of candidatesAt(line, character)) {
			const mentions = this.lookup(candidate.text, ignored);
			if (mentions.length) {
				return { ...candidate, mentions };
			}
		}
		return undefined;
	}

	/** Every keyword in a text that names a note, with how often: for "Notes for This File". */
	keywordsIn(text: string, ignored: ReadonlySet<string> = this.ignored): Map<string, number> {
		const counts = new Map<string, number>();
		for (const { text: word } of compoundsOf(text)) {
			const key = word.toLowerCase();
			if (this.byKey.has(key) && !ignored.has(key) && !this.isNoise(key)) {
				counts.set(key, (counts.get(key) ?? 0) + 1);
			}
		}
		return counts;
	}

	/**
	 * The notes whose keywords a text mentions, most mentions first (then most distinct
	 * keywords): what "Notes for This File" lists for the active editor.
	 */
	notesMentionedIn(text: string, ignored?: ReadonlySet<string>): { noteId: string; mentions: number; keywords: string[] }[] {
		const byNote = new Map<string, { noteId: string; mentions: number; keywords: string[] }>();
		for (const [key, count] of this.keywordsIn(text, ignored)) {
			for (const m of this.mentionsOf(key)) {
				let entry = byNote.get(m.noteId);
				if (!entry) {
					entry = { noteId: m.noteId, mentions: 0, keywords: [] };
					byNote.set(m.noteId, entry);
				}
				entry.mentions += count;
				entry.keywords.push(key);
			}
		}
		return [...byNote.values()].sort((a, b) => b.mentions - a.mentions || b.keywords.length - a.keywords.length);
	}

	/**
	 * The noise rule, in order: the user's ignored words (checked by the lookups, as they vary
	 * per call); language keywords, builtins and
	 * everyday shell commands; common English words; and any word in more than
	 * {@link commonLimit} notes. Declared keywords pass the first three: the user asked for them.
	 */
	isNoise(key: string): boolean {
		let noise = this.noiseCache.get(key);
		if (noise === undefined) {
			noise = this.computeNoise(key);
			this.noiseCache.set(key, noise);
		}
		return noise;
	}

	private computeNoise(key: string): boolean {
		const mentions = this.byKey.get(key)?.mentions ?? [];
		const declared = mentions.some((m) => kindOf(m) === 'declared');
		const bare = key.replace(/^(?:!|--?|@)/, '');
		if (!declared && (CODE_NOISE.has(key) || ENGLISH_WORDS.has(key) || (bare === key && key.length < 3))) {
			return true;
		}
		return this.spread(key) > commonLimit(this.noteCount);
	}
}

// --- storage

/**
 * A keyword and its mentions, each packed into one number (see {@link packMention}): at
 * 50,000 notes there are about 800,000 mentions, and as objects they held 90 MB of heap.
 */
interface KeyEntry {
	key: string;
	mentions: number[];
}

const KINDS: readonly MentionKind[] = ['declared', 'topic', 'code', 'fence', 'heading', 'title'];
const KIND_SPAN = 8;
/** The count only orders notes with equal kinds; past this it is "many". */
const COUNT_SPAN = 64;
const LINE_SPAN = 2 ** 20;
/** 24 bits of note handle, 20 of line, 6 of count and 3 of kind: 53 bits, exact in a double. */
const HANDLE_LIMIT = 2 ** 24;

function packMention(handle: number, m: PackedMention): number {
	const line = Math.min(m.line, LINE_SPAN - 1);
	const count = Math.min(m.count, COUNT_SPAN - 1);
	return ((handle * LINE_SPAN + line) * COUNT_SPAN + count) * KIND_SPAN + KINDS.indexOf(m.kind);
}

function kindOf(packed: number): MentionKind {
	return KINDS[packed % KIND_SPAN];
}

function handleOf(packed: number): number {
	return Math.floor(packed / (KIND_SPAN * COUNT_SPAN * LINE_SPAN));
}

function unpackMention(packed: number, notes: NoteHandles): Mention {
	const kind = kindOf(packed);
	let rest = Math.floor(packed / KIND_SPAN);
	const count = rest % COUNT_SPAN;
	rest = Math.floor(rest / COUNT_SPAN);
	const handle = Math.floor(rest / LINE_SPAN);
	return { noteId: notes.idOf(handle), line: rest % LINE_SPAN, kind, count, ...notes.contextOf(handle) };
}

/** Small integers standing for note ids, reused once a note is gone. */
class NoteHandles {
	private readonly ids: string[] = [];
	private readonly contexts: NoteContext[] = [];
	private readonly byId = new Map<string, number>();
	private free: number[] = [];

	acquire(id: string, context: NoteContext): number {
		const handle = this.free.pop() ?? this.ids.length;
		if (handle >= HANDLE_LIMIT) {
			throw new Error(`KeywordDictionary: more than ${HANDLE_LIMIT} notes`);
		}
		this.ids[handle] = id;
		this.contexts[handle] = context;
		this.byId.set(id, handle);
		return handle;
	}

	release(id: string): number | undefined {
		const handle = this.byId.get(id);
		if (handle !== undefined) {
			this.byId.delete(id);
			this.free.push(handle);
		}
		return handle;
	}

	idOf(handle: number): string {
		return this.ids[handle];
	}

	contextOf(handle: number): NoteContext {
		return this.contexts[handle];
	}

	clear(): void {
		this.ids.length = 0;
		this.contexts.length = 0;
		this.byId.clear();
		this.free = [];
	}
}

// --- extraction

const SHELL_PROMPT = /^\s*[$#>]\s+/;
const IDENTIFIER_SHAPED = /[-_.:/\d]|[a-z][A-Z]|^[A-Z]{3,}$/;

/** The ecosystems a note speaks of (named by its topic or tags, or its code blocks' languages), and its tools. */
function noteContext(note: Note, fenceLanguages: Iterable<string>): NoteContext {
	const found = new Set<Ecosystem>(ecosystemsInTopic(note.topic));
	for (const name of [...note.tags, ...fenceLanguages]) {
		const e = ecosystemNamed(name);
		if (e) {
			found.add(e);
		}
	}
	const tools = toolsInTopic(note.topic);
	return found.size || tools.length ? { ecosystems: [...found], tools } : NO_CONTEXT;
}

const NO_CONTEXT: NoteContext = { ecosystems: [], tools: [] };

type PackedMention = Omit<Mention, keyof NoteContext>;

function extractKeywords(note: Note): { keywords: Map<string, PackedMention>; fenceLanguages: Set<string> } {
	const found = new Map<string, PackedMention>();
	const fenceLanguages = new Set<string>();
	const add = (word: string, line: number, kind: MentionKind) => {
		const key = word.toLowerCase().replace(/[.:]+$/, '');
		const bare = key.replace(/^(?:!|--?|@)/, '');
		if (bare.length < 2 || /^[\d.:-]+$/.test(bare)) {
			return;
		}
		const seen = found.get(key);
		if (!seen) {
			found.set(key, { noteId: note.id, line, kind, count: 1 });
		} else {
			seen.count++;
			if (KIND_WEIGHT[kind] > KIND_WEIGHT[seen.kind]) {
				seen.kind = kind;
				seen.line = line;
			}
		}
	};
	const addCompounds = (text: string, line: number, kind: MentionKind) => {
		for (const { text: word } of compoundsOf(text)) {
			add(word, line, kind);
			// `fs.inotify.max_user_watches` also answers for `max_user_watches` and `inotify`.
			const segments = word.split(/::|\./);
			if (segments.length > 1) {
				for (const segment of segments) {
					if (segment.length >= 4) {
						add(segment, line, kind);
					}
				}
			}
		}
	};

	for (const word of note.keywords) {
		add(word.trim(), note.line, 'declared');
	}
	if (!/\s/.test(note.topic)) {
		add(note.topic, note.line, 'topic');
	}
	for (const span of note.title.matchAll(/`([^`]+)`/g)) {
		addCompounds(span[1], note.line, 'title');
	}

	const fences = new FenceTracker();
	const lines = note.body.split('\n');
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i];
		const fileLine = note.bodyLine + i;
		const wasInCode = fences.isOpen;
		if (fences.inCode(line)) {
			if (fences.language) {
				fenceLanguages.add(fences.language);
			}
			if (wasInCode && fences.isOpen) {
				addCompounds(line.replace(SHELL_PROMPT, ''), fileLine, 'fence');
			}
			continue;
		}
		for (const span of line.matchAll(/`([^`]+)`/g)) {
			addCompounds(span[1], fileLine, 'code');
		}
		const bullet = parseBullet(line);
		if (bullet) {
			const [written, ...definition] = bullet.text.split(/:\s|:$/);
			const head = written
				.replace(/\(.*?\)/g, '')
				.replace(/`/g, '')
				.trim();
			// A head shaped like a name (`ts-loader`, `SIGHUP`), or any one word being defined
			// (`kibana: ...`); a plain word on its own is too often a heading like "options".
			if (head && !/\s/.test(head) && (IDENTIFIER_SHAPED.test(head) || definition.length > 0)) {
				addCompounds(head, fileLine, 'heading');
			}
		}
	}
	// A keyword whose every word the title says is what the note is about: `frozen_string_literal`
	// in "Defaulting To Frozen String Literals", `find_each` in "... With Find Each".
	const titleWords = new Set(tokenize(note.title));
	if (titleWords.size) {
		for (const [key, mention] of found) {
			if (KIND_WEIGHT[mention.kind] < KIND_WEIGHT.title && /[a-z]/.test(key)) {
				const parts = tokenize(key.replace(/[_.:/$-]+/g, ' '));
				if (parts.length > 1 && parts.every((p) => titleWords.has(p))) {
					mention.kind = 'title';
				}
			}
		}
	}
	return { keywords: found, fenceLanguages };
}

// --- candidates at a position

/** Characters a keyword may span at the cursor: word characters, connectors and sigils. */
const SPAN_CHAR = /[\p{L}\p{N}_$.:\-!@]/u;
const SEPARATOR = /[.:!@]/;
const WORD_CHAR = /[\p{L}\p{N}_$]/u;
const MAX_SPAN = 120;

interface Candidate {
	text: string;
	start: number;
	end: number;
}

/**
 * Sub-spans around `character` that start and end at word boundaries, longest first. A `-` between
 * two word characters joins one name (`runs-on`, `persist-credentials`), so a part of it is not a
 * candidate; `.` and `::` join members (`fs.readFileSync`, `Fn::Join`).
 */
export function candidatesAt(line: string, character: number): Candidate[] {
	let from = character;
	let to = character;
	while (from > 0 && character - from < MAX_SPAN && SPAN_CHAR.test(line[from - 1])) {
		from--;
	}
	while (to < line.length && to - character < MAX_SPAN && SPAN_CHAR.test(line[to])) {
		to++;
	}
	if (from === to) {
		return [];
	}
	const isSeparator = (i: number) =>
		SEPARATOR.test(line[i]) || (line[i] === '-' && !(i > from && i + 1 < to && WORD_CHAR.test(line[i - 1]) && WORD_CHAR.test(line[i + 1])));
	const starts: number[] = [];
	const ends: number[] = [];
	for (let i = from; i <= to; i++) {
		const prevSep = i === from || isSeparator(i - 1);
		if (i < to && !isSeparator(i) && prevSep) {
			starts.push(i);
		}
		if (i > from && !isSeparator(i - 1) && (i === to || isSeparator(i))) {
			ends.push(i);
		}
	}
	if (ends.length === 0) {
		return [];
	}
	// A leading `!`, `-`, `--` or `@` belongs to the word (`!Join`, `--acl`).
	const sigil = /^(?:!|--?|@)/.exec(line.slice(from, to));
	if (sigil && starts[0] === from + sigil[0].length) {
		starts.unshift(from);
	}
	// A hover names what is under the cursor, as a language server does: on `event` in
	// `github.event.pull_request`, the whole path, its tail from `event` on, or `event`, never
	// the `github.event` that stops short of the rest.
	const lastEnd = ends[ends.length - 1];
	const segmentEnd = ends.find((e) => character < e) ?? lastEnd;
	const segmentStart = starts.filter((st) => st <= character && !(sigil && st === from && starts.length > 1 && starts[1] <= character)).pop();
	const out: Candidate[] = [];
	for (const s of starts) {
		for (const e of ends) {
			const covers = s <= character && character < e + (e === lastEnd ? 1 : 0) && s < e;
			const named = e === lastEnd || (e === segmentEnd && (s === segmentStart || (sigil !== null && s === from && segmentStart === from + sigil[0].length)));
			if (covers && named) {
				out.push({ text: line.slice(s, e), start: s, end: e });
			}
		}
	}
	return out.sort((a, b) => b.end - b.start - (a.end - a.start));
}
