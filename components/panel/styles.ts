import sharedCss from '../shared/shared.css?inline';
import checklistCss from './checklist/checklist.css?inline';
import panelCss from './panel.css?inline';
import stepsCss from './steps.css?inline';

/** All of the panel's styles as one string for its shadow root (utils/panel/shadow-host.ts). */
export const PANEL_CSS = [sharedCss, panelCss, stepsCss, checklistCss].join('\n');
