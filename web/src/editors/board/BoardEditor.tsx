import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  CaptureUpdateAction,
  Excalidraw,
  exportToBlob,
  exportToSvg,
  getVisibleSceneBounds,
  serializeAsJSON,
  zoomToFitBounds,
} from '@excalidraw/excalidraw';
import type { AppState, BinaryFiles, ExcalidrawImperativeAPI } from '@excalidraw/excalidraw/types';
import '@excalidraw/excalidraw/index.css';
import type { Awareness } from 'y-protocols/awareness';
import { boardElements, boardFiles } from '../../collab/schema';
import type { EditorProps } from '../editorProps';
import { BoardFileSync } from './boardFiles';
import { collaboratorsOf, viewportOf, type BoardPresence } from './collaborators';
import { pushLocal, sceneFrom, type SceneElement } from './sceneSync';

/** Excalidraw's element type, as far as the binding is concerned. */
type Element = SceneElement & { type: string; fileId?: string | null; text?: string };

/** Awareness changes (pointer moves) are sent at most this often. */
const PRESENCE_INTERVAL_MS = 50;

/** Shows the part of the board another person looks at; false when they published none. */
function showViewportOf(excalidraw: ExcalidrawImperativeAPI, awareness: Awareness, clientId: number): boolean {
  const bounds = viewportOf(awareness, clientId);
  if (!bounds) return false;
  const { appState } = zoomToFitBounds({ bounds, appState: excalidraw.getAppState(), fitToViewport: true, viewportZoomFactor: 1 });
  excalidraw.updateScene({ appState: { scrollX: appState.scrollX, scrollY: appState.scrollY, zoom: appState.zoom } });
  return true;
}

/** The whiteboard: Excalidraw bound to the document's `elements` and `files` maps
 *  (docs/SCHEMA.md), with others' pointers, selections and viewports from awareness. */
export function BoardEditor({ docId, provider, readOnly, onReady }: EditorProps) {
  const [excalidraw, setExcalidraw] = useState<ExcalidrawImperativeAPI | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  /** Elements on the board (not deleted), for people and tests reading the page. */
  const [count, setCount] = useState(0);
  /** Images loaded into the editor. */
  const [images, setImages] = useState(0);
  const elements = useMemo(() => boardElements<Element>(provider.doc), [provider]);
  const files = useMemo(() => new BoardFileSync(docId, boardFiles(provider.doc), setProblem), [docId, provider]);
  /** Marks the transactions this editor writes, so it does not apply its own changes twice. */
  const origin = useRef(Symbol('board'));
  const presence = useRef<BoardPresence>({});
  const presenceTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const following = useRef<number | null>(null);
  /** Excalidraw replaces its scene once while it initialises; the document is applied after. */
  const initialised = useRef(false);
  const applyDocument = useRef<() => void>(() => {});

  const publishPresence = useCallback(
    (patch: BoardPresence) => {
      presence.current = { ...presence.current, ...patch };
      if (presenceTimer.current) return;
      presenceTimer.current = setTimeout(() => {
        presenceTimer.current = null;
        provider.awareness.setLocalStateField('board', presence.current);
      }, PRESENCE_INTERVAL_MS);
    },
    [provider],
  );
  useEffect(() => () => clearTimeout(presenceTimer.current ?? undefined), []);

  const loadImages = useCallback(
    async (api: ExcalidrawImperativeAPI) => {
      const needed = api
        .getSceneElements()
        .map((e) => (e as unknown as Element).fileId)
        .filter((id): id is string => typeof id === 'string');
      const fetched = await files.fetchMissing(needed, api.getFiles());
      if (fetched.length > 0) api.addFiles(fetched);
      setImages(Object.keys(api.getFiles()).length);
    },
    [files],
  );

  // The document into the editor: at the start, and after every change someone else made.
  useEffect(() => {
    if (!excalidraw) return;
    const apply = () => {
      const local = excalidraw.getSceneElementsIncludingDeleted() as unknown as Element[];
      excalidraw.updateScene({
        elements: sceneFrom(elements, local) as never,
        // Others' changes are not in this person's undo history.
        captureUpdate: CaptureUpdateAction.NEVER,
      });
      loadImages(excalidraw);
    };
    applyDocument.current = apply;
    if (initialised.current) apply();
    const onRemote = (event: { transaction: { origin: unknown } }) => {
      if (event.transaction.origin !== origin.current) apply();
    };
    elements.observe(onRemote);
    const onFiles = () => loadImages(excalidraw);
    boardFiles(provider.doc).observe(onFiles);
    return () => {
      elements.unobserve(onRemote);
      boardFiles(provider.doc).unobserve(onFiles);
    };
  }, [excalidraw, elements, loadImages, provider]);

  // Others' pointers and selections; the followed person's viewport.
  useEffect(() => {
    if (!excalidraw) return;
    const update = (changes: { added: number[]; updated: number[]; removed: number[] }) => {
      // Redrawing the board is costly when it is large: not for this browser's own presence.
      const own = provider.awareness.clientID;
      if ([...changes.added, ...changes.updated, ...changes.removed].every((id) => id === own)) return;
      excalidraw.updateScene({ collaborators: collaboratorsOf(provider.awareness) });
      if (following.current !== null) showViewportOf(excalidraw, provider.awareness, following.current);
    };
    excalidraw.updateScene({ collaborators: collaboratorsOf(provider.awareness) });
    provider.awareness.on('change', update);
    return () => provider.awareness.off('change', update);
  }, [excalidraw, provider]);

  useEffect(() => {
    if (!excalidraw) return;
    const selected = () => {
      const ids = Object.keys(excalidraw.getAppState().selectedElementIds);
      return ids.length > 0 ? ids[0] : null;
    };
    onReady({
      commentTarget() {
        const id = selected();
        const element = id ? (excalidraw.getSceneElements().find((e) => e.id === id) as unknown as Element | undefined) : undefined;
        return element ? { anchor: { elementId: element.id }, quote: element.text || `${element.type} on the board` } : null;
      },
      revealAnchor(anchor) {
        const id = (anchor as { elementId?: unknown } | null)?.elementId;
        const element = excalidraw.getSceneElements().find((e) => e.id === id);
        if (!element) return false;
        excalidraw.scrollToContent(element, { fitToViewport: false, animate: true });
        return true;
      },
      revealCollaborator: (clientId) => showViewportOf(excalidraw, provider.awareness, clientId),
      exports: [
        {
          label: 'Excalidraw file (.excalidraw)',
          extension: 'excalidraw',
          mimeType: 'application/json',
          contents: () => serializeAsJSON(excalidraw.getSceneElements(), excalidraw.getAppState(), excalidraw.getFiles(), 'local'),
        },
        {
          label: 'PNG image (.png)',
          extension: 'png',
          mimeType: 'image/png',
          contents: () =>
            exportToBlob({ elements: excalidraw.getSceneElements(), appState: excalidraw.getAppState(), files: excalidraw.getFiles(), mimeType: 'image/png' }),
        },
        {
          label: 'SVG image (.svg)',
          extension: 'svg',
          mimeType: 'image/svg+xml',
          contents: async () =>
            (await exportToSvg({ elements: excalidraw.getSceneElements(), appState: excalidraw.getAppState(), files: excalidraw.getFiles() })).outerHTML,
        },
      ],
    });
    return () => onReady(null);
  }, [excalidraw, onReady, provider]);

  const onChange = (scene: readonly unknown[], appState: AppState, local: BinaryFiles) => {
    if (appState.isLoading) return;
    if (!initialised.current) {
      initialised.current = true;
      return applyDocument.current();
    }
    setCount((scene as Element[]).filter((e) => !e.isDeleted).length);
    setImages(Object.keys(local).length);
    if (!readOnly) {
      pushLocal(elements, scene as Element[], origin.current);
      files.upload(local);
    }
    const bounds = getVisibleSceneBounds(appState);
    const selectedElementIds = appState.selectedElementIds as Record<string, true>;
    const previous = presence.current;
    const sameSelection = JSON.stringify(previous.selectedElementIds ?? {}) === JSON.stringify(selectedElementIds);
    const sameViewport = previous.viewport?.every((v, i) => Math.abs(v - bounds[i]) < 0.5);
    if (!sameSelection || !sameViewport) publishPresence({ selectedElementIds, viewport: [...bounds] as BoardPresence['viewport'] });
  };

  return (
    <div className="board-editor" data-testid="editor" data-readonly={readOnly} data-elements={count} data-images={images}>
      {problem && (
        <p className="error board-problem" role="alert">
          {problem}
        </p>
      )}
      <Excalidraw
        excalidrawAPI={setExcalidraw}
        onChange={onChange}
        onPointerUpdate={({ pointer, button }) => publishPresence({ pointer, button })}
        onUserFollow={({ userToFollow, action }) => {
          following.current = action === 'FOLLOW' ? Number(userToFollow.socketId) : null;
        }}
        isCollaborating
        viewModeEnabled={readOnly}
        // Opening a file would merge it into this board; importing makes a new board instead.
        UIOptions={{ canvasActions: { loadScene: false } }}
      />
    </div>
  );
}
