import { createFieldsDescriber } from '../describe-fields';
import { createFieldWatch } from '../field-watch';
import { toBackground } from '../messenger';
import type { AgentKit } from '../start';

// МАИС pages: the form watcher and the description of the page's controls, so the panel shows what a prefill
// would fill before the clerk touches anything; and a notice when the page's form is submitted (undo no longer
// applies to a saved record).

export const maisAgent: AgentKit = {
  kind: 'mais',
  start({ life, doc, win, emit, line }, config) {
    const fields = createFieldsDescriber(
      globalThis,
      doc,
      config.siteFields,
      () => toBackground('readFields', undefined),
      (described) => line.send({ type: 'fieldsChanged', fields: described }),
      (walk) => watch.follow(walk),
    );
    const watch = createFieldWatch(doc, life, fields.recheck);
    win.addEventListener('submit', () => emit({ type: 'formSubmitted' }), {
      capture: true,
      signal: life.signal,
    });
    return {
      // Turned on, the watcher reads the form once for the panel (a big form in turns, utils/prefill/yield.ts),
      // which it sends on the line whose key the panel gave (a panel page loaded anew gives a new one).
      watchFields: ({ on, line: key }) => {
        line.open(key);
        fields.forget();
        watch.setOn(on);
      },
    };
  },
};
