import { tokenGroups, type TokenGroup } from '../words/tokenizer';

/**
 * What a user types into search, read the way search boxes usually read it:
 * words (all must match, falling back to any), `"quoted phrases"`, `topic:name` and
 * `date:2020-01` (a day, month or year prefix of the ISO date).
 */
export interface ParsedQuery {
	groups: TokenGroup[];
	/** Lowercased phrases that must appear verbatim in the note's title or body. */
	phrases: string[];
	topic?: string;
	datePrefix?: string;
	/** True when the query ends inside a word, so its last word is still being typed. */
	lastIsPartial: boolean;
}

const FILTER = /(?:^|\s)(topic|date):(?:"([^"]*)"|(\S+))/gi;
const PHRASE = /"([^"]+)"/g;

export function parseQuery(input: string): ParsedQuery {
	let topic: string | undefined;
	let datePrefix: string | undefined;
	let rest = input.replace(FILTER, (_all, key: string, quoted?: string, bare?: string) => {
		const value = (quoted ?? bare ?? '').trim();
		if (key.toLowerCase() === 'topic') {
			topic = value.toLowerCase();
		} else {
			datePrefix = value.replace(/[./]/g, '-');
		}
		return ' ';
	});
	const phrases: string[] = [];
	rest = rest.replace(PHRASE, (_all, phrase: string) => {
		phrases.push(phrase.toLowerCase().replace(/\s+/g, ' ').trim());
		return ` ${phrase} `;
	});
	const unclosedQuote = (rest.match(/"/g)?.length ?? 0) % 2 === 1;
	rest = rest.replace(/"/g, ' ');
	return {
		groups: tokenGroups(rest),
		phrases: phrases.filter(Boolean),
		topic: topic || undefined,
		datePrefix: datePrefix || undefined,
		lastIsPartial: !unclosedQuote && /[^\s"]$/.test(input) && !/"\s*$/.test(input),
	};
}
