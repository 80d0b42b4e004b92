import { createFieldsDescriber } from '../describe-fields';
import { createFieldWatch } from '../field-watch';
import type { AgentKit } from '../start';

// МАИС pages: the form watcher and the description of the page's controls, so the panel shows what a prefill
// would fill before the clerk touches anything; and a notice when the page's form is submitted (undo no longer
// applies to a saved record).

export const maisAgent: AgentKit = {
  kind: 'mais',
  start({ life, doc, win, emit }, config) {
    const fields = createFieldsDescriber(doc, config.siteFields, (described) =>
      emit({ type: 'fieldsChanged', fields: described }),
    );
    const watch = createFieldWatch(doc, life, fields.recheck);
    win.addEventListener('submit', () => emit({ type: 'formSubmitted' }), {
      capture: true,
      signal: life.signal,
    });
    return {
      // A big form takes a while to read: its turns give the page its frames (utils/prefill/yield.ts).
      describeFields: fields.describe,
      watchFields: ({ on }) => watch.setOn(on),
    };
  },
};
