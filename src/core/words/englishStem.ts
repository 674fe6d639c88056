/**
 * A light English stemmer: Porter's step 1 only (plurals, `-ed`, `-ing`, final `-y`).
 * Full Porter also strips derivational suffixes, which conflates words a note search must keep
 * apart (`containers` and `contains` both become `contain`); inflections are what differ between
 * a question and the note that answers it (`committed` / `commit`, `containers` / `container`).
 * Algorithm: M. F. Porter, "An algorithm for suffix stripping", 1980, step 1.
 */
export function stemEnglish(word: string): string {
	if (word.length <= 2) {
		return word;
	}
	let w = word;
	// Step 1a: plurals.
	if (w.endsWith('sses')) {
		w = w.slice(0, -2);
	} else if (w.endsWith('ies')) {
		w = w.slice(0, -2);
	} else if (!w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is') && w.endsWith('s')) {
		w = w.slice(0, -1);
	}
	// Step 1b: -eed, -ed, -ing.
	let restore = false;
	if (w.endsWith('eed')) {
		if (measure(w.slice(0, -3)) > 0) {
			w = w.slice(0, -1);
		}
	} else if (w.endsWith('ed') && hasVowel(w.slice(0, -2))) {
		w = w.slice(0, -2);
		restore = true;
	} else if (w.endsWith('ing') && hasVowel(w.slice(0, -3))) {
		w = w.slice(0, -3);
		restore = true;
	}
	if (restore) {
		if (w.endsWith('at') || w.endsWith('bl') || w.endsWith('iz')) {
			w += 'e';
		} else if (endsWithDoubleConsonant(w) && !/[lsz]$/.test(w)) {
			w = w.slice(0, -1);
		} else if (measure(w) === 1 && endsCvc(w)) {
			w += 'e';
		}
	}
	// Step 1c: final y after a vowel-containing stem.
	if (w.endsWith('y') && hasVowel(w.slice(0, -1))) {
		w = w.slice(0, -1) + 'i';
	}
	return w;
}

function isConsonant(w: string, i: number): boolean {
	const c = w[i];
	if ('aeiou'.includes(c)) {
		return false;
	}
	return c === 'y' ? i === 0 || !isConsonant(w, i - 1) : true;
}

function hasVowel(w: string): boolean {
	for (let i = 0; i < w.length; i++) {
		if (!isConsonant(w, i)) {
			return true;
		}
	}
	return false;
}

/** Porter's m: the number of vowel-consonant sequences. */
function measure(w: string): number {
	let m = 0;
	let i = 0;
	while (i < w.length && isConsonant(w, i)) {
		i++;
	}
	while (i < w.length) {
		while (i < w.length && !isConsonant(w, i)) {
			i++;
		}
		if (i >= w.length) {
			break;
		}
		m++;
		while (i < w.length && isConsonant(w, i)) {
			i++;
		}
	}
	return m;
}

function endsWithDoubleConsonant(w: string): boolean {
	const n = w.length;
	return n >= 2 && w[n - 1] === w[n - 2] && isConsonant(w, n - 1);
}

function endsCvc(w: string): boolean {
	const n = w.length;
	return n >= 3 && isConsonant(w, n - 3) && !isConsonant(w, n - 2) && isConsonant(w, n - 1) && !/[wxy]$/.test(w);
}
