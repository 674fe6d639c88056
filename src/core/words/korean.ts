/**
 * Korean words carry particles and endings (`인코딩은`, `설정값이`, `파일을`, `사용한다`).
 * Stripping the longest known suffix, while keeping at least two syllables, maps a word and
 * its inflected forms to one term. It is applied to notes and queries alike, so an
 * over-eager strip (`고양이` → `고양`) still matches itself; the two-syllable floor keeps
 * short nouns (`포도`, `바다`) whole.
 */
const SUFFIXES = [
	// endings of verbs and adjectives
	'해야합니다',
	'하였습니다',
	'해야한다',
	'했습니다',
	'되었다',
	'하였다',
	'합니다',
	'됩니다',
	'입니다',
	'습니다',
	'하는데',
	'이라고',
	'해야',
	'하는',
	'되는',
	'하면',
	'되면',
	'해서',
	'되어',
	'하여',
	'하고',
	'되고',
	'하며',
	'되며',
	'하지',
	'되지',
	'한다',
	'된다',
	'했다',
	'됐다',
	'하다',
	'되다',
	'있다',
	'없다',
	'이다',
	'있는',
	'없는',
	'이며',
	'이고',
	'이나',
	'이라',
	'라고',
	'한',
	'할',
	'함',
	'된',
	'될',
	'됨',
	'다',
	// particles
	'에서는',
	'에게서',
	'으로는',
	'으로도',
	'으로',
	'에서',
	'에게',
	'까지',
	'부터',
	'보다',
	'처럼',
	'에는',
	'에도',
	'로는',
	'로도',
	'와는',
	'과는',
	'이랑',
	'한테',
	'은',
	'는',
	'이',
	'가',
	'을',
	'를',
	'의',
	'에',
	'로',
	'와',
	'과',
	'도',
	'만',
	'나',
	'랑',
	'께',
	'요',
].sort((a, b) => b.length - a.length);

/** A particle or ending written apart from its word (`pipeline으로`) says nothing alone. */
const FUNCTION_WORDS = new Set(SUFFIXES);

export function stemKorean(word: string): string | undefined {
	if (FUNCTION_WORDS.has(word)) {
		return undefined;
	}
	let stem = word;
	for (const suffix of SUFFIXES) {
		if (stem.length - suffix.length >= 2 && stem.endsWith(suffix)) {
			stem = stem.slice(0, -suffix.length);
			break;
		}
	}
	// Plural `들` sits before the particle (`값들을`); drop it only when a real noun remains.
	if (stem.length >= 3 && stem.endsWith('들')) {
		stem = stem.slice(0, -1);
	}
	return stem;
}
