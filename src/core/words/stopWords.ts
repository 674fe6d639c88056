/**
 * English function words: they carry no topic, inflate the index, and make a question-like
 * query ("how much disk space does a table use") match every note. Only plain words are
 * dropped; a stop word inside an identifier (`ListOfValues`, `--is-ancestor`) keeps the whole.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
	(
		'a about above after again against all am an and any are as at be because been before being below ' +
		'between both but by can could did do does doing down during each few for from further had has have ' +
		'having he her here hers herself him himself his how i if in into is it its itself just me more most ' +
		'my myself no nor not now of off on once only or other our ours ourselves out over own same she should ' +
		'so some such than that the their theirs them themselves then there these they this those through to ' +
		'too under until up very was we were what when where which while who whom why will with would you your ' +
		'yours yourself yourselves also get got via let lets whether ' +
		// what is left of contractions once the apostrophe splits them (`isn't` → `isn`, `t`)
		'isn aren wasn weren don doesn didn won wouldn shouldn couldn haven hasn hadn ve ll re'
	).split(' '),
);
