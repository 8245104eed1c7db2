import { useEffect, useState } from 'react';

/** Copies `text` to the clipboard and says so for a moment. */
export function CopyButton({ text, label = 'Copy', testId }: { text: string; label?: string; testId?: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 2000);
    return () => clearTimeout(timer);
  }, [state]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      // Clipboard access needs a secure context (https or localhost) and permission.
      setState('failed');
    }
  };
  return (
    <button type="button" onClick={copy} data-testid={testId}>
      {state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed: select and copy it' : label}
    </button>
  );
}
