import { afterEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createPanelSession, type PanelSession } from '@/components/panel/session';
import { createGate } from '@/utils/gate/gate';
import { createPageSpace } from '@/utils/panel/dock';
import { loadUiState, saveUiState, UI_STORAGE_KEY } from '@/utils/panel/ui-state';
import { fakeDeps, panelConfig } from './panel-helpers';

let session: PanelSession | null = null;
afterEach(() => {
  session?.dispose();
  session = null;
  document.body.innerHTML = '';
  document.documentElement.removeAttribute('style');
});

describe('page space (dock)', () => {
  test('reserves the panel width on the page and restores the previous inline value exactly', () => {
    const root = document.documentElement;
    root.style.setProperty('margin-right', '12px');
    const space = createPageSpace(document, 360);
    space.set(true);
    expect(root.style.getPropertyValue('margin-right')).toBe('360px');
    expect(root.style.getPropertyPriority('margin-right')).toBe('important');
    space.set(true);
    space.set(false);
    expect(root.style.getPropertyValue('margin-right')).toBe('12px');
    expect(root.style.getPropertyPriority('margin-right')).toBe('');
  });

  test('gives the width back while printing and takes it again afterwards', () => {
    const root = document.documentElement;
    const space = createPageSpace(document, 360);
    space.set(true);
    window.dispatchEvent(new Event('beforeprint'));
    expect(root.style.getPropertyValue('margin-right')).toBe('');
    window.dispatchEvent(new Event('afterprint'));
    expect(root.style.getPropertyValue('margin-right')).toBe('360px');
    space.dispose();
    window.dispatchEvent(new Event('afterprint'));
    expect(root.style.getPropertyValue('margin-right')).toBe('');
  });

  test('removes the property when the page had none', () => {
    const space = createPageSpace(document);
    space.set(true);
    space.dispose();
    expect(document.documentElement.getAttribute('style') ?? '').not.toContain('margin-right');
  });
});

describe('ui state (storage.local key «ui»)', () => {
  test('expanded on first use, remembers collapsed, stores nothing else', async () => {
    expect(await loadUiState()).toEqual({ collapsed: false });
    await saveUiState({ collapsed: true });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ [UI_STORAGE_KEY]: { collapsed: true } });
    expect(await loadUiState()).toEqual({ collapsed: true });
  });

  test('garbage in storage counts as first use', async () => {
    await fakeBrowser.storage.local.set({ [UI_STORAGE_KEY]: 'collapsed' });
    expect(await loadUiState()).toEqual({ collapsed: false });
  });
});

describe('panel session: model + dock + gate', () => {
  function start(overrides = {}) {
    const { deps } = fakeDeps();
    session = createPanelSession({
      config: panelConfig(overrides),
      win: window,
      doc: document,
      deps,
      createGate,
    });
    return { session, deps };
  }

  test('docking follows the collapsed state and is undone on dispose', async () => {
    const { session } = start();
    const root = document.documentElement;
    expect(root.style.getPropertyValue('margin-right')).toBe('360px');
    session.model.setCollapsed(true);
    expect(root.style.getPropertyValue('margin-right')).toBe('');
    session.model.setCollapsed(false);
    expect(root.style.getPropertyValue('margin-right')).toBe('360px');
    session.dispose();
    expect(root.style.getPropertyValue('margin-right')).toBe('');
  });

  test('the issue control is held until an outcome, then the page handler runs once', async () => {
    document.body.innerHTML = '<button id="issue">Оформить социальную карту</button>';
    const handler = vi.fn();
    document.getElementById('issue')!.addEventListener('click', handler);
    const { session } = start();
    session.model.setCollapsed(true);
    document.getElementById('issue')!.click();
    expect(handler).not.toHaveBeenCalled();
    expect(session.model.collapsed.value).toBe(false);
    expect(session.model.gateNotice.value).not.toBeNull();
    await session.model.record('refused');
    expect(handler).toHaveBeenCalledTimes(1);
    session.model.newVisitor();
    document.getElementById('issue')!.click();
    expect(handler).toHaveBeenCalledTimes(1);
  });

  test.each(['accepted', 'leaflet', 'mais'] as const)(
    'outcome «%s» opens the gate without issuing the plastic card; a new click goes through',
    async (outcome) => {
      document.body.innerHTML = '<button id="issue">Оформить социальную карту</button>';
      const handler = vi.fn();
      document.getElementById('issue')!.addEventListener('click', handler);
      const { session } = start();
      document.getElementById('issue')!.click();
      await session.model.record(outcome);
      expect(handler).not.toHaveBeenCalled();
      expect(session.gate?.state).toBe('open');
      expect(session.model.status.value).toMatchObject({ visible: true });
      expect(session.model.status.value.text).toContain('Пластиковая карта не оформлялась');
      document.getElementById('issue')!.click();
      expect(handler).toHaveBeenCalledTimes(1);
    },
  );

  test('no gate when the setting is off or on МАИС pages', () => {
    document.body.innerHTML = '<button id="issue">Оформить социальную карту</button>';
    const handler = vi.fn();
    document.getElementById('issue')!.addEventListener('click', handler);
    expect(start({ gateEnabled: false }).session.gate).toBeNull();
    session?.dispose();
    expect(start({ kind: 'mais' }).session.gate).toBeNull();
    document.getElementById('issue')!.click();
    expect(handler).toHaveBeenCalledTimes(1);
  });

  test('the site issueSelector reaches the gate', () => {
    document.body.innerHTML = '<button id="next">Далее</button>';
    const handler = vi.fn();
    document.getElementById('next')!.addEventListener('click', handler);
    start({ site: { kind: 'issuance', match: 'http://127.0.0.1/*', issueSelector: '#next' } });
    document.getElementById('next')!.click();
    expect(handler).not.toHaveBeenCalled();
  });
});
