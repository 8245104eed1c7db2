import { useState, type DragEvent, type KeyboardEvent } from 'react';

export interface SheetTab {
  name: string;
  color: string | undefined;
}

export interface SheetTabsProps {
  tabs: SheetTab[];
  active: number;
  readOnly: boolean;
  onSelect: (index: number) => void;
  onAdd: () => void;
  /** Renames a sheet; returns why the name was refused, or null. */
  onRename: (index: number, name: string) => string | null;
  onDelete: (index: number) => void;
  onDuplicate: (index: number) => void;
  /** A tab was dragged to `to` (its index among the tabs before the move). */
  onMove: (from: number, to: number) => void;
  onColor: (index: number, color: string | null) => void;
}

/** The sheets of the workbook, as tabs under the grid: click to open, double-click to rename,
 *  drag to reorder; the active sheet can be duplicated, coloured or deleted. */
export function SheetTabs({ tabs, active, readOnly, onSelect, onAdd, onRename, onDelete, onDuplicate, onMove, onColor }: SheetTabsProps) {
  const [renaming, setRenaming] = useState<{ index: number; name: string } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [dragged, setDragged] = useState<number | null>(null);

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
  const drop = (event: DragEvent, index: number) => {
    event.preventDefault();
    if (dragged !== null && dragged !== index) onMove(dragged, index);
    setDragged(null);
  };

  const activeColor = tabs[active]?.color;
  return (
    <div className="sheet-tabs" role="tablist">
      {tabs.map(({ name, color }, index) =>
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
            className={`${index === active ? 'active' : ''}${dragged === index ? ' dragging' : ''}`}
            style={color ? { boxShadow: `inset 0 -3px 0 ${color}` } : undefined}
            data-testid="sheet-tab"
            draggable={!readOnly}
            onDragStart={() => setDragged(index)}
            onDragEnd={() => setDragged(null)}
            onDragOver={(event) => dragged !== null && event.preventDefault()}
            onDrop={(event) => drop(event, index)}
            onClick={() => onSelect(index)}
            onDoubleClick={() => !readOnly && setRenaming({ index, name })}
            title={readOnly ? name : 'Double-click to rename, drag to move'}
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
          <button className="quiet" onClick={() => onDuplicate(active)} title="Duplicate this sheet" data-testid="duplicate-sheet">
            Duplicate
          </button>
          <label className="sheet-colour quiet" title="Tab colour">
            Colour
            <input
              type="color"
              aria-label="Tab colour"
              data-testid="sheet-color"
              value={activeColor ?? '#ffffff'}
              onChange={(event) => onColor(active, event.target.value)}
            />
          </label>
          {activeColor && (
            <button className="quiet" onClick={() => onColor(active, null)} title="Remove the tab colour">
              No colour
            </button>
          )}
          {tabs.length > 1 && (
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
