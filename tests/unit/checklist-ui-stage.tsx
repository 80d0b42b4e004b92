import { Window } from 'happy-dom';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { CaptureButton } from '@/components/panel/checklist/CaptureButton';
import { ChecklistView } from '@/components/panel/checklist/ChecklistView';
import { PrefillSection } from '@/components/panel/checklist/PrefillSection';
import { makeModel, settle } from './checklist-model-fakes';

// The panel renders into the test document; the МАИС page is another happy-dom window, as it is another document
// in the browser (the panel page is an extension frame).

/** The panel's host element and the МАИС page's form of the running test. */
export const stage = { host: null as unknown as HTMLElement, page: null as unknown as HTMLElement };
let pageWindow: Window;
let dispose: (() => void) | undefined;

/** Each test of the file gets an empty panel host and a fresh МАИС page. */
export function setUpChecklistStage(): void {
  beforeEach(() => {
    document.body.innerHTML = '<div id="host"></div>';
    stage.host = document.getElementById('host')!;
    pageWindow = new Window({ url: 'http://127.0.0.1/mais/form' });
    pageWindow.document.body.innerHTML = '<form id="page"></form>';
    stage.page = pageWindow.document.getElementById('page') as unknown as HTMLElement;
  });
  afterEach(async () => {
    render(null, stage.host);
    dispose?.();
    dispose = undefined;
    await pageWindow.happyDOM.close();
  });
}

export async function mount(opts: Parameters<typeof makeModel>[0] = {}, onCaptured?: () => void) {
  const made = makeModel({ pageDoc: pageWindow.document as unknown as Document, ...opts });
  dispose = made.model.dispose;
  await act(async () => {
    render(
      <>
        <CaptureButton model={made.model} onCaptured={onCaptured} />
        <ChecklistView
          model={made.model}
          conditions={['Условие 1', 'Условие 2', 'Условие 3']}
          prefill={opts.fillsForms === false ? undefined : PrefillSection}
        />
      </>,
      stage.host,
    );
    await settle();
  });
  return made;
}

export const $ = <T extends Element = HTMLElement>(sel: string) => stage.host.querySelector<T>(sel)!;

export async function type(name: string, text: string) {
  const el = $<HTMLInputElement>(`[name="${name}"]`);
  await act(async () => {
    el.focus();
    el.value = text;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
  return el;
}
export async function blur(el: HTMLElement) {
  await act(async () => {
    el.dispatchEvent(new FocusEvent('blur'));
    await settle();
  });
}
export async function click(sel: string) {
  await act(async () => {
    $(sel).click();
    await settle();
  });
}
