import { vi } from 'vitest';
import type { PanelDeps } from '@/components/panel/model';
import type { PanelUiState } from '@/utils/agent/ui-state';
import { DEFAULT_PACK } from '@/utils/content-pack/default-pack';
import type { PanelConfig } from '@/utils/messaging';

// Shared by the panel unit tests: a plain config (as the background sends it) and observable fake dependencies.

export function panelConfig(overrides: Partial<PanelConfig> = {}): PanelConfig {
  return {
    kind: 'issuance',
    site: { kind: 'issuance', match: 'http://127.0.0.1/*' },
    gateEnabled: true,
    piiTtlMinutes: 30,
    pack: structuredClone(DEFAULT_PACK),
    ...overrides,
  };
}

export function fakeDeps(stored: PanelUiState = { collapsed: false }) {
  const saved: PanelUiState[] = [];
  const deps = {
    recordOutcome: vi.fn(async () => ({ accepted: 0, leaflet: 0, refused: 1, mais: 0 })),
    loadUi: vi.fn(async () => stored),
    saveUi: vi.fn(async (state: PanelUiState) => {
      saved.push(state);
    }),
  } satisfies PanelDeps;
  return { deps, saved };
}
