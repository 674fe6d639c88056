import { NoteQueue } from '../sync/noteQueue';
import type { Note } from '../note';
import { errorSignature, looksLikeError, matchStrength, messageLines, type ErrorSignature } from './errorSignature';

/** An error line a note quotes: in a code block, in inline code, or its title. */
export interface QuotedError {
	noteId: string;
	/** 0-based line of the note's file that quotes it. */
	line: number;
	text: string;
	signature: ErrorSignature;
}

export interface ErrorMatch {
	noteId: string;
	line: number;
	/** The note's quoted error line. */
	quoted: string;
	strength: number;
}

/** The quoted error lines of a note, each with the file line it stands on. */
export function quotedErrors(note: Note): { line: number; text: string }[] {
	const out: { line: number; text: string }[] = [];
	const seen = new Set<string>();
	const add = (line: number, text: string) => {
		const trimmed = text.trim().replace(/^[$>❯#]\s+/, '');
		if (looksLikeError(trimmed) && !seen.has(trimmed)) {
			seen.add(trimmed);
			out.push({ line, text: trimmed });
		}
	};
	for (const span of note.title.matchAll(/`([^`]+)`/g)) {
		add(note.line, span[1]);
	}
	if (!note.title.includes('`')) {
		add(note.line, note.title);
	}
	let inFence = false;
	note.body.split('\n').forEach((text, i) => {
		const line = note.bodyLine + i;
		if (/^\s*(```|~~~)/.test(text)) {
			inFence = !inFence;
			return;
		}
		if (inFence) {
			add(line, text);
			return;
		}
		for (const span of text.matchAll(/`([^`]+)`/g)) {
			add(line, span[1]);
		}
	});
	return out.slice(0, MAX_QUOTES_PER_NOTE);
}

/** A note is not a log file: past this many quoted errors it is not quoting, it is dumping. */
const MAX_QUOTES_PER_NOTE = 200;
const CACHE_LIMIT = 1000;
const MAX_MATCHES = 3;

/**
 * The notes' quoted errors, by their content words, kept in step with the index as an
 * observer (extracted in idle slices, like the hover keywords). {@link match} finds the notes
 * that quote a message's error strongly (see errorSignature.ts), never those that merely share
 * some words with it.
 */
export class ErrorNotes extends NoteQueue {
	private readonly byNote = new Map<string, QuotedError[]>();
	/** content word → the quotes that have it. */
	private readonly byWord = new Map<string, Set<QuotedError>>();
	private readonly cache = new Map<string, ErrorMatch[]>();

	protected override changed(): void {
		this.cache.clear();
	}

	protected take(note: Note): void {
		const quotes = quotedErrors(note).map(({ line, text }) => ({ noteId: note.id, line, text, signature: errorSignature(text) }));
		this.byNote.set(note.id, quotes);
		for (const quote of quotes) {
			for (const word of quote.signature.content) {
				let set = this.byWord.get(word);
				if (!set) {
					this.byWord.set(word, (set = new Set()));
				}
				set.add(quote);
			}
		}
	}

	protected drop(noteId: string): void {
		for (const quote of this.byNote.get(noteId) ?? []) {
			for (const word of quote.signature.content) {
				const set = this.byWord.get(word);
				set?.delete(quote);
				if (set?.size === 0) {
					this.byWord.delete(word);
				}
			}
		}
		this.byNote.delete(noteId);
	}

	protected reset(): void {
		this.byNote.clear();
		this.byWord.clear();
	}

	/** The notes that quote this message's error, strongest first (cached by message). */
	match(message: string): ErrorMatch[] {
		const cached = this.cache.get(message);
		if (cached) {
			return cached;
		}
		this.flush(Infinity);
		const best = new Map<string, ErrorMatch>();
		for (const line of messageLines(message)) {
			const signature = errorSignature(line);
			for (const quote of this.candidates(signature)) {
				const strength = matchStrength(signature, quote.signature);
				const known = best.get(quote.noteId);
				if (strength > 0 && (!known || strength > known.strength)) {
					best.set(quote.noteId, { noteId: quote.noteId, line: quote.line, quoted: quote.text, strength });
				}
			}
		}
		const matches = [...best.values()].sort((a, b) => b.strength - a.strength).slice(0, MAX_MATCHES);
		if (this.cache.size >= CACHE_LIMIT) {
			this.cache.clear();
		}
		this.cache.set(message, matches);
		return matches;
	}

	/**
	 * Quotes that can match: any match shares at least a third of the message's content words
	 * (Dice ≥ 0.5 implies it, see matchStrength), so it has one of the rarest two thirds + 1.
	 * Only their postings are read.
	 */
	private candidates(signature: ErrorSignature): Set<QuotedError> {
		const words = signature.content.filter((w) => this.byWord.has(w)).sort((a, b) => this.byWord.get(a)!.size - this.byWord.get(b)!.size);
		const needed = signature.content.length - Math.ceil(signature.content.length / 3) + 1;
		const out = new Set<QuotedError>();
		for (const word of words.slice(0, Math.max(1, needed))) {
			for (const quote of this.byWord.get(word)!) {
				out.add(quote);
			}
		}
		return out;
	}
}
