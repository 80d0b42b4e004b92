import type { SiteKind } from '@/utils/settings/schema';
import type { PanelKit } from '../kit';
import { issuanceKit } from './issuance';
import { maisKit } from './mais';

export const PANEL_KITS: Record<SiteKind, PanelKit> = { issuance: issuanceKit, mais: maisKit };
