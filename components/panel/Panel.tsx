import { useEffect, useRef, useState } from 'preact/hooks';
import { panelToggleTitle, readToggleShortcut } from '@/utils/shortcut';
import { ChecklistArea } from './ChecklistArea';
import type { PanelModel } from './model';

// The docked panel: header with the persistent toolbar, the pitch or the checklist, the outcome bar, a live status.
// Collapsed, it is a small tab at the right edge.

export interface PanelProps {
  model: PanelModel;
  /** Always-present tools (<CaptureButton>). */
  toolbar: preact.ComponentChildren;
  /** The checklist (<ChecklistView>). */
  checklist: preact.ComponentChildren;
  /** Issuance pages: the memo's conversation (<PitchView>) and the outcome bar; absent from the МАИС bundle. */
  pitch?: preact.ComponentChildren;
  outcomes?: preact.ComponentChildren;
}

export function Panel({ model, toolbar, checklist, pitch, outcomes }: PanelProps) {
  const collapsed = model.collapsed.value;
  const { kind } = model.config;
  const tabRef = useRef<HTMLButtonElement>(null);
  const collapseRef = useRef<HTMLButtonElement>(null);
  // Set when the clerk toggles from inside the panel, so focus follows to the control that replaces the pressed one.
  const moveFocus = useRef(false);
  const collapseTitle = useToggleTitle();

  useEffect(() => {
    if (!moveFocus.current) return;
    moveFocus.current = false;
    (collapsed ? tabRef : collapseRef).current?.focus();
  }, [collapsed]);

  // A new step or view starts at its top, not at the previous step's scroll position.
  const bodyRef = useRef<HTMLDivElement>(null);
  const { step } = model.flow.value;
  const view = model.view.value;
  const place = `${view}/${step}`;
  const shownPlace = useRef(place);
  useEffect(() => {
    if (shownPlace.current === place) return;
    shownPlace.current = place;
    if (bodyRef.current) bodyRef.current.scrollTop = 0;
  });

  const toggleFromPanel = (value: boolean) => {
    moveFocus.current = true;
    model.setCollapsed(value);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || collapsed) return;
    event.stopPropagation();
    toggleFromPanel(true);
  };

  if (collapsed) {
    // The toolbar stays on the page while collapsed: capture must be reachable on every configured page.
    return (
      <div class="kp-root" data-collapsed="true" data-kind={kind}>
        <div class="kp-tab">
          <button
            ref={tabRef}
            type="button"
            class="kp-tab__expand"
            data-action="collapse"
            aria-expanded="false"
            aria-label="Развернуть панель «Карта жителя НСО»"
            title="Развернуть панель «Карта жителя НСО»"
            onClick={() => toggleFromPanel(false)}
          >
            <span aria-hidden="true">Карта жителя</span>
          </button>
          <div class="kp-toolbar kp-toolbar--tab" role="toolbar" aria-label="Инструменты">
            {toolbar}
          </div>
        </div>
      </div>
    );
  }

  const gateNotice = model.gateNotice.value;
  const status = model.status.value;
  return (
    <div class="kp-root" data-collapsed="false" data-kind={kind} data-view={view}>
      <aside class="kp-panel" aria-labelledby="kp-title" onKeyDown={onKeyDown}>
        <header class="kp-header">
          <h2 id="kp-title" class="kp-header__title">
            Карта жителя НСО
          </h2>
          <button
            ref={collapseRef}
            type="button"
            class="kp-header__collapse"
            data-action="collapse"
            aria-expanded="true"
            aria-label="Свернуть панель"
            title={collapseTitle}
            onClick={() => toggleFromPanel(true)}
          >
            <span aria-hidden="true">⟩</span>
          </button>
        </header>
        <div class="kp-toolbar" role="toolbar" aria-label="Инструменты">
          {toolbar}
        </div>
        <div class="kp-live" role="status" aria-live="polite">
          {gateNotice ? (
            <p class="kp-gate" data-gate-notice="">
              {gateNotice}
            </p>
          ) : null}
          {status.text ? (
            <p
              class={status.visible ? 'kp-status' : 'kp-sr-only'}
              data-panel-status={status.visible ? 'shown' : 'spoken'}
            >
              {status.text}
            </p>
          ) : null}
        </div>
        <div class="kp-body" ref={bodyRef}>
          {view === 'checklist' ? <ChecklistArea model={model} checklist={checklist} /> : pitch}
        </div>
        {outcomes}
      </aside>
    </div>
  );
}

/** The collapse tooltip names the browser's current shortcut (the clerk or IT may have changed it). */
function useToggleTitle(): string {
  const [title, setTitle] = useState(panelToggleTitle(null));
  useEffect(() => {
    let live = true;
    void readToggleShortcut().then((shortcut) => {
      if (live) setTitle(panelToggleTitle(shortcut));
    });
    return () => {
      live = false;
    };
  }, []);
  return title;
}
