export interface SheetTabsProps {
  names: string[];
  active: number;
  readOnly: boolean;
  onSelect: (index: number) => void;
  onAdd: () => void;
}

/** The sheets of the workbook, as tabs under the grid. */
export function SheetTabs({ names, active, readOnly, onSelect, onAdd }: SheetTabsProps) {
  return (
    <div className="sheet-tabs" role="tablist">
      {names.map((name, index) => (
        <button
          key={`${index}:${name}`}
          role="tab"
          aria-selected={index === active}
          className={index === active ? 'active' : ''}
          onClick={() => onSelect(index)}
        >
          {name}
        </button>
      ))}
      {!readOnly && (
        <button className="add-sheet" onClick={onAdd} aria-label="Add sheet" title="Add sheet">
          +
        </button>
      )}
    </div>
  );
}
