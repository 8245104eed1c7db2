export interface ImportButtonProps {
  label: string;
  title: string;
  /** File types the picker offers, as the `accept` attribute spells them. */
  accept: string;
  testId: string;
  disabled: boolean;
  onFile: (file: File) => void;
}

/** A button that opens the file picker and hands over the chosen file. */
export function ImportButton({ label, title, accept, testId, disabled, onFile }: ImportButtonProps) {
  return (
    <label className="button" title={title}>
      {label}
      <input
        type="file"
        accept={accept}
        hidden
        data-testid={testId}
        disabled={disabled}
        onChange={(e) => {
          const file = e.target.files?.[0];
          // Cleared, so choosing the same file again imports it again.
          e.target.value = '';
          if (file) onFile(file);
        }}
      />
    </label>
  );
}
