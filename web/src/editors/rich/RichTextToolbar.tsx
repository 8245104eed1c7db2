import { useEditorState, type Editor } from '@tiptap/react';
import { useRef, type ReactNode } from 'react';

type Block = 'paragraph' | 'h1' | 'h2' | 'h3';

function Tool({ label, title, active, onClick, children }: { label: string; title: string; active?: boolean; onClick: () => void; children: ReactNode }) {
  return (
    <button
      type="button"
      className={active ? 'tool tool-active' : 'tool'}
      aria-label={label}
      aria-pressed={active}
      title={title}
      // Keep the editor's selection: a click on the toolbar must not move the focus away first.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
    >
      {children}
    </button>
  );
}

/** Formatting buttons with their shortcuts in the tooltip; Markdown shortcuts (`# `, `- `, `**`)
 *  work while typing as well. */
export function RichTextToolbar({ editor, onImages }: { editor: Editor; onImages: (files: File[]) => void }) {
  const imageInput = useRef<HTMLInputElement>(null);
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      block: (e.isActive('heading', { level: 1 }) ? 'h1' : e.isActive('heading', { level: 2 }) ? 'h2' : e.isActive('heading', { level: 3 }) ? 'h3' : 'paragraph') as Block,
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      underline: e.isActive('underline'),
      strike: e.isActive('strike'),
      code: e.isActive('code'),
      link: e.isActive('link'),
      bulletList: e.isActive('bulletList'),
      orderedList: e.isActive('orderedList'),
      taskList: e.isActive('taskList'),
      blockquote: e.isActive('blockquote'),
      codeBlock: e.isActive('codeBlock'),
      table: e.isActive('table'),
    }),
  });
  const chain = () => editor.chain().focus();
  const setBlock = (block: Block) => {
    if (block === 'paragraph') chain().setParagraph().run();
    else chain().toggleHeading({ level: Number(block[1]) as 1 | 2 | 3 }).run();
  };
  const editLink = () => {
    const previous = editor.getAttributes('link').href as string | undefined;
    const href = window.prompt('Link address (empty to remove)', previous ?? 'https://');
    if (href === null) return;
    if (href.trim() === '') chain().extendMarkRange('link').unsetLink().run();
    else chain().extendMarkRange('link').setLink({ href: href.trim() }).run();
  };
  return (
    <div className="rich-toolbar" role="toolbar" aria-label="Formatting">
      <select aria-label="Text style" value={state.block} onChange={(e) => setBlock(e.target.value as Block)}>
        <option value="paragraph">Normal text</option>
        <option value="h1">Heading 1</option>
        <option value="h2">Heading 2</option>
        <option value="h3">Heading 3</option>
      </select>
      <Tool label="Bold" title="Bold (Ctrl+B)" active={state.bold} onClick={() => chain().toggleBold().run()}>
        <b>B</b>
      </Tool>
      <Tool label="Italic" title="Italic (Ctrl+I)" active={state.italic} onClick={() => chain().toggleItalic().run()}>
        <i>I</i>
      </Tool>
      <Tool label="Underline" title="Underline (Ctrl+U)" active={state.underline} onClick={() => chain().toggleUnderline().run()}>
        <u>U</u>
      </Tool>
      <Tool label="Strikethrough" title="Strikethrough (Ctrl+Shift+S)" active={state.strike} onClick={() => chain().toggleStrike().run()}>
        <s>S</s>
      </Tool>
      <Tool label="Inline code" title="Inline code (Ctrl+E)" active={state.code} onClick={() => chain().toggleCode().run()}>
        {'</>'}
      </Tool>
      <Tool label="Link" title="Link" active={state.link} onClick={editLink}>
        Link
      </Tool>
      <span className="tool-separator" />
      <Tool label="Bulleted list" title="Bulleted list (Ctrl+Shift+8)" active={state.bulletList} onClick={() => chain().toggleBulletList().run()}>
        •≡
      </Tool>
      <Tool label="Numbered list" title="Numbered list (Ctrl+Shift+7)" active={state.orderedList} onClick={() => chain().toggleOrderedList().run()}>
        1≡
      </Tool>
      <Tool label="Task list" title="Task list (Ctrl+Shift+9)" active={state.taskList} onClick={() => chain().toggleTaskList().run()}>
        ☑
      </Tool>
      <Tool label="Quote" title="Quote (Ctrl+Shift+B)" active={state.blockquote} onClick={() => chain().toggleBlockquote().run()}>
        ❝
      </Tool>
      <Tool label="Code block" title="Code block (Ctrl+Alt+C)" active={state.codeBlock} onClick={() => chain().toggleCodeBlock().run()}>
        {'{ }'}
      </Tool>
      <Tool
        label={state.table ? 'Delete table' : 'Insert table'}
        title={state.table ? 'Delete table' : 'Insert a 3×3 table'}
        active={state.table}
        onClick={() => (state.table ? chain().deleteTable().run() : chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run())}
      >
        ▦
      </Tool>
      {state.table && (
        <>
          <Tool label="Add row" title="Add a row below" onClick={() => chain().addRowAfter().run()}>
            +row
          </Tool>
          <Tool label="Add column" title="Add a column to the right" onClick={() => chain().addColumnAfter().run()}>
            +col
          </Tool>
        </>
      )}
      <Tool label="Image" title="Insert an image (or paste or drop one)" onClick={() => imageInput.current?.click()}>
        Image
      </Tool>
      <input
        ref={imageInput}
        type="file"
        accept="image/png,image/jpeg,image/gif,image/webp,image/avif"
        multiple
        hidden
        data-testid="image-file"
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          if (files.length > 0) onImages(files);
        }}
      />
      <span className="tool-separator" />
      <Tool label="Undo" title="Undo your last change (Ctrl+Z)" onClick={() => chain().undo().run()}>
        ↶
      </Tool>
      <Tool label="Redo" title="Redo (Ctrl+Shift+Z)" onClick={() => chain().redo().run()}>
        ↷
      </Tool>
    </div>
  );
}
