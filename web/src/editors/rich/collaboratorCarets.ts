// Others' carets and selections in their colour, with their name on the caret. A small extension
// around y-tiptap's cursor plugin, so the awareness `user` field stays the one the page sets for
// every document kind (src/collab/user.ts).
import { Extension } from '@tiptap/core';
import { yCursorPlugin } from '@tiptap/y-tiptap';
import type { Awareness } from 'y-protocols/awareness';

interface CaretUser {
  name?: string;
  color?: string;
  colorLight?: string;
}

const safeColor = (color: unknown, fallback: string) =>
  typeof color === 'string' && /^#[0-9a-fA-F]{6,8}$/.test(color) ? color : fallback;

function caret(user: CaretUser): HTMLElement {
  const color = safeColor(user.color, '#60646c');
  const element = document.createElement('span');
  element.className = 'collab-caret';
  element.style.borderColor = color;
  const label = document.createElement('span');
  label.className = 'collab-caret-label';
  label.style.backgroundColor = color;
  label.textContent = user.name ?? 'Someone';
  element.append(label);
  return element;
}

export const CollaboratorCarets = Extension.create<{ awareness: Awareness | null }>({
  name: 'collaboratorCarets',
  addOptions() {
    return { awareness: null };
  },
  addProseMirrorPlugins() {
    if (!this.options.awareness) return [];
    return [
      yCursorPlugin(this.options.awareness, {
        cursorBuilder: (user: CaretUser) => caret(user),
        selectionBuilder: (user: CaretUser) => ({
          style: `background-color: ${safeColor(user.colorLight, '#60646c33')}`,
          class: 'collab-selection',
        }),
      }),
    ];
  },
});
