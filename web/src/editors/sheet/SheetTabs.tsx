import { useState, type KeyboardEvent } from 'react';

export interface SheetTabsProps {
  names: string[];
  active: number;
  readOnly: boolean;
  onSelect: (index: number) => void;
  onAdd: () => void;
  /** Renames a sheet; returns why the name was refused, or null. */
  onRename: (index: number, name: string) => string | null;
  onDelete: (index: number) => void;
}

/** The sheets of the workbook, as tabs under the grid: click to open, double-click to rename. */
export function SheetTabs({ names, active, readOnly, onSelect, onAdd, onRename, onDelete }: SheetTabsProps) {
  const [renaming, setRenaming] = useState<{ index: number; name: string } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const finish = () => {
    if (!renaming) return;
    const refused = onRename(renaming.index, renaming.name);
    setProblem(refused);
    if (!refused) setRenaming(null);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') finish();
    if (event.key === 'Escape') {
      setRenaming(null);
      setProblem(null);
    }
  };

  return (
    <div className="sheet-tabs" role="tablist">
      {names.map((name, index) =>
        renaming?.index === index ? (
          <input
            key={`${index}:${name}`}
            className="sheet-tab-name"
            aria-label="Sheet name"
            autoFocus
            value={renaming.name}
            onChange={(event) => setRenaming({ index, name: event.target.value })}
            onKeyDown={onKeyDown}
            onBlur={finish}
          />
        ) : (
          <button
            key={`${index}:${name}`}
            role="tab"
            aria-selected={index === active}
            className={index === active ? 'active' : ''}
            onClick={() => onSelect(index)}
            onDoubleClick={() => !readOnly && setRenaming({ index, name })}
            title={readOnly ? name : 'Double-click to rename'}
          >
            {name}
          </button>
        ),
      )}
      {!readOnly && (
        <>
          <button className="add-sheet" onClick={onAdd} aria-label="Add sheet" title="Add sheet">
            +
          </button>
          {names.length > 1 && (
            <button className="quiet" onClick={() => onDelete(active)} title="Delete this sheet">
              Delete sheet
            </button>
          )}
        </>
      )}
      {problem && (
        <span className="sheet-tab-problem" role="alert">
          {problem}
        </span>
      )}
    </div>
  );
}
