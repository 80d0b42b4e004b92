import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach } from 'vitest';

/** A fresh container in the document for each test, unmounted and removed after it. */
export function withContainer(): () => HTMLElement {
  let container: HTMLElement;
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => {
    act(() => render(null, container));
    container.remove();
  });
  return () => container;
}
