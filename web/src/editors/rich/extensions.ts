// The rich-text schema and behaviour shared by the live editor and the read-only version preview,
// so both render a document the same way.
import type { Extensions } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import CodeBlockLowlight from '@tiptap/extension-code-block-lowlight';
import Image from '@tiptap/extension-image';
import { TableKit } from '@tiptap/extension-table';
import { TaskItem, TaskList } from '@tiptap/extension-list';
import { CharacterCount, Placeholder } from '@tiptap/extensions';
import { Markdown } from '@tiptap/markdown';
import { common, createLowlight } from 'lowlight';

const lowlight = createLowlight(common);

export function richTextExtensions({ collaborative }: { collaborative: boolean }): Extensions {
  return [
    StarterKit.configure({
      // Yjs keeps the history when collaborating (only one's own edits are undone).
      undoRedo: collaborative ? false : undefined,
      codeBlock: false,
      link: { openOnClick: false, autolink: true, defaultProtocol: 'https' },
    }),
    CodeBlockLowlight.configure({ lowlight }),
    Image.configure({ inline: false }),
    TableKit.configure({ table: { resizable: true } }),
    TaskList,
    TaskItem.configure({ nested: true }),
    CharacterCount,
    Placeholder.configure({ placeholder: 'Start writing…' }),
    Markdown,
  ];
}
