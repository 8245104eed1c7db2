// The languages the code editor offers; grammars load on demand from @codemirror/language-data.
import { LanguageDescription } from '@codemirror/language';
import { languages } from '@codemirror/language-data';

export const PLAIN_TEXT = 'Plain text';

/** Names as @codemirror/language-data spells them, in the order the picker shows them, with the
 *  extension a downloaded file gets (language-data lists several, not the usual one first). */
const OFFERED: [string, string][] = [
  ['JavaScript', 'js'], ['TypeScript', 'ts'], ['JSX', 'jsx'], ['TSX', 'tsx'], ['Python', 'py'], ['Rust', 'rs'],
  ['Go', 'go'], ['SQL', 'sql'], ['HTML', 'html'], ['CSS', 'css'], ['JSON', 'json'], ['Markdown', 'md'],
  ['YAML', 'yaml'], ['TOML', 'toml'], ['Java', 'java'], ['C', 'c'], ['C++', 'cpp'], ['C#', 'cs'], ['Kotlin', 'kt'],
  ['Swift', 'swift'], ['PHP', 'php'], ['Ruby', 'rb'], ['Shell', 'sh'], ['XML', 'xml'],
];

export const offeredLanguages: LanguageDescription[] = OFFERED.map(([name]) => {
  const found = LanguageDescription.matchLanguageName(languages, name, false);
  if (!found) throw new Error(`@codemirror/language-data has no language named ${name}`);
  return found;
});

export function findLanguage(name: unknown): LanguageDescription | null {
  return offeredLanguages.find((language) => language.name === name) ?? null;
}

/** The file name extension for downloads; `txt` for plain text. */
export function fileExtension(name: unknown): string {
  return OFFERED.find(([offered]) => offered === name)?.[1] ?? 'txt';
}
