import { offeredLanguages, PLAIN_TEXT } from './languages';

/** The document's language, shared by everyone in it. */
export function LanguagePicker({ value, disabled, onChange }: { value: string; disabled: boolean; onChange: (name: string) => void }) {
  return (
    <div className="code-bar">
      <label className="language-picker">
        <span className="muted">Language</span>
        <select data-testid="language" value={value} disabled={disabled} onChange={(e) => onChange(e.target.value)}>
          <option value={PLAIN_TEXT}>{PLAIN_TEXT}</option>
          {offeredLanguages.map((language) => (
            <option key={language.name} value={language.name}>
              {language.name}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
