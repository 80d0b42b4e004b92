import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Checklist } from './checklist/keys';
import type { ContentPack } from './content-pack/schema';
import type { Outcome } from './journal/outcomes';
import type { FieldPickerProtocol } from './settings/picker-messages';
import type { SiteKind, SiteSettings } from './settings/schema';

// Every message between the content script, the extension pages and the background, typed in one place.
// The background is the only writer of the journal and of the session checklist.

export interface PanelConfig {
  kind: SiteKind;
  site: SiteSettings;
  gateEnabled: boolean;
  piiTtlMinutes: number;
  pack: ContentPack;
  /** The QR code of pack.service.siteUrl, drawn by the background (lean-qr stays out of the page's bundle). */
  qr: { path: string; modules: number };
  /** Benefit categories for the checklist's select: code and official name. */
  categories: { code: string; name: string }[];
}

export interface StoredChecklist {
  checklist: Checklist;
  /** Epoch ms after which the background wipes it. */
  expiresAt: number;
}

export interface ProtocolMap extends FieldPickerProtocol {
  /** Content script → background: which configured site is this URL, with what it needs to render. */
  getPanelConfig(url: string): PanelConfig | null;
  /** Append an outcome to the journal; returns today's counts. */
  recordOutcome(data: { outcome: Outcome; steps: string[]; siteKind: SiteKind }): Record<Outcome, number>;
  getTodayCounts(): Record<Outcome, number>;
  /** Session checklist (personal data): read, replace, wipe. */
  getChecklist(): StoredChecklist | null;
  saveChecklist(checklist: Checklist): StoredChecklist;
  clearChecklist(): void;
  /** Content script → background: inject the capture/prefill engine (entrypoints/engine.ts) into the sender's frame. */
  loadEngine(): void;
  /** Popup → background: how many configured sites are not the demo pages (0 = first run). */
  getSetupStatus(): { productionSites: number };
  /** Background → content script (commands API shortcut). */
  togglePanel(): void;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
