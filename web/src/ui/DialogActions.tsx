export interface DialogActionsProps {
  submitLabel: string;
  submitDisabled?: boolean;
  closeLabel?: string;
  onClose: () => void;
}

/** The buttons at the foot of a dialog's form: close, then the form's own action. */
export function DialogActions({ submitLabel, submitDisabled = false, closeLabel = 'Cancel', onClose }: DialogActionsProps) {
  return (
    <footer className="dialog-footer">
      <span className="spacer" />
      <button type="button" onClick={onClose}>
        {closeLabel}
      </button>
      <button type="submit" className="primary" disabled={submitDisabled}>
        {submitLabel}
      </button>
    </footer>
  );
}
